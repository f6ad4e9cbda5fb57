"""Reading TF profiler traces: the XSpace of a trace directory, the GPU stream events in it,
the time the GPU was busy (overlapping streams counted once), the op executions on the host. No flags: shared by the
benchmark scripts."""

import glob
import os
import re
import tempfile

import tensorflow as tf


def union_length(intervals):
    """Total length covered by (start, stop) intervals, overlaps counted once."""
    total, end = 0, None
    for start, stop in sorted(intervals):
        if end is None or start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return total


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


def tf_op(event, stat_names):
    """The TF op that launched a GPU event, "name:Type" (its tf_op stat), or "(no TF op)"."""
    for stat in event.stats:
        if stat_names.get(stat.metadata_id) == "tf_op":
            return stat.str_value or stat_names.get(stat.ref_value, "")
    return "(no TF op)"


def op_type(op):
    """The type in a "name:Type" tf_op string ("?" if it has none)."""
    return op.rsplit(":", 1)[-1] or "?" if ":" in op else (op if op.startswith("(") else "?")


def gpu_events(space, device="/device:GPU:0"):
    """Yields (kernel or copy name, launching TF op as "name:Type", start ps, duration ps) for
    every event on the device's streams."""
    for plane in space.planes:
        if not plane.name.startswith(device):
            continue
        stat_names = {i: m.name for i, m in plane.stat_metadata.items()}
        for line in plane.lines:
            if not line.name.startswith("Stream"):
                continue  # derived lines (ops, steps) repeat the stream events
            for event in line.events:
                yield (plane.event_metadata[event.metadata_id].name, tf_op(event, stat_names),
                       line.timestamp_ns * 1000 + event.offset_ps, event.duration_ps)


# TraceMe names of op executions: "<op name>:<op type>" (framework events use "::").
OP_EVENT = re.compile(r"^([^:]+):([A-Za-z_][\w>]*)$")


def host_op_events(space):
    """Yields (op name, op type, duration ps) for every TF op execution the runtime traced on the
    host (input-pipeline threads excluded). A GPU op's duration is its host side: checks,
    allocation, the launch."""
    for plane in space.planes:
        if not plane.name.startswith("/host:"):
            continue
        for line in plane.lines:
            if line.name.startswith("tf_data"):
                continue
            for event in line.events:
                match = OP_EVENT.match(plane.event_metadata[event.metadata_id].name)
                if match:
                    yield match.group(1), match.group(2), event.duration_ps


def gpu_busy_seconds(fn):
    """Runs fn() under the profiler; seconds the GPU was busy (kernels and copies, all streams
    as one), or None without GPU events (no GPU, or no CUPTI)."""
    with tempfile.TemporaryDirectory(prefix="gpu_trace_") as trace_dir:
        tf.profiler.experimental.start(trace_dir)
        try:
            fn()
        finally:
            tf.profiler.experimental.stop()
        space = load_xspace(trace_dir)
    intervals = [(start, start + duration) for _, _, start, duration in gpu_events(space)] if space else []
    return union_length(intervals) / 1e12 if intervals else None
