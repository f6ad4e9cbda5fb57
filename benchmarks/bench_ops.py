"""Times each fused op against the stock TF composition it replaces, on the same inputs.

Prints, per op and size, milliseconds per call (forward, and forward + backward) for ours and
stock TF, the speed-up (stock time / ours), and our effective bandwidth: the bytes an ideal
kernel must move (each input read once, each output written once) divided by our time.

    python benchmarks/bench_ops.py --dtype=float16 --out=benchmarks/results/ops_h100.md
"""

import os
import time

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

from absl import app, flags, logging  # noqa: E402
import tensorflow as tf  # noqa: E402

from lightseq_tf import ops  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_enum("dtype", "float16", ["float32", "float16", "bfloat16"], "Activation dtype.")
flags.DEFINE_list("tokens", ["4096", "16384"], "Rows (tokens per batch).")
flags.DEFINE_list("hidden", ["512", "1024"], "Model widths d; FFN ops use 4d.")
flags.DEFINE_integer("iters", 20, "Graph-loop iterations per timed run.")
flags.DEFINE_integer("unroll", 10, "Chained calls per loop iteration (amortizes TF's loop overhead).")
flags.DEFINE_integer("repeats", 5, "Timed loops per measurement; the fastest counts.")
flags.DEFINE_float("rate", 0.1, "Dropout rate.")
flags.DEFINE_string("out", "", "Also write the table (Markdown) to this file.")


def timed(step, x, iters, unroll, repeats):
    """Seconds per call of `step` (x -> same-shaped tensor), chained in a graph loop."""

    def body(i, x):
        for _ in range(unroll):
            x = step(x)
        return i + 1, x

    @tf.function
    def loop(x):
        return tf.while_loop(lambda i, x: i < iters, body, [0, x], parallel_iterations=1)[1]

    loop(x).numpy()  # trace + warm up
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        tf.reduce_sum(tf.cast(loop(x)[..., :1], tf.float32)).numpy()
        best = min(best, time.perf_counter() - start)
    return best / (iters * unroll)


def with_backward(fn):
    """x -> gradient of fn at x with fn(x) itself as the upstream gradient: one forward and one
    backward per call, and the forward output is needed (so it cannot be pruned)."""

    def step(x):
        with tf.GradientTape() as tape:
            tape.watch(x)
            y = fn(x)
        return tape.gradient(y, x, output_gradients=tf.stop_gradient(y))

    return step


def cases(rows, d, dtype, rate):
    """(name, ours, stock, elements, bytes/element fwd, bytes/element fwd+bwd, input)."""
    s = tf.as_dtype(dtype).size
    rng = tf.random.Generator.from_seed(0)
    x = tf.cast(rng.normal([rows, d]), dtype)
    x4 = tf.cast(rng.normal([rows, 4 * d]), dtype)
    b, b4 = tf.cast(rng.normal([d]), dtype), tf.cast(rng.normal([4 * d]), dtype)
    r = tf.cast(rng.normal([rows, d]), dtype)
    gamma, beta = rng.normal([d]), rng.normal([d])
    keras_ln = tf.keras.layers.LayerNormalization(epsilon=1e-6, dtype="mixed_float16" if dtype == "float16" else None)
    keras_ln.build([None, d])
    keras_ln.set_weights([gamma.numpy(), beta.numpy()])

    def stock_ln(v):
        return tf.cast(keras_ln(v), v.dtype)

    def drop(v):
        return tf.nn.dropout(v, rate)

    yield ("layer_norm", lambda v: ops.layer_norm(v, gamma, beta), stock_ln, rows * d, 2 * s, 5 * s, x)
    yield ("layer_norm_residual", lambda v: ops.layer_norm_residual(v, r, gamma, beta)[0],
           lambda v: stock_ln(v + r), rows * d, 4 * s, 7 * s, x)
    for act, f in [("relu", tf.nn.relu), ("gelu", tf.nn.gelu)]:
        yield ("bias_%s_dropout" % act, lambda v, act=act: ops.bias_act_dropout(v, b4, rate, act, seed=1),
               lambda v, f=f: drop(f(v + b4)), rows * 4 * d, 2 * s + 1, 5 * s + 2, x4)
    yield ("bias_dropout_residual", lambda v: ops.bias_dropout_residual(v, b, r, rate, seed=1),
           lambda v: r + drop(v + b), rows * d, 3 * s + 1, 5 * s + 2, x)
    # Attention probabilities of sequences of 64 tokens, d / 64 heads, half of the keys padded.
    seq, heads = 64, d // 64
    logits = tf.cast(rng.normal([rows // seq, heads, seq, seq]), dtype)
    key_bias = tf.where(tf.range(seq)[None] >= seq // 2, -1e9, 0.0) * tf.ones([rows // seq, 1])
    yield ("attention_softmax", lambda v: ops.attention_softmax(v, key_bias, rate=rate, seed=1),
           lambda v: drop(tf.nn.softmax(v + tf.cast(key_bias, v.dtype)[:, None, None, :])),
           logits.shape.num_elements(), 3 * s + 1, 6 * s + 2, logits)


def main(_):
    tf.get_logger().setLevel("ERROR")  # one retrace per case is expected
    device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
    name = tf.config.experimental.get_device_details(tf.config.list_physical_devices("GPU")[0]).get(
        "device_name", "GPU") if device == "/GPU:0" else "CPU"
    logging.info("device: %s, dtype %s, dropout rate %s", name, FLAGS.dtype, FLAGS.rate)
    header = "| op | rows x cols | fwd ours ms | fwd stock ms | fwd speed-up | fwd ours GB/s | fwd+bwd ours ms | fwd+bwd stock ms | fwd+bwd speed-up | fwd+bwd ours GB/s |"
    lines = ["Device: %s; dtype %s; dropout rate %s; TensorFlow %s" % (name, FLAGS.dtype, FLAGS.rate, tf.__version__),
             "", header, "|" + "---|" * 10]
    print("\n".join(lines), flush=True)
    with tf.device(device):
        for rows in map(int, FLAGS.tokens):
            for d in map(int, FLAGS.hidden):
                for op, ours, stock, n, bytes_fwd, bytes_both, x in cases(rows, d, FLAGS.dtype, FLAGS.rate):
                    t = {}
                    for kind, fn in [("ours", ours), ("stock", stock)]:
                        t[kind, "fwd"] = timed(fn, x, FLAGS.iters, FLAGS.unroll, FLAGS.repeats)
                        t[kind, "both"] = timed(with_backward(fn), x, FLAGS.iters, FLAGS.unroll, FLAGS.repeats)
                    row = "| %s | %d x %d | %.3f | %.3f | %.2fx | %.0f | %.3f | %.3f | %.2fx | %.0f |" % (
                        op, rows, x.shape[-1],
                        t["ours", "fwd"] * 1e3, t["stock", "fwd"] * 1e3, t["stock", "fwd"] / t["ours", "fwd"],
                        n * bytes_fwd / t["ours", "fwd"] / 1e9,
                        t["ours", "both"] * 1e3, t["stock", "both"] * 1e3, t["stock", "both"] / t["ours", "both"],
                        n * bytes_both / t["ours", "both"] / 1e9)
                    lines.append(row)
                    print(row, flush=True)
    if FLAGS.out:
        with open(FLAGS.out, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    app.run(main)
