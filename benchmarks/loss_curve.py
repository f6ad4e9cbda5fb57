"""Training loss of stock NeurST vs lightseq_tf over the first steps, same corpus, same config,
same seed, dropout on (NeurST's transformer_base: 0.1 everywhere): runs `neurst-run` twice (as
bench_neurst.py does) and plots the mean loss of every `--summary_steps` window. NeurST logs
Keras' running mean since step 1; window means are recovered from it exactly.

  python benchmarks/loss_curve.py --train_steps=500 --plot=loss_curve.png --out=loss_curve.md
"""

import os

from absl import app, flags

import bench_neurst

FLAGS = flags.FLAGS
FLAGS.set_default("train_steps", 500)
FLAGS.set_default("summary_steps", 10)
FLAGS.set_default("batch_tokens", ["4096"])
flags.DEFINE_integer("seed", 1, "tf.keras.utils.set_random_seed in both runs (initial weights, data order).")
flags.DEFINE_integer("reference_seed", 2, "A second stock run with this seed shows the run-to-run spread (-1: none).")


def window_means(losses):
    """[(step, running mean since step 1)] -> [(step, mean over the window ending at step)]."""
    means, previous_step, previous_sum = [], 0, 0.0
    for step, running in losses:
        total = running * step
        means.append((step, (total - previous_sum) / (step - previous_step)))
        previous_step, previous_sum = step, total
    return means


def plot(curves, path, title):
    fig, ax = bench_neurst.new_plot()
    for label, style, points in curves:
        ax.plot([s for s, _ in points], [v for _, v in points], style, label=label, linewidth=1.2)
    ax.set_xlabel("training step")
    ax.set_ylabel("training loss (mean over %d steps)" % FLAGS.summary_steps)
    bench_neurst.save_plot(fig, ax, title, path)


def main(_):
    work, log_dir = bench_neurst.workspace("loss_curve_")
    batch = FLAGS.batch_tokens[0]
    config = bench_neurst.write_config(work, batch, FLAGS.train_steps, FLAGS.summary_steps)
    kinds = [("stock", FLAGS.seed), ("fused", FLAGS.seed)] + ([("stock", FLAGS.reference_seed)]
                                                                if FLAGS.reference_seed >= 0 else [])
    stock, fused, *reference = [window_means(bench_neurst.train(
        config, os.path.join(work, "model_%s_%d" % (kind, seed)),
        os.path.join(log_dir, "loss_%s_%s_seed%d.log" % (kind, batch, seed)), kind == "stock", seed=seed).losses)
        for kind, seed in kinds]
    title = "NeurST %s, %s, %s target tokens per batch, dropout on, %s" % (
        FLAGS.hparams_set, FLAGS.dtype, batch, bench_neurst.device_name())
    lines = [title + "; mean training loss of each %d-step window (NeurST's log)" % FLAGS.summary_steps, "",
             "| steps | stock NeurST (seed %d) | lightseq_tf (seed %d) | difference |%s" % (
                 FLAGS.seed, FLAGS.seed, " stock NeurST (seed %d) | difference |" % FLAGS.reference_seed
                 if reference else ""), "|---|---|---|---|" + ("---|---|" if reference else "")]
    every = max(1, len(stock) // 10)
    for i in range(every - 1, len(stock), every):
        (step, a), b = stock[i], fused[i][1]
        row = "| %d-%d | %.4f | %.4f | %+.4f |" % (step - FLAGS.summary_steps + 1, step, a, b, b - a)
        lines.append(row + (" %.4f | %+.4f |" % (reference[0][i][1], reference[0][i][1] - a) if reference else ""))
    tail = -max(1, len(stock) // 5)
    lines.append("")
    for label, other in [("lightseq_tf", fused)] + [("stock seed %d" % FLAGS.reference_seed, r) for r in reference]:
        diffs = [b - a for (_, a), (_, b) in zip(stock[tail:], other[tail:])]
        lines.append("Last %d windows, %s - stock seed %d: mean |difference| %.4f, mean difference %+.4f" % (
            len(diffs), label, FLAGS.seed, sum(map(abs, diffs)) / len(diffs), sum(diffs) / len(diffs)))
    bench_neurst.report("\n".join(lines) + "\n")
    if FLAGS.plot:
        plot([("stock NeurST, seed %d" % FLAGS.seed, "-", stock), ("lightseq_tf, seed %d" % FLAGS.seed, "-", fused)]
             + [("stock NeurST, seed %d" % FLAGS.reference_seed, ":", r) for r in reference], FLAGS.plot, title)
        print("plot:", FLAGS.plot)


if __name__ == "__main__":
    app.run(main)
