"""Where a NeurST training step spends its GPU time, stock vs accelerated: runs `neurst-run` (as
bench_neurst.py does, same corpus and config) with the TF profiler on a window of steps after
warm-up, then summarises the trace per step: GPU span (first start to last end), GPU busy time
(union of kernel and copy intervals over all streams), time by kernel family, by launching TF op
type, and the top kernels.

  python benchmarks/profile_neurst.py --batch_tokens=16384 --cache_dataset --out=profile.md
"""

import collections
import glob
import os

from absl import app, flags

import bench_neurst

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


def union_length(intervals):
    total, end = 0, None
    for start, stop in sorted(intervals):
        if end is None or start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return total


def tf_op_type(event, stat_names):
    """The type of the TF op that launched a GPU event ("name:Type" in its tf_op stat)."""
    for stat in event.stats:
        if stat_names.get(stat.metadata_id) == "tf_op":
            value = stat.str_value or stat_names.get(stat.ref_value, "")
            return value.rsplit(":", 1)[-1] or "?"
    return "(no TF op)"


def load_xspace(trace_dir):
    """The XSpace (planes of events) of a TF profiler trace directory, or None if it has none."""
    from tensorflow.tsl.profiler.protobuf import xplane_pb2  # noqa: PLC0415

    paths = glob.glob(os.path.join(trace_dir, "plugins", "profile", "*", "*.xplane.pb"))
    if not paths:
        return None
    space = xplane_pb2.XSpace()
    with open(paths[0], "rb") as f:
        space.ParseFromString(f.read())
    return space


def summarise(trace_dir, steps):
    """Markdown lines for one profiled run."""
    space = load_xspace(trace_dir)
    if space is None:
        return ["no trace in " + trace_dir]
    intervals, by_kernel, by_op = [], collections.defaultdict(lambda: [0, 0]), collections.defaultdict(lambda: [0, 0])
    for plane in space.planes:
        if not plane.name.startswith("/device:GPU:0"):
            continue
        stat_names = {i: m.name for i, m in plane.stat_metadata.items()}
        for line in plane.lines:
            if not line.name.startswith("Stream"):
                continue  # derived lines (ops, steps) repeat the stream events
            for event in line.events:
                name = plane.event_metadata[event.metadata_id].name
                op = tf_op_type(event, stat_names)
                by_op[op][0] += event.duration_ps
                by_op[op][1] += 1
                start = line.timestamp_ns * 1000 + event.offset_ps
                intervals.append((start, start + event.duration_ps))
                by_kernel[name][0] += event.duration_ps
                by_kernel[name][1] += 1
    if not intervals:
        return ["no GPU stream events in %s; planes and lines: %s" % (trace_dir, [
            (plane.name, [line.name for line in plane.lines][:8]) for plane in space.planes])]
    span = max(stop for _, stop in intervals) - min(start for start, _ in intervals)
    busy = union_length(intervals)
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
    for op, (total, count) in sorted(by_op.items(), key=lambda kv: -kv[1][0])[:FLAGS.top]:
        lines.append("| %s | %.1f | %.3f | %.1f%% |" % (op, count / steps, ms(total), 100.0 * total / kernel_sum))
    lines += ["", "| kernel | calls/step | ms/step | share |", "|---|---|---|---|"]
    for name, (total, count) in sorted(by_kernel.items(), key=lambda kv: -kv[1][0])[:FLAGS.top]:
        short = name if len(name) < 90 else name[:87] + "..."
        lines.append("| `%s` | %.1f | %.3f | %.1f%% |" % (short.replace("|", "/"), count / steps, ms(total),
                                                           100.0 * total / kernel_sum))
    return lines


def main(_):
    work, log_dir = bench_neurst.workspace("profile_neurst_")
    last = FLAGS.profile_first + FLAGS.profile_steps - 1
    report = ["# Profile of NeurST training steps %d-%d (%s, %s, --dtype %s, cache_dataset %s)" % (
        FLAGS.profile_first, last, bench_neurst.device_name(), FLAGS.hparams_set, FLAGS.dtype, FLAGS.cache_dataset)]
    for batch in FLAGS.batch_tokens:
        config = bench_neurst.write_config(work, batch, last + 5, FLAGS.summary_steps)
        for kind in FLAGS.kinds:
            run, trace = bench_neurst.train_profiled(work, log_dir, config, batch, kind)
            report += ["", "## %s, %s target tokens per batch (%.0f tok/s in NeurST's log, profiler on)" % (
                "stock NeurST" if kind == "stock" else "lightseq_tf", batch, run.rate), ""]
            report += summarise(trace, FLAGS.profile_steps)
    bench_neurst.report("\n".join(report) + "\n")


if __name__ == "__main__":
    app.run(main)
