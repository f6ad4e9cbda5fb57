"""The benchmark scripts' arithmetic: throughput and wall-clock rates from NeurST's log, loss
windows from Keras' running mean, GPU busy time from overlapping intervals."""

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

import bench_neurst  # noqa: E402
import gpu_trace  # noqa: E402
import loss_curve  # noqa: E402
import profile_neurst  # noqa: E402

SUMMARY = ("I1123 10:00:00.000000 1 callbacks.py:238] {'step': %d, 'lr': np.float32(1e-05), 'loss': %r, "
           "'trg_tokens_per_step': %r, 'trg_tokens_per_sec': %r, 'samples_per_step': 97.5}\n")


def neurst_log(rows):
    return "".join(SUMMARY % row for row in rows)


def test_run_rates_skip_the_first_summary_and_use_wall_clock_between_summaries():
    # Summaries every 10 steps; the first (tracing) is skipped. Steps 11-30 take 0.5 s each.
    text = neurst_log([(10, 9.5, 4000.0, 100.0), (20, 9.4, 4000.0, 9000.0), (30, 9.3, 3000.0, 7000.0)])
    times = [float(i) for i in range(10)] + [9.0 + 0.5 * i for i in range(1, 21)]
    run = bench_neurst.Run(text, {"step_end_times": times, "peak_gpu_bytes": 3 * 2**30})
    assert run.rate == pytest.approx(8000.0)
    assert run.wall_rate == pytest.approx((4000.0 * 10 + 3000.0 * 10) / 10.0)
    assert run.peak_gib == pytest.approx(3.0)
    assert run.losses == [(10, 9.5), (20, 9.4), (30, 9.3)]


def test_run_needs_two_summaries():
    with pytest.raises(ValueError, match="two throughput summaries"):
        bench_neurst.Run(neurst_log([(10, 9.5, 4000.0, 100.0)]), {"step_end_times": [0.0] * 10,
                                                                 "peak_gpu_bytes": None})


def test_window_means_recover_each_window_from_the_running_mean():
    per_step = [5.0, 4.0, 3.0, 3.0, 2.0, 1.0]
    running = [(step, sum(per_step[:step]) / step) for step in (2, 4, 6)]
    means = loss_curve.window_means(running)
    assert [s for s, _ in means] == [2, 4, 6]
    assert [m for _, m in means] == pytest.approx([4.5, 3.0, 1.5])


@pytest.mark.parametrize("intervals, expected", [
    ([], 0), ([(0, 10)], 10), ([(0, 10), (5, 15)], 15), ([(0, 10), (2, 3)], 10),
    ([(20, 30), (0, 10)], 20), ([(0, 10), (10, 20)], 20)])
def test_union_length_counts_overlapping_streams_once(intervals, expected):
    assert gpu_trace.union_length(intervals) == expected


def test_idle_gaps_are_charged_to_the_op_that_ends_them():
    # Two streams: B overlaps A (no gap), C starts 5 after B ends, D 2 after C, E inside D.
    events = [("A", 0, 10), ("B", 8, 20), ("C", 25, 30), ("D", 32, 40), ("E", 33, 35), ("C", 50, 51)]
    gaps = profile_neurst.idle_gaps(events)
    assert {op: tuple(v) for op, v in gaps.items()} == {"C": (15, 2), "D": (2, 1)}
    assert profile_neurst.op_family("model/layer_12/ffn_3:MatMul") == "model/layer_N/ffn_N:MatMul"
    assert [gpu_trace.op_type(o) for o in ("a/b:MatMul", "(no TF op)", "weird")] == ["MatMul", "(no TF op)", "?"]


@pytest.mark.parametrize("kernel, expected", [
    ("void lightseq_tf::(anonymous namespace)::ker_xent<__half, long, 1>", "lightseq_tf kernels"),
    ("nvjet_sm90_hsh_128x256_64x4_2x1_v_bz_coopA_TNN", "matmul (cuBLAS/cuBLASLt)"),
    ("MemcpyH2D", "memcpy/memset"),
    ("void tensorflow::functor::ColumnReduceSimpleKernel<Eigen::half*>", "softmax/reductions"),
    ("Cast_GPU_DT_HALF_DT_FLOAT_kernel", "casts"),
    ("AddV2_GPU_DT_HALF_DT_HALF_kernel", "other TF/Eigen kernels")])
def test_kernel_families(kernel, expected):
    assert profile_neurst.family(kernel) == expected


def test_merge_tables_sorts_rows_by_gpus_and_batch_and_reads_rates(tmp_path):
    head = "| GPUs | global batch (target tokens) | stock NeurST tok/s | lightseq_tf tok/s | speed-up |\n|---|---|---|---|---|\n"
    paths = []
    tables = ["| all | 16384 | 90000 | 280000 | 3.11x |\n| all | 4096 | 50000 | 120000 | 2.40x |\n",
              "| all | 8192 | 70000 | 170000 | 2.43x |\n| all | 2048 | 30000 | 45000 | 1.50x |\n"]
    for i, rows in enumerate(tables):
        paths.append(str(tmp_path / ("t%d.md" % i)))
        with open(paths[-1], "w") as f:
            f.write("NVIDIA H100 80GB HBM3: NeurST transformer_base, run %d\n\n" % i + head + rows)
    header, lines, rows = bench_neurst.merge_tables(paths)
    assert header == "NVIDIA H100 80GB HBM3: NeurST transformer_base, run 0\n\n"
    assert lines[:2] == head.splitlines()
    assert [line.split("|")[2].strip() for line in lines[2:]] == ["2048", "4096", "8192", "16384"]
    assert [(g, b, s.rate, f.rate) for g, b, s, f in rows] == [
        ("all", "2048", 30000.0, 45000.0), ("all", "4096", 50000.0, 120000.0), ("all", "8192", 70000.0, 170000.0),
        ("all", "16384", 90000.0, 280000.0)]


def test_step_op_count_table_lists_largest_counts_and_totals():
    import step_op_count  # noqa: PLC0415

    rows = step_op_count.table({"Mul": 10.0, "Cast": 4.0, "IsFinite": 2.0}, {"Mul": 1.0, "Cast": 5.0, "Adam": 1.0}, 2)
    assert rows[2:] == ["| Mul | 10 | 1 | -9 |", "| Cast | 4 | 5 | +1 |", "| **all 4 types** | **16** | **7** | **-9** |"]
    assert gpu_trace.OP_EVENT.match("model/ffn/Cast:Cast").group(2) == "Cast"
    assert gpu_trace.OP_EVENT.match("a/b:LightSeq>LayerNorm").group(2) == "LightSeq>LayerNorm"
    assert gpu_trace.OP_EVENT.match("ThreadpoolListener::Record") is None


def test_input_pipeline_counts_real_and_padded_target_tokens_per_epoch():
    import tensorflow as tf  # noqa: PLC0415
    import input_pipeline  # noqa: PLC0415

    labels = tf.constant([[[5, 6, 0], [7, 0, 0]], [[8, 9, 4], [1, 2, 3]]], tf.int64)  # 2 batches, pad id 0
    rates = input_pipeline.epoch_rates(tf.data.Dataset.from_tensor_slices({"label": labels}), 0, 2)
    assert [r[:3] for r in rates] == [(2, 9, 12), (2, 9, 12)]
    assert all(r[3] > 0 for r in rates)


def test_host_time_sums_op_executions_by_type_outside_input_threads():
    from tensorflow.tsl.profiler.protobuf import xplane_pb2  # noqa: PLC0415
    space = xplane_pb2.XSpace()
    plane = space.planes.add(name="/host:CPU")
    for i, name in enumerate(["layer_1/einsum:Einsum", "layer_2/einsum:Einsum", "read:ReadVariableOp",
                              "Iterator::Prefetch"], start=1):
        plane.event_metadata[i].name = name
    for line_name, events in (("tf_Compute", [(1, 4), (2, 6), (3, 2), (4, 9)]),  # us
                              ("tf_data_iterator", [(3, 5)])):
        line = plane.lines.add(name=line_name)
        for metadata_id, duration in events:
            line.events.add(metadata_id=metadata_id, duration_ps=duration * 1000000)
    rows = profile_neurst.host_time(space, steps=2, top=25)
    assert rows[0].startswith("Host time in TF op executions 0.01 ms/step")  # (4 + 6 + 2) us / 2
    assert rows[4:] == ["| Einsum | 1.0 | 0.005 | 5.0 |", "| ReadVariableOp | 0.5 | 0.001 | 2.0 |"]
