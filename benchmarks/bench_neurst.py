"""Stock vs accelerated NeurST training, side by side in one run: `neurst-run` (NeurST's own CLI,
unchanged) trains transformer_base on the same synthetic corpus for the same steps, once with
LIGHTSEQ_TF_DISABLE=1 and once with the fused layers, per batch size. Reports target tokens/s
from NeurST's own log (mean of its summaries after the first, which includes tracing), the same
over wall-clock step times, the ratios and the peak GPU memory; --plot draws tokens/s vs batch.

  python benchmarks/bench_neurst.py --batch_tokens=2048,4096,8192,16384 --cache_dataset \
      --sentences=5000 --out=neurst.md --plot=neurst.png

The corpus is random tokens over a 32k vocabulary with WMT-like lengths (10-50 tokens), written
to a temporary directory: throughput depends on shapes, not on what the words mean.
"""

import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import time

from absl import app, flags, logging

FLAGS = flags.FLAGS
flags.DEFINE_list("batch_tokens", ["4096", "16384"], "Target tokens per batch (NeurST's batch_size).")
flags.DEFINE_string("hparams_set", "transformer_base", "NeurST hyper-parameter set.")
flags.DEFINE_integer("train_steps", 300, "Training steps per run.")
flags.DEFINE_integer("summary_steps", 40, "NeurST's logging interval (a multiple of 8: the accelerated trainer then "
                     "runs 8 steps per call of its training function).")
flags.DEFINE_string("dtype", "float16", "NeurST's --dtype (float16 = mixed precision).")
flags.DEFINE_integer("vocab", 32000, "Vocabulary size (shared by source and target).")
flags.DEFINE_integer("sentences", 60000, "Sentence pairs in the synthetic corpus. With --cache_dataset, keep the "
                     "first (uncached) epoch inside the first, discarded summary: ~5000 at 4096 tokens per batch.")
flags.DEFINE_boolean("cache_dataset", False, "NeurST's cache_dataset: keep the parsed corpus in memory after the first "
                     "epoch (NeurST's Python text pipeline otherwise limits the rate: input_pipeline.py measures it).")
flags.DEFINE_list("gpus", [], "GPU counts to run on (CUDA_VISIBLE_DEVICES = the first n GPUs; NeurST's "
                  "MirroredStrategy splits each global batch over them); default: all visible GPUs.")
flags.DEFINE_boolean("xla", False, "Both runs with NeurST's --enable_xla and its translation task's coarse buckets "
                     "(gpu_efficient_level 4; XLA compiles for many minutes on the default buckets).")
flags.DEFINE_string("out", None, "Also write the result table (markdown) here.")
flags.DEFINE_string("plot", None, "Also write a PNG plot of target tokens/s vs batch size here (needs matplotlib).")
flags.DEFINE_list("from_tables", [], "Train nothing: merge the tables that earlier runs wrote with --out (same device "
                  "and settings) into one table sorted by GPU count and batch size, and --plot them.")
# For the scripts that profile a window of steps (profile_neurst.py, step_op_count.py).
flags.DEFINE_integer("profile_first", 101, "First profiled step (after tracing and warm-up).")
flags.DEFINE_integer("profile_steps", 10, "Profiled steps.")
flags.DEFINE_integer("top", 25, "Rows listed per run (kernels, op types).")
flags.DEFINE_string("neurst_logs", None, "Keep NeurST's logs here (default: the temporary directory).")

TRG_TOKENS_PER_SEC = re.compile(r"'step': (\d+),.*'trg_tokens_per_sec': ([0-9.e+-]+)")
TRG_TOKENS_PER_STEP = re.compile(r"'trg_tokens_per_step': ([0-9.e+-]+)")
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
{task}  src_data_pipeline.class: TextDataPipeline
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
XLA_TASK = "task.class: Translation\ntask.params:\n  gpu_efficient_level: 4\n"


def write_corpus(directory):
    rng = random.Random(0)
    words = ["w%d" % i for i in range(FLAGS.vocab - 3)]
    with open(os.path.join(directory, "vocab"), "w") as f:
        f.write("\n".join(words + ["<UNK>", "<SEQ_BEG>", "<SEQ_END>"]) + "\n")
    for side in ("src", "trg"):
        with open(os.path.join(directory, "train." + side), "w") as f:
            for _ in range(FLAGS.sentences):
                f.write(" ".join(rng.choices(words, k=rng.randint(10, 50))) + "\n")


class Run:
    """One neurst-run: NeurST's logged rate, wall-clock rate, peak GPU memory, logged losses."""

    def __init__(self, text, report):
        summaries = [(int(step), float(rate)) for step, rate in TRG_TOKENS_PER_SEC.findall(text)]
        tokens = [float(t) for t in TRG_TOKENS_PER_STEP.findall(text)]
        if len(summaries) < 2:
            raise ValueError("fewer than two throughput summaries in NeurST's log")
        steps = [step for step, _ in summaries]
        self.rate = sum(rate for _, rate in summaries[1:]) / (len(summaries) - 1)
        times = report["step_end_times"]
        self.wall_rate = sum(t * (b - a) for t, a, b in zip(tokens[1:], steps, steps[1:])) / (
            times[steps[-1] - 1] - times[steps[0] - 1])
        self.peak_gib = (report["peak_gpu_bytes"] or 0) / 2.0**30
        self.losses = [(int(step), float(loss)) for step, loss in STEP_LOSS.findall(text)]
        self.profiled_steps = report.get("profiled_steps")  # whole calls of several steps


def train(config, model_dir, log_path, stock, gpus=None, profile=None, seed=None):
    """Runs neurst-run (through neurst_run.py, which adds wall-clock times and peak memory)."""
    env = dict(os.environ, LIGHTSEQ_TF_DISABLE="1" if stock else "0", NEURST_RUN_REPORT=log_path + ".json")
    if seed is not None:
        env["NEURST_RUN_SEED"] = str(seed)
    if gpus:
        env["CUDA_VISIBLE_DEVICES"] = ",".join(str(i) for i in range(int(gpus)))
    if profile:
        env["NEURST_RUN_PROFILE"] = profile
    command = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "neurst_run.py"),
               "--config_paths", config, "--model_dir", model_dir, "--hparams_set", FLAGS.hparams_set,
               "--dtype", FLAGS.dtype] + (["--enable_xla"] if FLAGS.xla else [])
    start = time.time()
    with open(log_path, "w") as log:
        code = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, check=False).returncode
    text = open(log_path).read()
    if code != 0:
        raise SystemExit("neurst-run failed (%d), log %s:\n%s" % (code, log_path, text[-3000:]))
    fused = "use fused kernels" in text
    if fused == stock:
        raise SystemExit("expected %s layers in %s" % ("stock" if stock else "fused", log_path))
    with open(log_path + ".json") as f:
        run = Run(text, json.load(f))
    logging.info("%s: %.0f target tokens/s (NeurST), %.0f (wall), peak %.2f GiB, %.0f s", os.path.basename(log_path),
                 run.rate, run.wall_rate, run.peak_gib, time.time() - start)
    return run


def train_profiled(work, log_dir, config, batch, kind):
    """train() of `kind` ("stock" or "fused") with the profiler on steps --profile_first to
    --profile_first + --profile_steps - 1; returns (the Run, the trace directory)."""
    last = FLAGS.profile_first + FLAGS.profile_steps - 1
    trace = os.path.join(work, "trace_%s_%s" % (kind, batch))
    run = train(config, os.path.join(work, "model_%s_%s" % (kind, batch)),
                os.path.join(log_dir, "profile_%s_%s.log" % (kind, batch)), kind == "stock",
                profile="%d,%d,%s" % (FLAGS.profile_first, last, trace))
    return run, trace


def report(text):
    """Prints the result text and writes it to --out if given."""
    print(text)
    if FLAGS.out:
        with open(FLAGS.out, "w") as f:
            f.write(text)


def write_config(work, batch, steps, summary_steps):
    path = os.path.join(work, "config_%s.yml" % batch)
    task = XLA_TASK if FLAGS.xla else "task.class: Seq2Seq\ntask.params:\n"
    with open(path, "w") as f:
        f.write(CONFIG.format(steps=steps, summary=summary_steps, data=work, batch=batch, task=task,
                              cache=str(FLAGS.cache_dataset).lower()))
    return path


def workspace(prefix):
    """A temporary directory holding the synthetic corpus, and where NeurST's logs go."""
    work = tempfile.mkdtemp(prefix=prefix)
    log_dir = FLAGS.neurst_logs or work
    os.makedirs(log_dir, exist_ok=True)
    write_corpus(work)
    return work, log_dir


def new_plot():
    """A matplotlib figure and axes for a PNG (matplotlib is only needed for plots)."""
    import matplotlib  # noqa: PLC0415

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    return plt.subplots(figsize=(7, 4.5))


def save_plot(fig, ax, title, path):
    ax.grid(alpha=0.3)
    ax.legend()
    ax.set_title("\n".join(textwrap.wrap(title, 80)), fontsize=10)  # a long title would run off the figure
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def plot(rows, path, device):
    """tokens/s vs batch size, stock and lightseq_tf, one pair of lines per GPU count."""
    import matplotlib.ticker  # noqa: PLC0415

    fig, ax = new_plot()
    for gpus in sorted({row[0] for row in rows}, key=str):
        mine = sorted((row for row in rows if row[0] == gpus), key=lambda row: int(row[1]))
        batches = [int(row[1]) for row in mine]
        suffix = "" if len(rows) == len(mine) else " (%s GPUs)" % gpus
        ax.plot(batches, [row[2].rate / 1e3 for row in mine], "o--", label="stock NeurST" + suffix)
        ax.plot(batches, [row[3].rate / 1e3 for row in mine], "o-", label="lightseq_tf" + suffix)
    ax.set_xscale("log", base=2)
    ax.set_xticks(sorted({int(row[1]) for row in rows}))
    ax.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
    ax.set_xlabel("batch size (target tokens)")
    ax.set_ylabel("target tokens/s (thousands)")
    ax.set_ylim(bottom=0)
    save_plot(fig, ax, "NeurST %s, %s, %s" % (FLAGS.hparams_set, FLAGS.dtype, device), path)


def device_name():
    try:
        return subprocess.run(["nvidia-smi", "--query-gpu=name", "--format=csv,noheader"], capture_output=True,
                              text=True, check=True).stdout.splitlines()[0].strip()
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "CPU"


Rate = collections.namedtuple("Rate", "rate")


def merge_tables(paths):
    """(header, table lines, plot rows) of tables written with --out, rows sorted by GPU count
    and batch size; plot rows hold the NeurST-logged rates as Rate tuples."""
    header, head, body = None, [], []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        header = header or text.split("\n\n")[0] + "\n\n"
        table = [line for line in text.splitlines() if line.startswith("|")]
        head = head or table[:2]
        body += table[2:]
    cells = {line: [c.strip() for c in line.strip("|").split("|")] for line in body}
    body.sort(key=lambda line: (cells[line][0], int(cells[line][1])))
    return header, head + body, [(c[0], c[1], Rate(float(c[2])), Rate(float(c[3]))) for c in map(cells.get, body)]


def train_all():
    """(header, table lines, rows) of stock and fused runs at each GPU count and batch size."""
    work, log_dir = workspace("bench_neurst_")
    rows = []
    for gpus in FLAGS.gpus or [None]:
        for batch in FLAGS.batch_tokens:
            config = write_config(work, batch, FLAGS.train_steps, FLAGS.summary_steps)
            tag = "%s_%sgpu" % (batch, gpus or "all")
            runs = [train(config, os.path.join(work, "%s_%s" % (kind, tag)), os.path.join(log_dir, "%s_%s.log" % (
                kind, tag)), kind == "stock", gpus) for kind in ("stock", "fused")]
            rows.append((gpus or "all", batch) + tuple(runs))
    table = ["| GPUs | global batch (target tokens) | stock NeurST tok/s | lightseq_tf tok/s | speed-up "
             "| wall-clock speed-up | peak GiB stock | peak GiB lightseq_tf | last loss stock | last loss lightseq_tf |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    table += ["| %s | %s | %.0f | %.0f | %.2fx | %.2fx | %.2f | %.2f | %.4f | %.4f |" % (
        g, b, s.rate, f.rate, f.rate / s.rate, f.wall_rate / s.wall_rate, s.peak_gib, f.peak_gib, s.losses[-1][1],
        f.losses[-1][1]) for g, b, s, f in rows]
    header = ("%s: NeurST %s, --dtype %s, %d steps per run, cache_dataset %s%s; target tokens/s from NeurST's log "
              "(mean of its summaries after the first); wall-clock speed-up from step end times over the same "
              "steps; peak GiB = TF allocator peak on GPU 0\n\n") % (
        device_name(), FLAGS.hparams_set, FLAGS.dtype, FLAGS.train_steps, FLAGS.cache_dataset,
        ", XLA with gpu_efficient_level 4" if FLAGS.xla else "")
    return header, table, rows


def main(_):
    if FLAGS.from_tables:
        header, table, rows = merge_tables(FLAGS.from_tables)
    else:
        header, table, rows = train_all()
    report(header + "\n".join(table) + "\n")
    if FLAGS.plot:
        plot(rows, FLAGS.plot, header.split(":")[0])
        print("plot:", FLAGS.plot)


if __name__ == "__main__":
    app.run(main)
