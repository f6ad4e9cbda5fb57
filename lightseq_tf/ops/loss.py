"""Fused label-smoothed cross-entropy over logits (log-softmax, smoothing and gradient in one
pass each way), as NeurST's `label_smoothed_cross_entropy` criterion computes it per token."""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def label_smoothed_cross_entropy(logits, labels, smoothing=0.0, name=None):
    """Per-token loss (float32, shaped like labels) of logits [..., V] against labels [...].

    The target puts 1 - smoothing on the label and smoothing / (V - 1) on every other class;
    the target's entropy is subtracted (0 for a perfect prediction), as in NeurST. Padding is
    the caller's: multiply by weights. Logits may be float16/bfloat16 (math is float32).
    labels outside [0, V) raise InvalidArgumentError.
    """
    logits = tf.convert_to_tensor(logits)
    labels = tf.convert_to_tensor(labels)
    _checks.check_float(logits, "logits")
    _checks.check_integer(labels, "labels")
    if not 0.0 <= float(smoothing) < 1.0:
        raise _checks.invalid("smoothing must be in [0, 1), got %r" % (smoothing,))
    check = _checks.in_range_check(labels, tf.shape(logits, out_type=labels.dtype)[-1], "labels",
                                   "the logits' last dimension")
    with tf.control_dependencies([check]):
        loss, _ = _loader.load().light_seq_label_smoothed_cross_entropy(
            logits, labels, smoothing=float(smoothing), name=name
        )
    return loss


@tf.RegisterGradient("LightSeq>LabelSmoothedCrossEntropy")
def _label_smoothed_cross_entropy_grad(op, dloss, _dlse):
    logits, labels = op.inputs
    dlogits = _loader.load().light_seq_label_smoothed_cross_entropy_grad(
        dloss, logits, labels, op.outputs[1], smoothing=op.get_attr("smoothing")
    )
    return dlogits, None
