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


def update_loss_scale(loss_scale, all_finite):
    """A dynamic loss scale's update (tf.keras's _DynamicLossScaleState.update) as tf.where on
    the device, not tf.cond on a flag copied to the host: after `growth_steps` finite steps in a
    row the scale grows by `multiplier` (if that stays finite); a non-finite step divides it
    (down to 1) and restarts the count."""
    counter, scale = loss_scale.counter, loss_scale.current_loss_scale
    next_count = counter + 1
    grow = next_count >= loss_scale.growth_steps
    grown = scale * loss_scale.multiplier
    new_scale = tf.where(all_finite, tf.where(grow & tf.math.is_finite(grown), grown, scale),
                         tf.maximum(scale / loss_scale.multiplier, 1.0))
    new_count = tf.where(all_finite & tf.logical_not(grow), next_count, tf.zeros_like(next_count))
    return tf.group(scale.assign(new_scale), counter.assign(new_count))


def sync_free_apply_gradients(optimizer, is_all_finite, on_first_use):
    """An apply_gradients for a tf.keras LossScaleOptimizer over lightseq_tf's Adam with a dynamic
    loss scale and one replica: the step is skipped on non-finite gradients by Adam's
    `updates_only_if` and the loss scale updated by `update_loss_scale`, both on the device.
    Stock Keras decides both with tf.cond, whose predicate the host must read back: it waited
    for the GPU to finish every step's backward pass before it could queue the update and the
    next step. is_all_finite(grads) gives the flag (NeurST's check). Anything else (other
    optimizers or loss scales, several replicas, a strategy without merge_call (XLA-compiled
    replicas), gradients Adam cannot fuse) takes the stock path."""
    from tf_keras.src.mixed_precision import loss_scale_optimizer as lso  # noqa: PLC0415
    from tf_keras.src.optimizers import utils as optimizer_utils  # noqa: PLC0415

    stock = type(optimizer).apply_gradients

    def eligible(inner, grads_and_vars):
        strategy = tf.distribute.get_strategy()
        return (isinstance(inner, optimizers.Adam) and isinstance(optimizer._loss_scale, lso._DynamicLossScaleState)
                and strategy.num_replicas_in_sync == 1 and not tf.distribute.in_cross_replica_context()
                and (not tf.distribute.has_strategy()
                     or not tf.__internal__.distribute.strategy_supports_no_merge_call())
                and all(inner._fusable(g, v) for g, v in grads_and_vars if g is not None))

    def apply_gradients(grads_and_vars, name=None, experimental_aggregate_gradients=True):
        grads_and_vars = tuple(grads_and_vars)
        inner = optimizer.inner_optimizer
        if not eligible(inner, grads_and_vars):
            return stock(optimizer, grads_and_vars, name, experimental_aggregate_gradients)
        on_first_use()
        lso._maybe_warn_about_scaling(optimizer._loss_has_been_scaled, optimizer._gradients_have_been_unscaled)
        grads_and_vars = optimizer_utils.filter_empty_gradients(grads_and_vars)
        if experimental_aggregate_gradients:
            grads_and_vars = inner._aggregate_gradients(inner._transform_unaggregated_gradients(grads_and_vars))
        grads = [g for g, _ in grads_and_vars]
        # As in the stock class: the variables travel wrapped, so that a strategy hands the
        # optimizer its (mirrored) variables.
        wrapped_vars = lso._UnwrapPreventer([v for _, v in grads_and_vars])

        def apply_replica(grads, wrapped_vars):
            return inner.apply_gradients(list(zip(grads, wrapped_vars.value)), name=name,
                                         experimental_aggregate_gradients=False)

        def skip_or_apply(grads, apply):
            all_finite = is_all_finite(grads)
            with inner.updates_only_if(all_finite):
                applied = apply()
            return tf.group(applied, update_loss_scale(optimizer._loss_scale, all_finite))

        def apply_cross_replica(distribution, grads, wrapped_vars):
            return skip_or_apply(grads, lambda: distribution.extended.call_for_each_replica(
                apply_replica, args=(grads, wrapped_vars)))

        if not tf.distribute.has_strategy():
            return skip_or_apply(grads, lambda: apply_replica(grads, wrapped_vars))
        # A strategy's variables are updated in a cross-replica context, as in the stock class.
        return tf.distribute.get_replica_context().merge_call(apply_cross_replica, args=(grads, wrapped_vars))

    apply_gradients.__doc__ = stock.__doc__
    return apply_gradients
