"""Stock vs accelerated NeurST training, side by side in one run: `neurst-run` (NeurST's own CLI,
unchanged) trains transformer_base on the same synthetic corpus for the same steps, once with
LIGHTSEQ_TF_DISABLE=1 and once with the fused layers, per batch size. Reports target tokens/s
from NeurST's own log (mean of its summaries after the first, which includes tracing) and the ratio.

The corpus is random tokens over a 32k vocabulary with WMT-like lengths (10-50 tokens), written
to a temporary directory: throughput depends on shapes, not on what the words mean.
"""

import os
import random
import re
import subprocess
import sys
import tempfile
import time

from absl import app, flags, logging

FLAGS = flags.FLAGS
flags.DEFINE_list("batch_tokens", ["4096", "16384"], "Target tokens per batch (NeurST's batch_size).")
flags.DEFINE_string("hparams_set", "transformer_base", "NeurST hyper-parameter set.")
flags.DEFINE_integer("train_steps", 300, "Training steps per run.")
flags.DEFINE_integer("summary_steps", 50, "NeurST's logging interval.")
flags.DEFINE_string("dtype", "float16", "NeurST's --dtype (float16 = mixed precision).")
flags.DEFINE_integer("vocab", 32000, "Vocabulary size (shared by source and target).")
flags.DEFINE_integer("sentences", 60000, "Sentence pairs in the synthetic corpus.")
flags.DEFINE_boolean("cache_dataset", False, "NeurST's cache_dataset: keep the parsed corpus in memory after the first "
                     "epoch (NeurST's Python text pipeline otherwise feeds ~90k target tokens/s at most).")
flags.DEFINE_list("gpus", [], "GPU counts to run on (CUDA_VISIBLE_DEVICES = the first n GPUs; NeurST's "
                  "MirroredStrategy splits each global batch over them); default: all visible GPUs.")
flags.DEFINE_string("out", None, "Also write the result table (markdown) here.")
flags.DEFINE_string("neurst_logs", None, "Keep NeurST's logs here (default: the temporary directory).")

TRG_TOKENS_PER_SEC = re.compile(r"'step': (\d+),.*'trg_tokens_per_sec': ([0-9.e+-]+)")
STEP_LOSS = re.compile(r"'step': (\d+),.*?'loss': ([0-9.e+-]+)")
CONFIG = """\
entry.class: trainer
entry.params:
  train_steps: {steps}
  summary_steps: {summary}
  save_checkpoint_steps: 1000000
  criterion.class: label_smoothed_cross_entropy
  criterion.params:
    label_smoothing: 0.1
  optimizer.class: adam
  optimizer.params:
    epsilon: 1.e-9
    beta_1: 0.9
    beta_2: 0.98
  lr_schedule.class: noam
  lr_schedule.params:
    initial_factor: 1.0
    dmodel: 512
    warmup_steps: 4000
dataset.class: ParallelTextDataset
dataset.params:
  src_file: {data}/train.src
  trg_file: {data}/train.trg
  data_is_processed: true
task.class: Seq2Seq
task.params:
  src_data_pipeline.class: TextDataPipeline
  src_data_pipeline.params:
    vocab_path: {data}/vocab
  trg_data_pipeline.class: TextDataPipeline
  trg_data_pipeline.params:
    vocab_path: {data}/vocab
  batch_size: {batch}
  batch_by_tokens: true
  max_src_len: 128
  max_trg_len: 128
  cache_dataset: {cache}
"""


def write_corpus(directory):
    rng = random.Random(0)
    words = ["w%d" % i for i in range(FLAGS.vocab - 3)]
    with open(os.path.join(directory, "vocab"), "w") as f:
        f.write("\n".join(words + ["<UNK>", "<SEQ_BEG>", "<SEQ_END>"]) + "\n")
    for side in ("src", "trg"):
        with open(os.path.join(directory, "train." + side), "w") as f:
            for _ in range(FLAGS.sentences):
                f.write(" ".join(rng.choices(words, k=rng.randint(10, 50))) + "\n")


def neurst_command():
    exe = os.path.join(os.path.dirname(sys.executable), "neurst-run")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "neurst.cli.run_exp"]


def train(config, model_dir, log_path, stock, gpus=None):
    """Runs neurst-run; returns (mean target tokens/s after the first summary, last logged loss)."""
    env = dict(os.environ, LIGHTSEQ_TF_DISABLE="1" if stock else "0")
    if gpus:
        env["CUDA_VISIBLE_DEVICES"] = ",".join(str(i) for i in range(int(gpus)))
    command = neurst_command() + ["--config_paths", config, "--model_dir", model_dir, "--hparams_set",
                                  FLAGS.hparams_set, "--dtype", FLAGS.dtype]
    start = time.time()
    with open(log_path, "w") as log:
        code = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, check=False).returncode
    text = open(log_path).read()
    if code != 0:
        raise SystemExit("neurst-run failed (%d), log %s:\n%s" % (code, log_path, text[-3000:]))
    fused = "use fused kernels" in text
    if fused == stock:
        raise SystemExit("expected %s layers in %s" % ("stock" if stock else "fused", log_path))
    rates = [float(t) for _, t in TRG_TOKENS_PER_SEC.findall(text)][1:]
    if not rates:
        raise SystemExit("no throughput in " + log_path)
    losses = [float(v) for _, v in STEP_LOSS.findall(text)]
    logging.info("%s: %.0f target tokens/s (%d summaries, %.0f s wall)", os.path.basename(log_path),
                 sum(rates) / len(rates), len(rates), time.time() - start)
    return sum(rates) / len(rates), losses[-1]


def main(_):
    work = tempfile.mkdtemp(prefix="bench_neurst_")
    log_dir = FLAGS.neurst_logs or work
    os.makedirs(log_dir, exist_ok=True)
    write_corpus(work)
    rows = []
    for gpus in FLAGS.gpus or [None]:
        for batch in FLAGS.batch_tokens:
            config = os.path.join(work, "config_%s.yml" % batch)
            with open(config, "w") as f:
                f.write(CONFIG.format(steps=FLAGS.train_steps, summary=FLAGS.summary_steps, data=work, batch=batch,
                                      cache=str(FLAGS.cache_dataset).lower()))
            tag = "%s_%sgpu" % (batch, gpus or "all")
            runs = [train(config, os.path.join(work, "%s_%s" % (kind, tag)), os.path.join(log_dir, "%s_%s.log" % (
                kind, tag)), kind == "stock", gpus) for kind in ("stock", "fused")]
            rows.append((gpus or "all", batch) + runs[0] + runs[1])
    table = ["| GPUs | global batch (target tokens) | stock NeurST tok/s | lightseq_tf tok/s | speed-up "
             "| last loss stock | last loss lightseq_tf |", "|---|---|---|---|---|---|---|"]
    table += ["| %s | %s | %.0f | %.0f | %.2fx | %.4f | %.4f |" % (g, b, s, f, f / s, s_loss, f_loss)
              for g, b, s, s_loss, f, f_loss in rows]
    header = "NeurST %s, --dtype %s, %d steps per run, cache_dataset %s, target tokens/s from NeurST's log\n\n" % (
        FLAGS.hparams_set, FLAGS.dtype, FLAGS.train_steps, FLAGS.cache_dataset)
    print(header + "\n".join(table))
    if FLAGS.out:
        with open(FLAGS.out, "w") as f:
            f.write(header + "\n".join(table) + "\n")


if __name__ == "__main__":
    app.run(main)
