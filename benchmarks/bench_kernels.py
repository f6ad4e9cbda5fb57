"""Bandwidth of the CUDA kernels called directly (pybind11 + CuPy, no TensorFlow).

For each launcher and size (LayerNorm and the dropout family over --tokens x --cols, the
attention softmax over --tokens / --k_lens sequences of --heads heads (at lengths that are not
a multiple of 8 also with the keys padded to one, as the Transformer layers run it), the embedding and its
table gradient over --tokens ids (sequences of --embedding_length) of a --vocab x
--embedding_dim float32 table, for uniform ids, 20% padding ids and word-frequency-like (Zipf)
ids), prints microseconds per
call (CUDA events, best of --repeats loops of --iters calls) and the effective bandwidth: bytes
an ideal kernel moves (inputs read once, outputs written once) / time, also as a fraction of
--peak_gbs. With --graph (default) each loop is one CUDA graph of --iters captured calls, so
the time is the GPU's, as in a training step where TensorFlow launches from C++; without it a
Python loop launches each call (a pybind call takes about as long as a 6-12 us kernel).
Consecutive calls cycle through copies of the buffers that together exceed twice the L2 cache,
so inputs come from HBM (one set of 16384 x 512 fp16 tensors would stay in the 50 MB L2).
Needs a GPU and CuPy.

    python benchmarks/bench_kernels.py --out=benchmarks/results/kernels_h100.md
"""

import itertools
import math
import types

import numpy as np

from absl import app, flags, logging
import cupy as cp

from lightseq_tf import kernels

FLAGS = flags.FLAGS
flags.DEFINE_list("dtypes", ["float16", "float32"], "Activation dtypes (CuPy has no bfloat16).")
flags.DEFINE_list("tokens", ["4096", "16384"], "Rows (tokens per batch).")
flags.DEFINE_list("cols", ["512", "1024", "2048", "4096"], "Row widths.")
flags.DEFINE_list("k_lens", ["61", "64", "128"], "Attention softmax: sequence lengths (queries = keys; tokens / length "
                  "sequences of --heads heads).")
flags.DEFINE_multi_enum("families", ["rows", "softmax", "embedding"], ["rows", "softmax", "embedding"],
                        "Kernel families to time: rows (LayerNorm and the dropout family over --tokens x --cols), "
                        "softmax (the attention softmax at --k_lens), embedding (the embedding and its gradient).")
flags.DEFINE_integer("heads", 8, "Attention softmax: heads.")
flags.DEFINE_integer("vocab", 32000, "Embedding: table rows.")
flags.DEFINE_integer("embedding_dim", 512, "Embedding: table columns.")
flags.DEFINE_integer("embedding_length", 64, "Embedding: tokens per sequence (the timing signal's positions).")
flags.DEFINE_integer("iters", 50, "Calls per timed loop.")
flags.DEFINE_integer("repeats", 5, "Timed loops; the fastest counts.")
flags.DEFINE_float("peak_gbs", 3350.0, "HBM bandwidth to compare with (H100 SXM: 3350 GB/s).")
flags.DEFINE_bool("graph", True, "Time CUDA graphs of --iters captured calls (else a Python loop of calls).")
flags.DEFINE_string("out", "", "Also write the table (Markdown) to this file.")


def time_us(fn):
    stream = cp.cuda.get_current_stream()
    start, stop = cp.cuda.Event(), cp.cuda.Event()
    fn()
    loop = lambda: [fn() for _ in range(FLAGS.iters)]  # noqa: E731
    if FLAGS.graph:
        stream.synchronize()
        stream.begin_capture()
        loop()
        graph = stream.end_capture()
        loop = lambda: graph.launch(stream)  # noqa: E731
        loop()
    best = float("inf")
    for _ in range(FLAGS.repeats):
        start.record(stream)
        loop()
        stop.record(stream)
        stop.synchronize()
        best = min(best, cp.cuda.get_elapsed_time(start, stop) * 1e3 / FLAGS.iters)
    return best


def launch(launcher, *args, **kwargs):
    """Calls a launcher on the current stream (main() makes it a non-default one, which graph
    capture needs); raises on a non-zero status."""
    status = launcher(*args, stream=cp.cuda.get_current_stream().ptr, **kwargs)
    if status:
        raise RuntimeError(K.status_string(status))


def buffer_sets(make):
    """A callable cycling through copies of a case's buffers (make() -> namespace of arrays):
    enough copies that consecutive calls touch more than twice the L2 cache, so each call reads
    its inputs from HBM rather than from the cache the previous call filled."""
    first = make()
    size = sum(a.nbytes for a in vars(first).values())
    l2 = cp.cuda.runtime.getDeviceProperties(cp.cuda.Device().id)["l2CacheSize"]
    copies = itertools.cycle([first] + [make() for _ in range(math.ceil(2 * l2 / size) - 1)])
    return lambda: next(copies)


def p(a):
    return a.data.ptr


def cases(dtype, rows, cols):
    """(name, callable, bytes moved by an ideal kernel)."""
    t = cp.dtype(dtype)
    s = t.itemsize
    n = rows * cols

    def make():
        x, r, dy = (cp.random.standard_normal((rows, cols), dtype=cp.float32).astype(t) for _ in range(3))
        return types.SimpleNamespace(
            x=x, r=r, dy=dy, y=cp.empty_like(x), y2=cp.empty_like(x), gamma=cp.ones(cols, cp.float32),
            beta=cp.zeros(cols, cp.float32), bias=cp.zeros(cols, t), mean=cp.empty(rows, cp.float32),
            rstd=cp.empty(rows, cp.float32),
            dgamma=cp.empty(cols, cp.float32), dbeta=cp.empty(cols, cp.float32), dbias=cp.empty(cols, t),
            ws=cp.empty(K.layer_norm_grad_workspace_size(rows, cols), cp.float32),
            seed=cp.asarray([1], cp.int64), offset=cp.asarray([0], cp.int64))

    nxt = buffer_sets(make)
    ln, ln_grad, act, act_grad = K.layer_norm, K.layer_norm_grad, K.bias_act_dropout, K.bias_act_dropout_grad
    for name, fn, nbytes in [
        ("layer_norm", lambda b: launch(ln, dtype, "float32", p(b.y), 0, p(b.mean), p(b.rstd), p(b.x), 0, p(b.gamma),
                                        p(b.beta), rows, cols, 1e-6), 2 * n * s + 8 * rows),
        ("layer_norm_residual", lambda b: launch(ln, dtype, "float32", p(b.y), p(b.y2), p(b.mean), p(b.rstd), p(b.x),
                                                 p(b.r), p(b.gamma), p(b.beta), rows, cols, 1e-6),
         4 * n * s + 8 * rows),
        ("layer_norm_grad", lambda b: launch(ln_grad, dtype, "float32", p(b.y), p(b.dgamma), p(b.dbeta), p(b.ws),
                                             p(b.dy), 0, p(b.x), p(b.gamma), p(b.mean), p(b.rstd), rows, cols),
         3 * n * s + 8 * rows),
        ("layer_norm_grad_dsum", lambda b: launch(ln_grad, dtype, "float32", p(b.y), p(b.dgamma), p(b.dbeta),
                                                  p(b.ws), p(b.dy), p(b.r), p(b.x), p(b.gamma), p(b.mean),
                                                  p(b.rstd), rows, cols), 4 * n * s + 8 * rows),
        ("bias_relu_dropout", lambda b: launch(act, dtype, p(b.y), p(b.x), p(b.bias), 0, rows, cols, 1, 0.1,
                                               p(b.seed), p(b.offset)), 2 * n * s),
        ("bias_gelu_dropout", lambda b: launch(act, dtype, p(b.y), p(b.x), p(b.bias), 0, rows, cols, 2, 0.1,
                                               p(b.seed), p(b.offset)), 2 * n * s),
        ("bias_dropout_residual", lambda b: launch(act, dtype, p(b.y), p(b.x), p(b.bias), p(b.r), rows, cols, 0,
                                                   0.1, p(b.seed), p(b.offset)), 3 * n * s),
        ("bias_relu_dropout_grad", lambda b: launch(act_grad, dtype, p(b.y), p(b.dbias), p(b.ws), p(b.dy), p(b.x),
                                                    p(b.bias), rows, cols, 1, 0.1, p(b.seed), p(b.offset)),
         3 * n * s),
        ("bias_dropout_residual_grad", lambda b: launch(act_grad, dtype, p(b.y), p(b.dbias), p(b.ws), p(b.dy), 0, 0,
                                                        rows, cols, 0, 0.1, p(b.seed), p(b.offset)), 2 * n * s),
    ]:
        yield name, (lambda fn=fn: fn(nxt())), nbytes


def softmax_cases(dtype, tokens, k_len, padded=False):
    """Attention softmax over [tokens / k_len sequences, heads, k_len, k_len] logits with dropout;
    padded: the keys padded to a multiple of 8 as the layers pad them (key bias of k_len keys)."""
    t = cp.dtype(dtype)
    batch, heads = max(tokens // k_len, 1), FLAGS.heads
    keys = -(-k_len // 8) * 8 if padded else k_len
    shape = (batch, heads, k_len, keys)
    n = batch * heads * k_len * keys
    suffix = "_padded" if padded else ""

    def make():
        logits, dprobs = (cp.random.standard_normal(shape, dtype=cp.float32).astype(t) for _ in range(2))
        return types.SimpleNamespace(
            logits=logits, dprobs=dprobs, probs=cp.empty_like(logits), softmax=cp.empty_like(logits),
            dlogits=cp.empty_like(logits),
            key_bias=cp.zeros((batch, k_len), cp.float32), seed=cp.asarray([1], cp.int64),
            offset=cp.asarray([0], cp.int64))

    nxt = buffer_sets(make)
    extra = {"bias_len": k_len} if padded else {}
    for name, fn, nbytes in [
        ("attention_softmax", lambda b: launch(K.attention_softmax, dtype, p(b.probs), p(b.softmax), p(b.logits),
                                               p(b.key_bias), batch, heads, k_len, keys, False, 0.1, p(b.seed),
                                               p(b.offset), **extra), 3 * n * t.itemsize + batch * k_len * 4),
        ("attention_softmax_grad", lambda b: launch(K.attention_softmax_grad, dtype, p(b.dlogits), p(b.dprobs),
                                                    p(b.softmax), batch * heads * k_len, keys, 0.1, p(b.seed),
                                                    p(b.offset)), 3 * n * t.itemsize),
    ]:
        yield name + suffix, (lambda fn=fn: fn(nxt())), nbytes


def embedding_ids(kind, tokens, vocab):
    """Uniform ids, 20% padding (id 0) + uniform, or Zipf (s = 1.1) ids, as int32."""
    rng = np.random.default_rng(0)
    if kind == "zipf":
        weights = 1.0 / np.arange(1, vocab + 1) ** 1.1
        return rng.choice(vocab, size=tokens, p=weights / weights.sum()).astype(np.int32)
    ids = rng.integers(0, vocab, size=tokens).astype(np.int32)
    if kind == "pad20":
        ids[rng.random(tokens) < 0.2] = 0
    return ids


def embedding_cases(dtype, tokens):
    """Embedding forward (sinusoids, dropout 0.1) and its float32 table's gradient."""
    t = cp.dtype(dtype)
    vocab, dim = FLAGS.vocab, FLAGS.embedding_dim
    if tokens % FLAGS.embedding_length:
        raise ValueError("--tokens must be multiples of --embedding_length")
    n = tokens * dim
    for kind in ("uniform", "pad20", "zipf"):
        ids = embedding_ids(kind, tokens, vocab)

        def make():
            return types.SimpleNamespace(
                ids=cp.asarray(ids), table=cp.random.standard_normal((vocab, dim), dtype=cp.float32),
                y=cp.empty((tokens, dim), t), mask=cp.empty((tokens, dim), cp.uint8),
                dy=cp.random.standard_normal((tokens, dim), dtype=cp.float32).astype(t),
                ws=cp.empty(K.embedding_grad_workspace_bytes(tokens, vocab, dim), cp.uint8),
                seed=cp.asarray([1], cp.int64), offset=cp.asarray([0], cp.int64))

        nxt = buffer_sets(make)
        cases = [("embedding_grad_" + kind,
                  lambda b: launch(K.embedding_grad, dtype, "float32", p(b.table), p(b.ws), p(b.dy), p(b.ids),
                                   p(b.mask), tokens, vocab, dim, dim ** 0.5, 0.1),
                  n * (t.itemsize + 1) + 4 * tokens + 4 * vocab * dim)]
        if kind == "uniform":
            cases.insert(0, ("embedding",
                             lambda b: launch(K.embedding, dtype, "float32", p(b.y), p(b.mask), p(b.ids), p(b.table),
                                              tokens, FLAGS.embedding_length, vocab, dim, dim ** 0.5, True, 0.1,
                                              p(b.seed), p(b.offset)),
                             4 * tokens + n * (4 + t.itemsize + 1)))
        for name, fn, nbytes in cases:
            yield name, (lambda fn=fn: fn(nxt())), nbytes


def main(_):
    global K
    K = kernels.load()
    stream = cp.cuda.Stream(non_blocking=True)
    stream.use()
    name = cp.cuda.runtime.getDeviceProperties(0)["name"].decode()
    logging.info("device: %s", name)
    timing = "CUDA graphs of %d calls" % FLAGS.iters if FLAGS.graph else "Python loops of %d calls" % FLAGS.iters
    lines = ["Device: %s; effective GB/s = ideal bytes / time (%s, best of %d); peak taken as %.0f GB/s"
             % (name, timing, FLAGS.repeats, FLAGS.peak_gbs), "",
             "| kernel | dtype | rows x cols | us | GB/s | % of peak |", "|---|---|---|---|---|---|"]
    print("\n".join(lines), flush=True)

    def measure(op, dtype, rows, cols, fn, nbytes):
        us = time_us(fn)
        gbs = nbytes / us / 1e3
        line = "| %s | %s | %d x %d | %.1f | %.0f | %.0f%% |" % (op, dtype, rows, cols, us, gbs,
                                                               100 * gbs / FLAGS.peak_gbs)
        lines.append(line)
        print(line, flush=True)

    families = set(FLAGS.families)
    for dtype in FLAGS.dtypes:
        for rows in map(int, FLAGS.tokens if "rows" in families else []):
            for cols in map(int, FLAGS.cols):
                for op, fn, nbytes in cases(dtype, rows, cols):
                    measure(op, dtype, rows, cols, fn, nbytes)
        for tokens in map(int, FLAGS.tokens if "softmax" in families else []):
            for k_len in map(int, FLAGS.k_lens):
                rows = max(tokens // k_len, 1) * FLAGS.heads * k_len
                for op, fn, nbytes in softmax_cases(dtype, tokens, k_len):
                    measure(op, dtype, rows, k_len, fn, nbytes)
                if k_len % 8 and "bias_len" in K.attention_softmax.__doc__:  # the layers' padded keys
                    for op, fn, nbytes in softmax_cases(dtype, tokens, k_len, padded=True):
                        measure(op, dtype, rows, -(-k_len // 8) * 8, fn, nbytes)
        for tokens in map(int, FLAGS.tokens if "embedding" in families else []):
            for op, fn, nbytes in embedding_cases(dtype, tokens):
                measure(op, dtype, tokens, FLAGS.embedding_dim, fn, nbytes)
    if FLAGS.out:
        with open(FLAGS.out, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    app.run(main)
