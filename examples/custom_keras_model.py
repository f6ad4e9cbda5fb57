"""Example: trains a tiny Transformer-style Keras model built on the fused ops.

Each block is pre-norm: LayerNorm -> Dense(4d) + fused bias/GELU/dropout -> Dense(d) + fused
bias/dropout/residual. Prints the loss and throughput per step, then which fused ops the
training step contains and on which device their kernels run.
"""

import os
import time

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")

from absl import app, flags, logging  # noqa: E402
import tensorflow as tf  # noqa: E402
from tensorflow.python.framework import kernels  # noqa: E402

import lightseq_tf  # noqa: E402
from lightseq_tf import ops  # noqa: E402

FLAGS = flags.FLAGS
flags.DEFINE_integer("steps", 20, "Training steps.")
flags.DEFINE_integer("batch", 16, "Sequences per batch.")
flags.DEFINE_integer("seq_len", 32, "Tokens per sequence.")
flags.DEFINE_integer("d_model", 64, "Model width.")
flags.DEFINE_integer("layers", 2, "Number of blocks.")
flags.DEFINE_integer("vocab", 100, "Vocabulary size.")
flags.DEFINE_float("dropout", 0.1, "Dropout rate.")
flags.DEFINE_enum("precision", "auto", ["auto", "float32", "mixed_float16"],
                  "Keras policy; auto = mixed_float16 on GPU, float32 on CPU.")


class FusedFeedForward(tf.keras.layers.Layer):
    """x + dropout(W2 dropout(gelu(W1 LN(x) + b1)) + b2), with the bias/activation/dropout fused."""

    def __init__(self, d_model, rate, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate
        self.ln = lightseq_tf.layers.LayerNorm(epsilon=1e-6, name="ln")
        self.dense1 = tf.keras.layers.Dense(4 * d_model, use_bias=False, name="dense1")
        self.dense2 = tf.keras.layers.Dense(d_model, use_bias=False, name="dense2")

    def build(self, input_shape):
        d = input_shape[-1]
        self.b1 = self.add_weight("b1", [4 * d], initializer="zeros")
        self.b2 = self.add_weight("b2", [d], initializer="zeros")
        # Dropout offsets advance each step: reproducible masks without global RNG state.
        self.step = self.add_weight("dropout_step", [], tf.int64, initializer="zeros", trainable=False)
        super().build(input_shape)

    def call(self, x, training=False):
        rate = self.rate if training else 0.0
        if training:
            self.step.assign_add(1)
        h = ops.bias_act_dropout(self.dense1(self.ln(x)), tf.cast(self.b1, x.dtype), rate, "gelu",
                                 seed=1234, offset=2 * self.step)
        return ops.bias_dropout_residual(self.dense2(h), tf.cast(self.b2, x.dtype), x, rate,
                                         seed=1234, offset=2 * self.step + 1)


def build_model():
    tokens = tf.keras.Input([FLAGS.seq_len], dtype=tf.int32)
    x = tf.keras.layers.Embedding(FLAGS.vocab, FLAGS.d_model)(tokens)
    for i in range(FLAGS.layers):
        x = FusedFeedForward(FLAGS.d_model, FLAGS.dropout, name="block_%d" % i)(x)
    x = lightseq_tf.layers.LayerNorm(epsilon=1e-6, name="output_ln")(x)
    logits = tf.keras.layers.Dense(FLAGS.vocab, dtype="float32")(x)
    return tf.keras.Model(tokens, logits)


def main(_):
    gpu = bool(tf.config.list_physical_devices("GPU"))
    precision = FLAGS.precision if FLAGS.precision != "auto" else ("mixed_float16" if gpu else "float32")
    tf.keras.mixed_precision.set_global_policy(precision)
    logging.info("lightseq_tf %s, TensorFlow %s, device %s, precision %s",
                 lightseq_tf.__version__, tf.__version__, "GPU" if gpu else "CPU", precision)
    model = build_model()
    optimizer = tf.keras.optimizers.Adam(1e-3)
    if precision == "mixed_float16":
        optimizer = tf.keras.mixed_precision.LossScaleOptimizer(optimizer)
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)

    @tf.function
    def train_step(tokens):
        # Task: predict each token's successor (mod vocab).
        targets = (tokens + 1) % FLAGS.vocab
        with tf.GradientTape() as tape:
            loss = loss_fn(targets, model(tokens, training=True))
            scaled = optimizer.get_scaled_loss(loss) if precision == "mixed_float16" else loss
        grads = tape.gradient(scaled, model.trainable_variables)
        if precision == "mixed_float16":
            grads = optimizer.get_unscaled_gradients(grads)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    data = tf.random.stateless_uniform([FLAGS.steps, FLAGS.batch, FLAGS.seq_len], [1, 2], 0, FLAGS.vocab, tf.int32)
    tokens_per_step = FLAGS.batch * FLAGS.seq_len
    first = None
    for step in range(FLAGS.steps):
        start = time.perf_counter()
        loss = float(train_step(data[step]))
        elapsed = time.perf_counter() - start
        first = loss if first is None else first
        logging.info("step %d/%d  loss %.4f  %.0f tokens/s%s", step + 1, FLAGS.steps, loss,
                     tokens_per_step / elapsed, "  (includes tracing)" if step == 0 else "")

    graph = train_step.get_concrete_function(data[0]).graph
    counts = {}
    for op in graph.get_operations():
        if op.type.startswith("LightSeq>"):
            counts[op.type] = counts.get(op.type, 0) + 1
    for fn in graph._functions.values():  # gradient / cond bodies  # pylint: disable=protected-access
        for node in fn.definition.node_def:
            if node.op.startswith("LightSeq>"):
                counts[node.op] = counts.get(node.op, 0) + 1
    device = "GPU" if gpu else "CPU"
    print("\nFused ops in the training step (kernel device: %s):" % device)
    for name in sorted(counts):
        registered = sorted({k.device_type for k in kernels.get_registered_kernels_for_op(name).kernel})
        print("  %-34s x%d   kernels registered for %s" % (name, counts[name], ", ".join(registered)))
    print("loss %.4f -> %.4f over %d steps" % (first, loss, FLAGS.steps))
    if not loss < first:
        raise SystemExit("training did not reduce the loss")


if __name__ == "__main__":
    app.run(main)
