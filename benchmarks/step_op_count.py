"""How many TF ops a NeurST training step executes, stock vs accelerated: runs `neurst-run` (as
bench_neurst.py does, same corpus and config) with the TF profiler on a few steps and counts the
op executions the TF runtime records on the host, by op type (input-pipeline threads excluded).
Each is a host dispatch, and on the GPU at least one kernel launch for most: the cost the GPU
waits on when steps are short. The counts hardly depend on batch or vocabulary size, so a CPU
run measures them (CPU-specific rewrites aside, e.g. oneDNN's _Mkl* op names):

  python benchmarks/step_op_count.py --vocab=1000 --batch_tokens=512 --out=step_op_count.md
"""

import collections

from absl import app, flags

import bench_neurst
import gpu_trace

FLAGS = flags.FLAGS

def executed_ops(trace_dir, steps):
    """{op type: executions per step} from the host plane of a profiler trace."""
    space = gpu_trace.load_xspace(trace_dir)
    if space is None:
        raise SystemExit("no trace in " + trace_dir)
    counts = collections.Counter(op_type for _, op_type, _ in gpu_trace.host_op_events(space))
    return {op: n / steps for op, n in counts.items()}


def table(stock, fused, top):
    """Markdown rows: the `top` op types by count in either run, then the totals."""
    rows = ["| op type | stock NeurST | lightseq_tf | difference |", "|---|---|---|---|"]
    types = sorted(set(stock) | set(fused), key=lambda t: (-max(stock.get(t, 0), fused.get(t, 0)), t))
    for op_type in types[:top]:
        a, b = stock.get(op_type, 0), fused.get(op_type, 0)
        rows.append("| %s | %.0f | %.0f | %+.0f |" % (op_type, a, b, b - a))
    a, b = sum(stock.values()), sum(fused.values())
    rows.append("| **all %d types** | **%.0f** | **%.0f** | **%+.0f** |" % (len(types), a, b, b - a))
    return rows


def main(_):
    work, log_dir = bench_neurst.workspace("step_op_count_")
    last = FLAGS.profile_first + FLAGS.profile_steps - 1
    text = ["# TF ops executed per NeurST training step (%s, %s, --dtype %s, steps %d-%d profiled)" % (
        bench_neurst.device_name(), FLAGS.hparams_set, FLAGS.dtype, FLAGS.profile_first, last)]
    for batch in FLAGS.batch_tokens:
        config = bench_neurst.write_config(work, batch, last + 2, FLAGS.summary_steps)
        counts = {}
        for kind in ("stock", "fused"):
            run, trace = bench_neurst.train_profiled(work, log_dir, config, batch, kind)
            counts[kind] = executed_ops(trace, run.profiled_steps)
        text += ["", "## %s target tokens per batch" % batch, ""] + table(counts["stock"], counts["fused"], FLAGS.top)
    bench_neurst.report("\n".join(text) + "\n")


if __name__ == "__main__":
    FLAGS.set_default("profile_first", 3)
    FLAGS.set_default("profile_steps", 3)
    FLAGS.set_default("summary_steps", 1)
    FLAGS.set_default("batch_tokens", ["512"])
    FLAGS.set_default("sentences", 300)
    app.run(main)
