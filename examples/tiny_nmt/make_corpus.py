"""Writes the tiny made-up parallel corpus the main job trains on (deterministic, no download).

Source and target are invented languages over syllable-built words. A sentence is a sequence of
phrases; a phrase is a noun, optionally with an adjective before it and a plural marker after
it. Translation maps every word through a fixed dictionary, puts adjectives after their noun and
spells the plural as a two-word target suffix, so the model has to learn a lexicon, local
reordering and one-to-many alignment. Files: {train,dev,test}.{src,trg} and vocab.{src,trg}.
"""

import os
import random

from absl import app, flags, logging

FLAGS = flags.FLAGS
flags.DEFINE_string("output_dir", os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"),
                    "Where to write the corpus.")
flags.DEFINE_integer("seed", 20261123, "Random seed; the same seed writes the same files.")
flags.DEFINE_integer("train_size", 6000, "Training sentence pairs.")
flags.DEFINE_integer("eval_size", 200, "Sentence pairs in each of dev and test.")

NOUNS, ADJECTIVES = 48, 16
SRC_SYLLABLES = ["ka", "lo", "mi", "su", "te", "ra", "no", "pe", "zu", "vi", "do", "fa"]
TRG_SYLLABLES = ["bar", "ken", "dol", "mis", "tur", "gal", "hon", "pil", "sek", "vor", "lum", "ent"]
PLURAL_SRC, PLURAL_TRG = "ri", ["ta", "ns"]
SPECIAL_TOKENS = ["<UNK>", "<SEQ_BEG>", "<SEQ_END>"]


def make_words(rng, syllables, count, taken):
    words = []
    while len(words) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 3))))
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def make_lexicon(rng):
    src_taken, trg_taken = {PLURAL_SRC}, set(PLURAL_TRG)
    src_nouns = make_words(rng, SRC_SYLLABLES, NOUNS, src_taken)
    src_adjectives = make_words(rng, SRC_SYLLABLES, ADJECTIVES, src_taken)
    trg_nouns = make_words(rng, TRG_SYLLABLES, NOUNS, trg_taken)
    trg_adjectives = make_words(rng, TRG_SYLLABLES, ADJECTIVES, trg_taken)
    return dict(zip(src_nouns, trg_nouns)), dict(zip(src_adjectives, trg_adjectives))


def make_pair(rng, nouns, adjectives):
    src, trg = [], []
    for _ in range(rng.randint(2, 6)):
        noun = rng.choice(sorted(nouns))
        adjective = rng.choice(sorted(adjectives)) if rng.random() < 0.4 else None
        plural = rng.random() < 0.3
        src += ([adjective] if adjective else []) + [noun] + ([PLURAL_SRC] if plural else [])
        trg += [nouns[noun]] + (PLURAL_TRG if plural else []) + ([adjectives[adjective]] if adjective else [])
    return " ".join(src), " ".join(trg)


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))


def main(_):
    rng = random.Random(FLAGS.seed)
    nouns, adjectives = make_lexicon(rng)
    os.makedirs(FLAGS.output_dir, exist_ok=True)
    pairs, seen = {}, set()
    for split, size in (("train", FLAGS.train_size), ("dev", FLAGS.eval_size), ("test", FLAGS.eval_size)):
        pairs[split] = []
        while len(pairs[split]) < size:
            pair = make_pair(rng, nouns, adjectives)
            if pair[0] not in seen:  # dev/test sentences never occur in training
                seen.add(pair[0])
                pairs[split].append(pair)
        for side, index in (("src", 0), ("trg", 1)):
            write_lines(os.path.join(FLAGS.output_dir, "%s.%s" % (split, side)), [p[index] for p in pairs[split]])
    src_words = sorted(set(nouns) | set(adjectives) | {PLURAL_SRC})
    trg_words = sorted(set(nouns.values()) | set(adjectives.values()) | set(PLURAL_TRG))
    write_lines(os.path.join(FLAGS.output_dir, "vocab.src"), src_words + SPECIAL_TOKENS)
    write_lines(os.path.join(FLAGS.output_dir, "vocab.trg"), trg_words + SPECIAL_TOKENS)
    logging.info("wrote %d/%d/%d sentence pairs, vocabularies %d/%d to %s", FLAGS.train_size, FLAGS.eval_size,
                 FLAGS.eval_size, len(src_words), len(trg_words), FLAGS.output_dir)


if __name__ == "__main__":
    app.run(main)
