"""Where a NeurST training step spends its GPU time, stock vs accelerated: runs `neurst-run` (as
bench_neurst.py does, same corpus and config) with the TF profiler on a window of steps after
warm-up, then summarises the trace per step: GPU span (first start to last end), GPU busy time
(union of kernel and copy intervals over all streams), time by kernel family, by launching TF op
type, the top kernels, and where the GPU waited: its idle gaps by the TF op whose kernel ended
each gap (the host was late to queue it, or waited for something before it); and the host's
time in op executions by op type (what a step bound by its host dispatch spends it on).

  python benchmarks/profile_neurst.py --batch_tokens=16384 --cache_dataset --out=profile.md
"""

import collections
import re

from absl import app, flags

import bench_neurst
import gpu_trace

FLAGS = flags.FLAGS
flags.DEFINE_list("kinds", ["stock", "fused"], "Which runs: stock and/or fused.")

# Kernel families by lower-cased name; first match wins.
FAMILIES = (
    ("lightseq_tf kernels", ("ker_",)),
    ("matmul (cuBLAS/cuBLASLt)", ("gemm", "cutlass", "xmma", "cublas", "sm90_", "sm80_", "ampere_", "hopper")),
    ("memcpy/memset", ("memcpy", "memset")),
    ("NCCL", ("nccl",)),
    ("softmax/reductions", ("softmax", "reduce")),
    ("casts", ("cast",)),
)


def family(name):
    name = name.lower()
    for label, keys in FAMILIES:
        if any(k in name for k in keys):
            return label
    return "other TF/Eigen kernels"


def idle_gaps(events):
    """{TF op: [idle ps before its kernels, gaps]} over (op, start, stop) events of all streams:
    each stretch with no event running is charged to the op of the event that ends it."""
    gaps = collections.defaultdict(lambda: [0, 0])
    end = None
    for op, start, stop in sorted(events, key=lambda e: e[1]):
        if end is not None and start > end:
            gaps[op][0] += start - end
            gaps[op][1] += 1
        end = stop if end is None else max(end, stop)
    return gaps


def tally(items):
    """{key: [summed amount, summed count]} over (key, amount, count) items."""
    table = collections.defaultdict(lambda: [0, 0])
    for key, amount, count in items:
        table[key][0] += amount
        table[key][1] += count
    return table


def largest(table, top):
    """The `top` (key, [amount, count]) rows of a tally, largest amount first."""
    return sorted(table.items(), key=lambda kv: -kv[1][0])[:top]


def op_family(op):
    """A "name:Type" op without its instance numbers (layer_3/dense_12:MatMul -> layer_N/dense_N:MatMul)."""
    return re.sub(r"_\d+(?=/|:|$)", "_N", op)


def host_time(space, steps, top):
    """Markdown lines: the host's time in TF op executions per step, by op type."""
    by_type = tally((op_type, duration, 1) for _, op_type, duration in gpu_trace.host_op_events(space))
    total = sum(t for t, _ in by_type.values())
    lines = ["Host time in TF op executions %.2f ms/step (all executor threads; for a GPU op its host "
             "side: checks, allocation, launch):" % (total / 1e9 / steps), "",
             "| TF op type | executions/step | host ms/step | us per execution |", "|---|---|---|---|"]
    for op, (t, n) in largest(by_type, top):
        lines.append("| %s | %.1f | %.3f | %.1f |" % (op, n / steps, t / 1e9 / steps, t / 1e6 / n))
    return lines


def summarise(trace_dir, steps):
    """Markdown lines for one profiled run."""
    space = gpu_trace.load_xspace(trace_dir)
    if space is None:
        return ["no trace in " + trace_dir]
    return gpu_summary(space, steps, trace_dir) + [""] + host_time(space, steps, FLAGS.top)


def gpu_summary(space, steps, trace_dir):
    """Markdown lines: the GPU's time by kernel family, TF op type and kernel, and its idle gaps."""
    kernels = list(gpu_trace.gpu_events(space))  # (kernel name, "op name:Type", start, duration)
    by_kernel = tally((name, duration, 1) for name, _, _, duration in kernels)
    by_op = tally((gpu_trace.op_type(op), duration, 1) for _, op, _, duration in kernels)
    events = [(op, start, start + duration) for _, op, start, duration in kernels]
    intervals = [(start, stop) for _, start, stop in events]
    if not intervals:
        return ["no GPU stream events in %s; planes and lines: %s" % (trace_dir, [
            (plane.name, [line.name for line in plane.lines][:8]) for plane in space.planes])]
    span = max(stop for _, stop in intervals) - min(start for start, _ in intervals)
    busy = gpu_trace.union_length(intervals)
    kernel_sum = sum(total for total, _ in by_kernel.values())
    families = collections.Counter()
    for name, (total, _) in by_kernel.items():
        families[family(name)] += total
    ms = lambda ps: ps / 1e9 / steps  # noqa: E731  (per step, ms)
    lines = ["GPU span %.2f ms/step, busy (union over streams) %.2f ms/step = %.0f%% of the span; "
             "%d kernels/copies per step" % (ms(span), ms(busy), 100.0 * busy / span,
                                             sum(n for _, n in by_kernel.values()) / steps), "",
             "| family | ms/step | share of kernel time |", "|---|---|---|"]
    lines += ["| %s | %.2f | %.0f%% |" % (label, ms(t), 100.0 * t / kernel_sum) for label, t in families.most_common()]
    lines += ["", "| TF op type | kernels/step | ms/step | share |", "|---|---|---|---|"]
    for op, (total, count) in largest(by_op, FLAGS.top):
        lines.append("| %s | %.1f | %.3f | %.1f%% |" % (op, count / steps, ms(total), 100.0 * total / kernel_sum))
    lines += ["", "| kernel | calls/step | ms/step | share |", "|---|---|---|---|"]
    for name, (total, count) in largest(by_kernel, FLAGS.top):
        short = name if len(name) < 90 else name[:87] + "..."
        lines.append("| `%s` | %.1f | %.3f | %.1f%% |" % (short.replace("|", "/"), count / steps, ms(total),
                                                           100.0 * total / kernel_sum))
    gaps = idle_gaps(events)
    by_type = tally((gpu_trace.op_type(op), total, count) for op, (total, count) in gaps.items())
    idle = sum(total for total, _ in gaps.values())
    lines += ["", "GPU idle %.2f ms/step, by the TF op type whose kernel ended the gap:" % ms(idle), "",
              "| TF op type after the gap | idle ms/step | gaps/step | share of idle |", "|---|---|---|---|"]
    for op, (total, count) in largest(by_type, FLAGS.top):
        lines.append("| %s | %.3f | %.1f | %.0f%% |" % (op, ms(total), count / steps, 100.0 * total / max(idle, 1)))
    families = tally((op_family(op), total, count) for op, (total, count) in gaps.items())
    lines += ["", "| TF op after the gap (instance numbers as N) | idle ms/step | gaps/step |", "|---|---|---|"]
    for op, (total, count) in largest(families, FLAGS.top):
        short = op if len(op) < 110 else "..." + op[-107:]
        lines.append("| `%s` | %.3f | %.1f |" % (short.replace("|", "/"), ms(total), count / steps))
    return lines


def main(_):
    work, log_dir = bench_neurst.workspace("profile_neurst_")
    last = FLAGS.profile_first + FLAGS.profile_steps - 1
    report = ["# Profile of NeurST training steps %d-%d (%s, %s, --dtype %s, cache_dataset %s%s)" % (
        FLAGS.profile_first, last, bench_neurst.device_name(), FLAGS.hparams_set, FLAGS.dtype, FLAGS.cache_dataset,
        ", --enable_xla with gpu_efficient_level 4" if FLAGS.xla else "")]
    for batch in FLAGS.batch_tokens:
        config = bench_neurst.write_config(work, batch, last + 5, FLAGS.summary_steps)
        for kind in FLAGS.kinds:
            run, trace = bench_neurst.train_profiled(work, log_dir, config, batch, kind)
            report += ["", "## %s, %s target tokens per batch (%.0f tok/s in NeurST's log, profiler on, %d steps "
                       "traced: the calls of the training function that hold steps %d-%d)" % (
                           "stock NeurST" if kind == "stock" else "lightseq_tf", batch, run.rate, run.profiled_steps,
                           FLAGS.profile_first, last), ""]
            report += summarise(trace, run.profiled_steps)
    bench_neurst.report("\n".join(report) + "\n")


if __name__ == "__main__":
    app.run(main)
