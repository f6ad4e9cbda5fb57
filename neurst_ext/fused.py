"""NeurST pieces rebuilt on lightseq_tf's fused ops: the sinusoid embedding modality, the shared
softmax, the label-smoothed cross-entropy criterion, Adam and the loss scaling of mixed
precision. Each keeps NeurST's variables, slots and results; `neurst_ext.substitute` puts them
in place."""

import tensorflow as tf

from lightseq_tf import ops
from lightseq_tf.ops import _checks
from lightseq_tf import optimizers


def raw_variable(weight):
    """The stored (float32) variable behind a mixed-precision AutoCastVariable."""
    return getattr(weight, "_variable", weight)


def position_embedding_wrapper(stock_cls, word_embedding_cls, on_first_use, on_first_softmax):
    """A subclass of NeurST's PositionEmbeddingWrapper whose training-time call (sinusoids, ids
    [batch, length]) is one fused op: table[ids] * sqrt(dim) + timing signal, and whose "linear"
    mode (the shared softmax) is shared_softmax(). Other calls (step-wise decoding with `time`,
    learned positions, quantization) and the first call, which builds NeurST's variables under
    their usual names, run the stock code."""

    class PositionEmbeddingWrapper(stock_cls):
        __doc__ = stock_cls.__doc__

        def _softmax_fusable(self, inputs, kwargs):
            layer = self._embedding_layer
            return (kwargs.get("mode", "embedding") == "linear" and type(layer) is word_embedding_cls
                    and layer.built and not layer.enable_quant and inputs.shape.rank is not None
                    and inputs.shape[-1] == layer._embedding_dim)  # pylint: disable=protected-access

        def _fusable(self, inputs, time, kwargs):
            layer = self._embedding_layer
            return (self._timing == "sinusoids" and not self._sinusoids_as_variable
                    and kwargs.get("mode", "embedding") == "embedding" and time is None
                    and type(layer) is word_embedding_cls and layer.built and not layer.enable_quant
                    and inputs.shape.rank == 2 and self._embedding_dim >= 4)

        def call(self, inputs, time=None, **kwargs):
            if self._softmax_fusable(inputs, kwargs):
                on_first_softmax()
                return shared_softmax(inputs, self._embedding_layer)
            if not self._fusable(inputs, time, kwargs):
                return super().call(inputs, time=time, **kwargs)
            on_first_use()
            layer = self._embedding_layer
            return ops.embedding(inputs, raw_variable(layer._shared_weights),  # pylint: disable=protected-access
                                 scale=self._embedding_dim ** 0.5, sinusoids=True, dtype=self.compute_dtype)

    PositionEmbeddingWrapper.__qualname__ = stock_cls.__qualname__
    return PositionEmbeddingWrapper


def shared_softmax(x, layer):
    """NeurST's WordEmbeddingSharedWeights logits (x @ table^T + bias, [..., vocab]) with the
    vocabulary padded to a multiple of 8 inside the matmul, and the bias added and the padding
    dropped by one fused op. A vocab file plus NeurST's 3 special tokens rarely has an aligned
    size; cuBLAS then falls back to unaligned kernels that run 4-6x slower on [tokens, vocab]
    logits, and a separate slice, bias add and their gradients cost four passes over them."""
    vocab, dim = layer._vocab_size, layer._embedding_dim  # pylint: disable=protected-access
    table = tf.cast(raw_variable(layer._shared_weights), x.dtype)  # pylint: disable=protected-access
    padding = -vocab % 8
    if padding:
        table = tf.pad(table, [[0, padding], [0, 0]])
    logits = tf.matmul(tf.reshape(x, [-1, dim]), table, transpose_b=True)
    if layer._bias is not None:  # pylint: disable=protected-access
        logits = ops.slice_bias_add(logits, tf.cast(raw_variable(layer._bias), x.dtype))  # pylint: disable=protected-access
    elif padding:
        logits = logits[:, :vocab]
    return tf.reshape(logits, tf.concat([tf.shape(x)[:-1], [vocab]], axis=0))


class TokenLoss(tf.keras.layers.Layer):
    """Per-token label-smoothed cross-entropy as a Keras layer, so NeurST can apply its criterion
    to the symbolic inputs of a functional model; logits are taken in their own dtype."""

    def __init__(self, smoothing, **kwargs):
        super().__init__(autocast=False, dtype="float32", **kwargs)
        self._smoothing = smoothing

    def call(self, logits, labels):  # pylint: disable=arguments-differ
        return ops.label_smoothed_cross_entropy(logits, labels, self._smoothing)


def label_smoothed_cross_entropy_call(stock_call, input_length_to_nonpadding, on_first_use):
    """NeurST's LabelSmoothedCrossEntropy.__call__ with the [batch, length, vocab] work in one
    fused op per direction (no float32 copy of the logits, no one-hot targets); padding weights,
    sums and counts as NeurST computes them."""

    def __call__(self, model_inp, model_out):
        logits = model_out["logits"] if isinstance(model_out, dict) else model_out
        labels = model_inp.get("trg") if isinstance(model_inp, dict) else None
        if (not tf.is_tensor(logits) or logits.shape.rank != 3 or labels is None
                or not tf.as_dtype(labels.dtype).is_integer):
            return stock_call(self, model_inp, model_out)
        on_first_use()
        with tf.name_scope("loss"):
            xentropy = TokenLoss(self._label_smoothing)(logits, labels)  # pylint: disable=protected-access
            padding = model_inp.get("trg_padding", None)
            if padding is None:
                padding = model_inp.get("padding", None)
            length = model_inp.get("trg_length", None)
            if length is None:
                length = model_inp.get("length", None)
            if padding is None:
                weights = input_length_to_nonpadding(length, tf.shape(labels)[1], tf.float32)
            else:
                weights = tf.cast(1 - padding, tf.float32)
            if model_inp.get("mask", None) is not None:
                weights = weights * tf.cast(model_inp["mask"], tf.float32)
            nll_sum = tf.reduce_sum(xentropy * weights, axis=1)
            n_samples = tf.cast(tf.expand_dims(tf.shape(labels)[0], axis=0), dtype=tf.float32)
            n_tokens = tf.reduce_sum(weights, axis=1)
            return nll_sum, n_samples, n_tokens

    __call__.__doc__ = stock_call.__doc__
    return __call__


def adam(on_first_use):
    """lightseq_tf.optimizers.Adam, calling on_first_use() when it first applies gradients."""

    class Adam(optimizers.Adam):
        __doc__ = optimizers.Adam.__doc__

        def _distributed_apply(self, distribution, grads_and_vars, apply_state, name):
            on_first_use()
            return super()._distributed_apply(distribution, grads_and_vars, apply_state, name)

    return Adam


SCALE_OP = "LightSeq>MultiTensorScale"


def unscaled_gradients(optimizer, on_first_use):
    """A get_unscaled_gradients for a tf.keras LossScaleOptimizer: the dense float gradients of
    each dtype are unscaled (and checked for Inf/NaN) by one multi_tensor_unscale op instead of
    one multiply per variable; others take the stock per-gradient path."""
    stock = type(optimizer).get_unscaled_gradients

    def get_unscaled_gradients(grads):
        grads = list(grads)
        dense = {}
        for i, g in enumerate(grads):
            if tf.is_tensor(g) and not isinstance(g, tf.IndexedSlices) and g.dtype in _checks.FLOAT_DTYPES:
                dense.setdefault(g.dtype, []).append(i)
        if not dense:
            return stock(optimizer, grads)
        on_first_use()
        fused = {i for indices in dense.values() for i in indices}
        rest = stock(optimizer, [None if i in fused else g for i, g in enumerate(grads)])
        reciprocal = 1.0 / optimizer.loss_scale
        for indices in dense.values():
            unscaled, _ = ops.multi_tensor_unscale([grads[i] for i in indices], reciprocal)
            for i, g in zip(indices, unscaled):
                rest[i] = g
        return rest

    return get_unscaled_gradients


def _unscale_source(tensor):
    """The MultiTensorScale op that produced tensor (through Identity/IdentityN ops, as the
    optimizer's gradient aggregation adds them), or None."""
    while hasattr(tensor, "op") and tensor.op.type in ("Identity", "IdentityN"):
        tensor = tensor.op.inputs[tensor.value_index]
    op = getattr(tensor, "op", None)
    return op if op is not None and op.type == SCALE_OP else None


def is_all_finite(stock):
    """NeurST's loss-scale finiteness check: when every gradient came out of
    multi_tensor_unscale, the ops' own all_finite outputs (no per-gradient IsFinite, cast and
    sum); otherwise the stock check."""

    def _refactor_is_all_finite(grads):
        grads = [g for g in grads if g is not None]
        sources = [_unscale_source(g) for g in grads] if not tf.executing_eagerly() else [None]
        if not grads or any(op is None for op in sources):
            return stock(grads)
        flags = list({op.name: op.outputs[-1] for op in sources}.values())
        return flags[0] if len(flags) == 1 else tf.reduce_all(tf.stack(flags))

    _refactor_is_all_finite.__doc__ = stock.__doc__
    return _refactor_is_all_finite
