"""Times the fused training-step ops (embedding, label-smoothed cross-entropy, multi-tensor
Adam, loss-scale unscale) against the stock TF code NeurST runs for them, on the same inputs,
side by side.

Embedding and loss are timed forward + backward (what a training step runs); Adam is one
update of a transformer_base-shaped variable set, the unscale one unscale + Inf/NaN check of
its gradients. Prints milliseconds per call (wall time in a graph loop, host dispatch included),
the speed-up (stock / ours), and on a GPU the time the GPU was busy per call of ours (from a
profiler trace) with the bandwidth that implies (bytes an ideal kernel must move / GPU time).

    python benchmarks/bench_step_ops.py --dtype=float16 --out=benchmarks/results/h100_step_ops.md
"""

import math
import os
import time

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

from absl import app, flags, logging  # noqa: E402
import tensorflow as tf  # noqa: E402

from lightseq_tf import ops, optimizers  # noqa: E402
import gpu_trace  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_enum("dtype", "float16", ["float32", "float16", "bfloat16"], "Activation dtype (tables and "
                  "variables stay float32, as under mixed precision).")
flags.DEFINE_list("tokens", ["4096", "16384"], "Target tokens per batch.")
flags.DEFINE_integer("vocab", 32000, "Vocabulary size.")
flags.DEFINE_integer("hidden", 512, "Model width (transformer_base: 512).")
flags.DEFINE_integer("layers", 6, "Encoder and decoder layers of the Adam variable set.")
flags.DEFINE_integer("iters", 20, "Calls per timed loop.")
flags.DEFINE_integer("repeats", 5, "Timed loops per measurement; the fastest counts.")
flags.DEFINE_string("out", "", "Also write the table (Markdown) to this file.")


def best_of(run, iters, repeats):
    """Seconds per call: run() (iters calls, synchronised) once to trace and warm up, then the
    fastest of `repeats` timed runs."""
    run()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best / iters


def timed(step, x, iters, repeats):
    """(seconds per call of step (x -> tensor shaped like x), chained in a graph loop; the loop)."""

    @tf.function
    def loop(x):
        return tf.while_loop(lambda i, x: i < iters, lambda i, x: (i + 1, step(x)), [0, x], parallel_iterations=1)[1]

    def run():
        tf.reduce_sum(tf.cast(tf.reshape(loop(x), [-1])[:1], tf.float32)).numpy()

    return best_of(run, iters, repeats), run


def timed_updates(apply, iters, repeats):
    """(seconds per call of apply() (a stateful update), `iters` calls in one graph; the loop).
    Unrolled, not a tf.while_loop: a loop body passes every captured tensor through each
    iteration (several executor ops per tensor), which for 199 gradients costs more host time
    than the update itself."""

    @tf.function
    def loop():
        for _ in range(iters):
            apply()

    def run():
        loop()
        tf.test.experimental.sync_devices()  # the updates' outputs stay on the device: wait for them

    return best_of(run, iters, repeats), run


def gpu_seconds(run, iters):
    """GPU busy seconds per call of the loop run(), from a profiler trace (None without one)."""
    busy = gpu_trace.gpu_busy_seconds(run)
    return busy / iters if busy else None


def signal(length, dim, dtype):
    """NeurST's timing signal, computed in dtype as NeurST does."""
    position = tf.cast(tf.range(length), dtype)
    inc = math.log(1.0e4) / (tf.cast(dim // 2, dtype) - 1)
    inv = tf.exp(tf.cast(tf.range(dim // 2), dtype) * -inc)
    t = position[:, None] * inv[None]
    return tf.concat([tf.sin(t), tf.cos(t)], axis=1)


def embedding_case(rows, dtype):
    d, vocab, seq = FLAGS.hidden, FLAGS.vocab, 64
    with tf.device("/cpu:0"):  # token ids come from the host input pipeline, as in training
        ids = tf.random.stateless_uniform([rows // seq, seq], [1, 2], 0, vocab, tf.int32)
    dy = tf.cast(tf.random.stateless_normal([rows // seq, seq, d], [3, 4]), dtype)
    sig = signal(seq, d, dtype)

    def grad_of(fn):
        def step(table):
            with tf.GradientTape() as tape:
                tape.watch(table)
                y = fn(table)
            return tf.convert_to_tensor(tape.gradient(y, table, output_gradients=dy)) + table
        return step

    ours = grad_of(lambda t: ops.embedding(ids, t, d ** 0.5, sinusoids=True, dtype=dtype))
    stock = grad_of(lambda t: tf.gather(tf.cast(t, dtype), ids) * d ** 0.5 + sig)
    s = tf.as_dtype(dtype).size
    # ids, the looked-up rows (float32), y, dy, the dense float32 table gradient; + table add.
    nbytes = rows * 4 + rows * d * (4 + 2 * s) + vocab * d * 4 * 3
    table = tf.random.stateless_normal([vocab, d], [5, 6])
    return "embedding + sinusoids fwd+bwd", "%d tok x %d, V %d" % (rows, d, vocab), ours, stock, table, nbytes


def loss_case(rows, dtype):
    vocab = FLAGS.vocab
    with tf.device("/cpu:0"):
        labels = tf.random.stateless_uniform([rows], [7, 8], 0, vocab, tf.int32)
    weights = tf.cast(tf.random.stateless_uniform([rows], [9, 10]) > 0.1, tf.float32)
    eps = 0.1

    def neurst(logits):
        logits = tf.cast(logits, tf.float32)
        conf, low = 1.0 - eps, eps / tf.cast(vocab - 1, tf.float32)
        target = tf.one_hot(labels, vocab, on_value=conf, off_value=low)
        xent = tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=target)
        return xent + (conf * tf.math.log(conf) + tf.cast(vocab - 1, tf.float32) * low * tf.math.log(low + 1e-20))

    def grad_of(fn):
        def step(logits):
            with tf.GradientTape() as tape:
                tape.watch(logits)
                loss = tf.reduce_sum(fn(logits) * weights)
            return tape.gradient(loss, logits)
        return step

    s = tf.as_dtype(dtype).size
    logits = tf.cast(tf.random.stateless_normal([rows, vocab], [11, 12]), dtype)
    return ("label-smoothed xent fwd+bwd", "%d tok x V %d" % (rows, vocab),
            grad_of(lambda x: ops.label_smoothed_cross_entropy(x, labels, eps)), grad_of(neurst), logits,
            3 * rows * vocab * s)


def adam_shapes():
    d, f = FLAGS.hidden, 4 * FLAGS.hidden
    attention = [(d, 3 * d), (3 * d,), (d, d), (d,)]
    layer = attention + [(d, f), (f,), (f, d), (d,)] + [(d,)] * 4
    decoder_extra = [(d, d), (d,), (d, 2 * d), (2 * d,), (d, d), (d,), (d,), (d,)]
    return ([(FLAGS.vocab, d), (FLAGS.vocab, d), (FLAGS.vocab,)] + layer * FLAGS.layers
            + (layer + decoder_extra) * FLAGS.layers + [(d,)] * 4)


def adam_row(iters, repeats):
    shapes = adam_shapes()
    grads = [tf.random.stateless_normal(s, [13, i]) * 1e-3 for i, s in enumerate(shapes)]
    t = {}
    for kind, cls in (("ours", optimizers.Adam), ("stock", tf.keras.optimizers.legacy.Adam)):
        variables = [tf.Variable(tf.zeros(s)) for s in shapes]
        opt = cls(1e-4, beta_2=0.98, epsilon=1e-9)
        t[kind] = timed_updates(lambda opt=opt, variables=variables: opt.apply_gradients(zip(grads, variables)),
                                iters, repeats)
    params = sum(g.shape.num_elements() for g in grads)
    nbytes = params * 4 * 7  # read var, m, v, grad; write var, m, v (float32)
    return ("Adam update", "%d variables, %.1fM params" % (len(shapes), params / 1e6), t["ours"], t["stock"], nbytes)


def unscale_row(iters, repeats):
    shapes = adam_shapes()
    grads = [tf.random.stateless_normal(s, [14, i]) * 1e3 for i, s in enumerate(shapes)]
    loss_scale, finite = tf.Variable(2.0 ** 15), tf.Variable(0.0)

    def ours():
        finite.assign(tf.cast(ops.multi_tensor_unscale(grads, 1.0 / loss_scale.read_value())[1], tf.float32))

    def stock():  # tf.keras's get_unscaled_gradients, then NeurST's revised_dynamic_loss_scale check
        r = 1.0 / loss_scale.read_value()
        unscaled = [g * tf.cast(r, g.dtype) for g in grads]
        checks = [tf.equal(tf.size(g, out_type=tf.int64), tf.reduce_sum(tf.cast(tf.math.is_finite(g), tf.int64)))
                  for g in unscaled]
        finite.assign(tf.cast(tf.reduce_all(checks), tf.float32))

    params = sum(g.shape.num_elements() for g in grads)
    return ("loss-scale unscale + finite check", "%d gradients, %.1fM params" % (len(shapes), params / 1e6),
            timed_updates(ours, iters, repeats), timed_updates(stock, iters, repeats), params * 4 * 2)


def main(_):
    tf.get_logger().setLevel("ERROR")
    gpu = tf.config.list_physical_devices("GPU")
    name = tf.config.experimental.get_device_details(gpu[0]).get("device_name", "GPU") if gpu else "CPU"
    logging.info("device: %s, dtype %s", name, FLAGS.dtype)
    lines = ["Device: %s; activations %s; TensorFlow %s" % (name, FLAGS.dtype, tf.__version__), "",
             "| op | size | ours ms | stock ms | speed-up | ours GPU ms | ours GB/s (GPU time) |",
             "|---|---|---|---|---|---|---|"]
    print("\n".join(lines), flush=True)

    def emit(op, size, ours, stock, nbytes):
        (ours_s, ours_run), (stock_s, _) = ours, stock
        busy = gpu_seconds(ours_run, FLAGS.iters) if gpu else None
        row = "| %s | %s | %.3f | %.3f | %.2fx | %s | %s |" % (
            op, size, ours_s * 1e3, stock_s * 1e3, stock_s / ours_s, "%.3f" % (busy * 1e3) if busy else "n/a",
            "%.0f" % (nbytes / busy / 1e9) if busy else "n/a")
        lines.append(row)
        print(row, flush=True)

    with tf.device("/GPU:0" if gpu else "/CPU:0"):
        for rows in map(int, FLAGS.tokens):
            for case in (embedding_case, loss_case):
                op, size, ours, stock, x, nbytes = case(rows, FLAGS.dtype)
                emit(op, size, timed(ours, x, FLAGS.iters, FLAGS.repeats), timed(stock, x, FLAGS.iters, FLAGS.repeats),
                     nbytes)
        emit(*adam_row(FLAGS.iters, FLAGS.repeats))
        emit(*unscale_row(FLAGS.iters, FLAGS.repeats))
    lines += ["", "ms: wall time per call in a graph loop (host dispatch included); GPU ms: the time the GPU was "
              "busy per call in a profiler trace of our loop; GB/s: the bytes an ideal kernel moves / GPU ms."]
    print(lines[-1])
    if FLAGS.out:
        with open(FLAGS.out, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    app.run(main)
