"""Times one Transformer encoder layer and one decoder layer, forward + backward (a training
step's layer work: gradients for the input and every weight), ours vs NeurST's, same weights,
same inputs, same run, mixed_float16 by default, dropout on (0.1) as in training.

    python benchmarks/bench_layers.py --out=benchmarks/results/layers_h100.md
"""

import os
import time

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

from absl import app, flags, logging  # noqa: E402
import tensorflow as tf  # noqa: E402

from neurst_ext import compat  # noqa: E402

compat.apply()

from neurst.layers import layer_utils  # noqa: E402
from neurst.layers import transformer_layers as stock  # noqa: E402
from neurst.utils import compat as neurst_compat  # noqa: E402

import lightseq_tf  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_enum("policy", "mixed_float16", ["float32", "mixed_float16", "mixed_bfloat16"], "Keras dtype policy.")
flags.DEFINE_list("tokens", ["4096", "16384"], "Tokens per batch (batch x seq_len).")
flags.DEFINE_integer("seq_len", 64, "Sequence length (source and target).")
flags.DEFINE_list("models", ["512:8:2048", "1024:16:4096"], "hidden:heads:filter per model.")
flags.DEFINE_float("dropout", 0.1, "Attention, FFN and residual dropout rates.")
flags.DEFINE_integer("iters", 10, "Steps per timed loop.")
flags.DEFINE_integer("repeats", 3, "Timed loops; the fastest counts.")
flags.DEFINE_string("out", "", "Also write the table (Markdown) to this file.")


def make_layers(kind, hidden, heads, filter_size, name):
    kwargs = dict(hidden_size=hidden, num_attention_heads=heads, filter_size=filter_size,
                  attention_dropout_rate=FLAGS.dropout, ffn_dropout_rate=FLAGS.dropout,
                  layer_postprocess_dropout_rate=FLAGS.dropout, name=name)
    if kind == "encoder":
        return lightseq_tf.layers.TransformerEncoderLayer(**kwargs), stock.TransformerEncoderLayer(**kwargs)
    return lightseq_tf.layers.TransformerDecoderLayer(**kwargs), stock.TransformerDecoderLayer(**kwargs)


def step_fn(layer, kind, padding_bias, memory):
    """x -> x + 1e-3 * dx of one forward/backward pass, also computing every weight gradient."""
    causal = layer_utils.lower_triangle_attention_bias(FLAGS.seq_len)

    def step(x):
        with tf.GradientTape() as tape:
            tape.watch(x)
            if kind == "encoder":
                y = layer(x, padding_bias, is_training=True)
            else:
                y = layer(x, causal, None, memory=memory, memory_bias=padding_bias, is_training=True)
            loss = tf.reduce_sum(tf.cast(y, tf.float32)) * 1e-3
        grads = tape.gradient(loss, [x] + layer.trainable_weights)
        # Consume weight gradients cheaply so nothing is pruned.
        touch = tf.add_n([tf.reduce_sum(tf.cast(g[..., :1], tf.float32)) for g in grads[1:]])
        return x + tf.cast(1e-3 * grads[0], x.dtype) + tf.cast(touch * 0, x.dtype)

    return step


def timed(step, x):
    @tf.function
    def loop(x):
        return tf.while_loop(lambda i, x: i < FLAGS.iters, lambda i, x: (i + 1, step(x)), [0, x],
                             parallel_iterations=1)[1]

    loop(x).numpy()
    best = float("inf")
    for _ in range(FLAGS.repeats):
        start = time.perf_counter()
        loop(x)[0, 0, 0].numpy()
        best = min(best, time.perf_counter() - start)
    return best / FLAGS.iters


def main(_):
    tf.get_logger().setLevel("ERROR")
    tf.keras.mixed_precision.set_global_policy(FLAGS.policy)
    dtype = tf.keras.mixed_precision.global_policy().compute_dtype
    neurst_compat.register_computation_dtype(dtype, -6e4 if dtype == "float16" else -1e9)
    gpus = tf.config.list_physical_devices("GPU")
    device = tf.config.experimental.get_device_details(gpus[0]).get("device_name", "GPU") if gpus else "CPU"
    lines = ["Device: %s; policy %s; dropout %s; seq_len %d; TensorFlow %s" % (
        device, FLAGS.policy, FLAGS.dropout, FLAGS.seq_len, tf.__version__), "",
        "| layer | d / heads / filter | tokens | ours ms | NeurST ms | speed-up | ours tokens/s |",
        "|---|---|---|---|---|---|---|"]
    print("\n".join(lines), flush=True)
    for model in FLAGS.models:
        hidden, heads, filter_size = map(int, model.split(":"))
        for tokens in map(int, FLAGS.tokens):
            batch = tokens // FLAGS.seq_len
            rng = tf.random.Generator.from_seed(1)
            x = tf.cast(rng.normal([batch, FLAGS.seq_len, hidden]), dtype)
            memory = tf.cast(rng.normal([batch, FLAGS.seq_len, hidden]), dtype)
            lengths = rng.uniform([batch], FLAGS.seq_len // 2, FLAGS.seq_len + 1, tf.int32)
            padding = tf.cast(tf.range(FLAGS.seq_len)[None] >= lengths[:, None], dtype)
            bias = layer_utils.input_padding_to_bias(padding)
            for kind in ("encoder", "decoder"):
                ours, ref = make_layers(kind, hidden, heads, filter_size, "%s_%d_%d" % (kind, hidden, tokens))
                t_ours = timed(step_fn(ours, kind, bias, memory), x)
                t_ref = timed(step_fn(ref, kind, bias, memory), x)
                line = "| %s | %d / %d / %d | %d | %.3f | %.3f | %.2fx | %.0f |" % (
                    kind, hidden, heads, filter_size, tokens, t_ours * 1e3, t_ref * 1e3, t_ref / t_ours, tokens / t_ours)
                lines.append(line)
                print(line, flush=True)
                logging.info("%s", line)
    if FLAGS.out:
        with open(FLAGS.out, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    app.run(main)
