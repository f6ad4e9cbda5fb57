"""The main job: trains a small Transformer with NeurST's own `neurst-run` on the bundled tiny
corpus, validating with beam search on the dev set, then beam-search decodes the test set and
scores BLEU. NeurST is run unchanged; lightseq_tf's start-up hook substitutes the fused layers
(LIGHTSEQ_TF_DISABLE=1 runs stock NeurST). Prints NeurST's progress lines as they come, then a
summary: acceleration on or off (and why), target tokens/s from NeurST's log, loss and BLEU.
Full logs: <model_dir>/../<name>.{train,predict}.log.
"""

import os
import re
import shutil
import subprocess
import sys
import time

from absl import app, flags

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

FLAGS = flags.FLAGS
flags.DEFINE_string("model_dir", os.path.join(ROOT, "build", "tiny_nmt", "model"), "Checkpoint directory.")
flags.DEFINE_boolean("overwrite", False, "Delete an existing --model_dir first (else resume training in it).")
flags.DEFINE_integer("train_steps", None, "Override the training steps of training_args.yml.")
flags.DEFINE_enum("dtype", "auto", ["auto", "float32", "float16"],
                  "NeurST's --dtype; auto = float16 (mixed precision) on a GPU, float32 on CPU.")
flags.DEFINE_multi_string("neurst_flag", [], "Extra flag for the training run, e.g. --neurst_flag=--update_cycle=2.")

SHOWN = re.compile(r"lightseq_tf:|Update \d+\t|validation set: sacre_bleu=|sequence_generator.py:\d+\]\s+sacre_bleu=")
LIGHTSEQ = re.compile(r"lightseq_tf: (.*)")
TRG_TOKENS_PER_SEC = re.compile(r"'step': (\d+),.*'trg_tokens_per_sec': ([0-9.e+-]+)")
LOSS = re.compile(r"Update (\d+)\tTrainingLoss=([0-9.]+)")
DEV_BLEU = re.compile(r"validation set: sacre_bleu=([0-9.]+) \(Best ([0-9.]+)\)")
TEST_BLEU = re.compile(r"sequence_generator.py:\d+\]\s+sacre_bleu=([0-9.]+)")


def shown(path):
    """path relative to the repository root if it lies inside it."""
    return os.path.relpath(path, ROOT) if os.path.abspath(path).startswith(ROOT + os.sep) else path


def neurst_run(config_paths, model_dir, log_path, extra):
    """Runs `neurst-run` from the repository root, streaming selected lines; returns its log."""
    exe = os.path.join(os.path.dirname(sys.executable), "neurst-run")
    command = ([exe] if os.path.exists(exe) else [sys.executable, "-m", "neurst.cli.run_exp"]) + [
        "--config_paths", ",".join(os.path.relpath(os.path.join(HERE, c), ROOT) for c in config_paths),
        "--model_dir", shown(model_dir)] + extra
    print("$ " + " ".join(shown(a) if os.path.isabs(a) else a for a in command), flush=True)
    lines = []
    with open(log_path, "w", encoding="utf-8") as log, subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as process:
        for line in process.stdout:
            log.write(line)
            lines.append(line)
            if SHOWN.search(line):
                print("  " + line.rstrip().split("] ", 1)[-1], flush=True)
    text = "".join(lines)
    if process.returncode != 0:
        sys.exit("neurst-run failed (exit %d); the log is %s:\n%s" % (process.returncode, log_path, text[-3000:]))
    return text


def gpu_available():
    return subprocess.run([sys.executable, "-c", "import tensorflow as tf, sys; "
                           "sys.exit(not tf.config.list_physical_devices('GPU'))"],
                          capture_output=True, check=False, env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3")).returncode == 0


def main(_):
    model_dir = os.path.abspath(FLAGS.model_dir)
    if FLAGS.overwrite and os.path.isdir(model_dir):
        shutil.rmtree(model_dir)
    os.makedirs(os.path.dirname(model_dir), exist_ok=True)
    dtype = FLAGS.dtype if FLAGS.dtype != "auto" else ("float16" if gpu_available() else "float32")
    extra = ["--dtype", dtype] + FLAGS.neurst_flag
    if FLAGS.train_steps is not None:
        extra += ["--train_steps", str(FLAGS.train_steps)]

    start = time.time()
    train_log = neurst_run(["training_args.yml", "translation.yml", "validation_args.yml"], model_dir,
                           model_dir + ".train.log", extra)
    train_secs = time.time() - start
    predict_log = neurst_run(["prediction_args.yml"], os.path.join(model_dir, "best"), model_dir + ".predict.log",
                             ["--dtype", dtype])

    status = LIGHTSEQ.findall(train_log)
    throughput = [(int(s), float(t)) for s, t in TRG_TOKENS_PER_SEC.findall(train_log)]
    steady = [t for _, t in throughput[1:]] or [t for _, t in throughput]  # the first interval includes tracing
    losses = LOSS.findall(train_log)
    dev = DEV_BLEU.findall(train_log)
    test = TEST_BLEU.findall(predict_log)
    print("\nSummary (%s, %s)" % ("GPU" if dtype == "float16" else "CPU", dtype))
    print("  acceleration      : %s" % ("; ".join(status) if status else "no lightseq_tf log line (hook not installed?)"))
    if steady:
        print("  target tokens/s   : %.0f (mean of NeurST's %d summaries after the first)" %
              (sum(steady) / len(steady), len(steady)))
    if losses:
        print("  training loss     : %s at step %s -> %s at step %s" % (losses[0][1], losses[0][0], losses[-1][1],
                                                                       losses[-1][0]))
    if dev:
        print("  dev BLEU (beam 4) : %s (best %s)" % dev[-1])
    print("  test BLEU (beam 4): %s" % (test[-1] if test else "not found in %s.predict.log" % model_dir))
    print("  wall time         : %.0f s training+validation" % train_secs)
    print("  logs              : %s.{train,predict}.log" % shown(model_dir))


if __name__ == "__main__":
    app.run(main)
