"""Transformer encoder/decoder layers on the fused ops, with NeurST's variables and behaviour.

`TransformerEncoderLayer` and `TransformerDecoderLayer` take NeurST's constructor arguments and
call signatures and create exactly NeurST's variables (names, shapes, float32 dtypes), e.g.
`<layer>/self_attention_prepost_wrapper/self_attention/qkv_transform/kernel` of shape [d, 3d],
so checkpoints move freely between them and NeurST's `neurst.layers.transformer_layers`.
They also work in any tf.keras model:

    layer = TransformerEncoderLayer(hidden_size=512, num_attention_heads=8, filter_size=2048)
    y = layer(x, x_bias=padding * -1e9, is_training=True)   # x [B, T, 512], padding [B, T]

Dropout masks come from Philox keyed by (seed, offset): `seed` defaults to a hash of the layer
name, and the offset advances with a per-layer step counter that is not a checkpointed variable.
"""

import os
import zlib

import tensorflow as tf

from lightseq_tf.layers.layer_norm import LayerNorm
from lightseq_tf.ops.attention import attention_softmax, head_merge, qkv_split, split_heads
from lightseq_tf.ops.dropout import bias_act_dropout, bias_dropout_residual
from lightseq_tf.ops.multi_tensor import multi_tensor_cast

# NeurST activation names -> fused activation.
ACTIVATIONS = {"relu": "relu", "gelu": "gelu_tanh", "gelu_approx": "gelu_tanh", "gelu_nonapprox": "gelu"}
# Dropout sites per layer call; offsets are step * _SITES + site.
_SITES = 8
# Keys and values are padded to a multiple of this many rows (zeros, masked by the softmax) so that
# the attention GEMMs run aligned kernels at any sequence length; LIGHTSEQ_TF_KEY_PAD=1 turns it off
# (for benchmarks' before / after).
_KEY_PAD = int(os.environ.get("LIGHTSEQ_TF_KEY_PAD", "8"))


def _norm_policy():
    """float32 variables (as NeurST's `dtype="float32"` LayerNorm) with the global compute dtype."""
    compute = tf.keras.mixed_precision.global_policy().compute_dtype
    return {"float16": "mixed_float16", "bfloat16": "mixed_bfloat16"}.get(compute, "float32")


def _token_major(x):
    """[B, heads, T, H] <-> [B, T, heads, H] (NeurST's cache layout)."""
    return tf.transpose(x, [0, 2, 1, 3])


def _key_pad(bias):
    """Rows to pad keys to for a NeurST-style bias: _KEY_PAD where the softmax can mask the padding
    (no bias, or a [B, Tk] key bias), else 1."""
    return _KEY_PAD if bias is None or bias.shape.rank == 2 else 1


def _attend(q, k, v, bias, causal, rate, seed, offset, key_len=None):
    """Attention on head-major q (scaled), k, v with a NeurST-style bias: None, [B, Tk] (key
    padding, fused) or any shape broadcastable to [B, heads, Tq, Tk] (added to the logits). k and
    v may have padding rows past key_len (then bias is [B, key_len])."""
    # Einsum rather than tf.matmul: same batched GEMMs, but its gradient has no broadcasting
    # bookkeeping (shape slices, BroadcastGradientArgs, sums, reshapes).
    logits = tf.einsum("bhqd,bhkd->bhqk", q, k)
    key_bias = None
    if bias is not None and bias.shape.rank == 2:
        key_bias = bias
    elif bias is not None:
        logits += tf.cast(bias, logits.dtype)
    probs = attention_softmax(logits, key_bias, causal, rate, seed, offset, key_len)
    return head_merge(tf.einsum("bhqk,bhkd->bhqd", probs, v))


class _Projection(tf.keras.layers.Layer):
    """`kernel` [input_dim, units] and `bias` [units]; returns x @ kernel (the caller fuses the bias)."""

    # (kernel, bias) already cast for the running layer call (_TransformerLayerBase._with_cast_weights).
    cast_weights = None

    def __init__(self, units, name):
        super().__init__(name=name)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", [input_shape[-1], self.units], initializer="glorot_uniform")
        self.bias = self.add_weight("bias", [self.units], initializer="zeros")
        super().build(input_shape)

    def _weight(self, index, dtype):
        if self.cast_weights is not None and self.cast_weights[index].dtype == dtype:
            return self.cast_weights[index]
        return tf.cast((self.kernel, self.bias)[index], dtype)

    def call(self, x):
        return tf.einsum("abc,cd->abd", x, self._weight(0, x.dtype))

    def bias_as(self, y):
        """The bias in the dtype of this projection's output y."""
        return self._weight(1, y.dtype)


class _SelfAttention(tf.keras.layers.Layer):
    """NeurST's MultiHeadSelfAttention: fused QKV projection, returns (output without bias, bias)."""

    def __init__(self, num_heads, num_units, attention_dropout_rate, causal, name="self_attention"):
        super().__init__(name=name)
        self.num_heads, self.num_units = num_heads, num_units
        self.dropout_rate, self.causal = attention_dropout_rate, causal
        self.output_transform = _Projection(num_units, "output_transform")

    def build(self, input_shape):
        self.qkv_transform = _Projection(3 * self.num_units, "qkv_transform")
        super().build(input_shape)

    def call(self, x, bias, cache, is_training, seed, offset, decode_loop_step=None):
        head_dim = self.num_units // self.num_heads
        qkv = self.qkv_transform(x)
        pad = 1 if cache is not None else _key_pad(bias)
        q, k, v, seq = qkv_split(qkv, self.qkv_transform.bias_as(qkv), self.num_heads, head_dim ** -0.5, pad,
                                 with_seq=True)
        if cache is not None:
            k, v = _update_self_attention_cache(cache, k, v, decode_loop_step)
        elif bias is None:  # the real keys (all visible but for the causal mask) and the padding
            bias = tf.zeros(tf.shape(x)[:2], tf.float32)
        rate = self.dropout_rate if is_training else 0.0
        context = _attend(q, k, v, bias, self.causal, rate, seed, offset, seq if pad > 1 else None)
        y = self.output_transform(context)
        return y, self.output_transform.bias_as(y)


def _update_self_attention_cache(cache, k, v, decode_loop_step):
    """Appends this step's keys/values to NeurST's cache ([B, t, heads, H]); returns all of them
    head-major. With decode_loop_step the cache has a static length and is filled in place."""
    new_k, new_v = _token_major(k), _token_major(v)
    if decode_loop_step is None:
        cache["keys"] = tf.concat([cache["keys"], new_k], axis=1)
        cache["values"] = tf.concat([cache["values"], new_v], axis=1)
        return _token_major(cache["keys"]), _token_major(cache["values"])
    size = cache["keys"].shape[1]
    at = tf.reshape(tf.one_hot(decode_loop_step, size, dtype=new_k.dtype), [1, size, 1, 1])
    cache["keys"] = cache["keys"] + new_k * at
    cache["values"] = cache["values"] + new_v * at
    return (_token_major(cache["keys"][:, :decode_loop_step + 1]),
            _token_major(cache["values"][:, :decode_loop_step + 1]))


class _CrossAttention(tf.keras.layers.Layer):
    """NeurST's MultiHeadAttention (encoder-decoder): returns (output without bias, bias)."""

    def __init__(self, num_heads, num_units, attention_dropout_rate, name="encdec_attention"):
        super().__init__(name=name)
        self.num_heads, self.num_units = num_heads, num_units
        self.dropout_rate = attention_dropout_rate
        self.output_transform = _Projection(num_units, "output_transform")

    def build(self, input_shape):
        self.q_transform = _Projection(self.num_units, "q_transform")
        self.kv_transform = _Projection(2 * self.num_units, "kv_transform")
        super().build(input_shape)

    def compute_kv(self, memory):
        """Memory keys and values in NeurST's layout [B, Tm, heads, H]."""
        kv = self.kv_transform(memory)  # float32 memory (NeurST's encoder output) is autocast
        kv += self.kv_transform.bias_as(kv)
        shape = tf.shape(kv)
        k, v = tf.split(tf.reshape(kv, [shape[0], shape[1], 2, self.num_heads, self.num_units // self.num_heads]), 2, 2)
        return tf.squeeze(k, 2), tf.squeeze(v, 2)

    def call(self, x, memory, memory_bias, cache, is_training, seed, offset):
        head_dim = self.num_units // self.num_heads
        q = self.q_transform(x)
        (q,) = split_heads(q, self.q_transform.bias_as(q), self.num_heads, 1, head_dim ** -0.5)
        seq = None
        if cache is not None:
            k, v = (_token_major(tf.cast(cache[name], q.dtype)) for name in ("keys", "values"))
        else:  # keys and values straight to the head-major layout (no token-major copy)
            kv = self.kv_transform(memory)
            pad = _key_pad(memory_bias) if memory_bias is not None else 1
            k, v, seq = split_heads(kv, self.kv_transform.bias_as(kv), self.num_heads, 2, pad_keys_to=pad,
                                    with_seq=True)
            seq = seq if pad > 1 else None
        rate = self.dropout_rate if is_training else 0.0
        context = _attend(q, k, v, memory_bias, False, rate, seed, offset, seq)
        y = self.output_transform(context)
        return y, self.output_transform.bias_as(y)


class _FFN(tf.keras.layers.Layer):
    """NeurST's TransformerFFN with the dense1 bias, activation and dropout fused."""

    def __init__(self, filter_size, output_size, dropout_rate, activation, name="ffn"):
        super().__init__(name=name)
        self.dropout_rate, self.activation = dropout_rate, activation
        self.dense1 = _Projection(filter_size, "dense1")
        self.dense2 = _Projection(output_size, "dense2")

    def call(self, x, is_training, seed, offset):
        h = self.dense1(x)
        h = bias_act_dropout(h, self.dense1.bias_as(h), self.dropout_rate if is_training else 0.0, self.activation,
                             seed, offset)
        y = self.dense2(h)
        return y, self.dense2.bias_as(y)


class _PrePostProcessingWrapper(tf.keras.layers.Layer):
    """NeurST's "n - layer - da" wrapper (or "layer - dan" post-norm), with the sublayer's output
    bias, the dropout and the residual add fused."""

    def __init__(self, layer, dropout_rate, epsilon, pre_norm, name):
        super().__init__(name=name)
        self.layer, self.dropout_rate, self.epsilon, self.pre_norm = layer, dropout_rate, epsilon, pre_norm

    def build(self, input_shape):
        self.ln = LayerNorm(epsilon=self.epsilon, dtype=_norm_policy(), name="ln")
        super().build(input_shape)

    def call(self, inputs, *args, is_training, seed, offset, **kwargs):
        residual = inputs
        if self.pre_norm:
            # The skip connection reads the LayerNorm's pass-through output: the stream's two
            # gradients are then summed in the LayerNorm backward kernel.
            normed, residual = self.ln(inputs, return_input=True)
        y, bias = self.layer(normed if self.pre_norm else inputs, *args, is_training=is_training, seed=seed,
                             offset=offset, **kwargs)
        rate = self.dropout_rate if is_training else 0.0
        out = bias_dropout_residual(y, bias, tf.cast(residual, y.dtype), rate, seed, offset + 1)
        return out if self.pre_norm else self.ln(out)


class _TransformerLayerBase(tf.keras.layers.Layer):
    """Shared constructor, config and dropout (seed, offset) bookkeeping."""

    def __init__(self, hidden_size, num_attention_heads, filter_size, ffn_activation="relu",
                 attention_dropout_rate=0., attention_type="dot_product", ffn_dropout_rate=0.,
                 layer_postprocess_dropout_rate=0., layer_postprocess_epsilon=1e-6, post_normalize=False,
                 seed=None, name=None, **kwargs):
        super().__init__(name=name, **kwargs)
        if hidden_size % num_attention_heads:
            raise ValueError("hidden_size (%d) must be divisible by num_attention_heads (%d)"
                             % (hidden_size, num_attention_heads))
        if ffn_activation not in ACTIVATIONS:
            raise ValueError("ffn_activation must be one of %s, got %r" % (sorted(ACTIVATIONS), ffn_activation))
        if attention_type != "dot_product":
            raise ValueError("attention_type must be 'dot_product', got %r" % (attention_type,))
        self._config = dict(
            hidden_size=hidden_size, num_attention_heads=num_attention_heads, filter_size=filter_size,
            ffn_activation=ffn_activation, attention_dropout_rate=attention_dropout_rate,
            attention_type=attention_type, ffn_dropout_rate=ffn_dropout_rate,
            layer_postprocess_dropout_rate=layer_postprocess_dropout_rate,
            layer_postprocess_epsilon=layer_postprocess_epsilon, post_normalize=post_normalize, seed=seed)
        self._seed = seed

    def get_config(self):
        return dict(super().get_config(), **self._config)

    def _wrap(self, layer, name):
        c = self._config
        return _PrePostProcessingWrapper(layer, c["layer_postprocess_dropout_rate"], c["layer_postprocess_epsilon"],
                                         not c["post_normalize"], name)

    def _ffn(self):
        c = self._config
        return self._wrap(_FFN(c["filter_size"], c["hidden_size"], c["ffn_dropout_rate"],
                               ACTIVATIONS[c["ffn_activation"]]), "ffn_prepost_wrapper")

    def build(self, input_shape):
        if self._seed is None:
            self._seed = zlib.crc32(self.name.encode())
        # Untracked (not a checkpointed variable): the layer's variables stay exactly NeurST's.
        with tf.init_scope():
            object.__setattr__(self, "_dropout_step", tf.Variable(
                0, dtype=tf.int64, trainable=False, name="dropout_step",
                aggregation=tf.VariableAggregation.ONLY_FIRST_REPLICA))
        super().build(input_shape)

    def _self_attention_cache(self, length):
        """NeurST's per-layer self-attention cache: keys/values [length, heads, head_dim] (no batch)."""
        c = self._config
        shape = [length, c["num_attention_heads"], c["hidden_size"] // c["num_attention_heads"]]
        dtype = tf.keras.mixed_precision.global_policy().compute_dtype
        return {"self_attention": {"keys": tf.zeros(shape, dtype), "values": tf.zeros(shape, dtype)}}

    @tf.autograph.experimental.do_not_convert
    def _with_cast_weights(self, fn):
        """fn(), with every projection weight of the layer cast to the compute dtype by one op
        under mixed precision (and their gradients cast back by one), instead of one cast per
        variable each way."""
        dtype = tf.as_dtype(self.compute_dtype)
        projections = [m for m in self.submodules if isinstance(m, _Projection) and m.built]
        if dtype == tf.float32 or not projections:
            return fn()
        # The float32 variables behind mixed precision's AutoCastVariables.
        weights = [tf.convert_to_tensor(getattr(w, "_variable", w)) for p in projections for w in (p.kernel, p.bias)]
        cast = multi_tensor_cast(weights, dtype)
        try:
            for i, p in enumerate(projections):
                object.__setattr__(p, "cast_weights", (cast[2 * i], cast[2 * i + 1]))
            return fn()
        finally:
            for p in projections:
                object.__setattr__(p, "cast_weights", None)

    def _check_input(self, x):
        d = self._config["hidden_size"]
        if x.shape.rank != 3 or x.shape[-1] != d:
            raise ValueError("%s: x must have shape [batch, length, %d], got %s" % (self.name, d, x.shape))

    def _dropout_key(self, is_training):
        """(seed, base offset) of this call's dropout sites: a new offset for each training call,
        and the replica id in the seed's upper 32 bits so that the replicas of a distributed step
        draw different masks."""
        if not is_training:
            return self._seed, tf.constant(0, tf.int64)
        offset = self._dropout_step.assign_add(1) * _SITES
        replica = tf.distribute.get_replica_context()
        replica_id = 0 if replica is None else replica.replica_id_in_sync_group
        if isinstance(replica_id, int) and replica_id == 0:
            return self._seed, offset
        return tf.cast(replica_id, tf.int64) * (1 << 32) + self._seed, offset


@tf.keras.utils.register_keras_serializable(package="lightseq_tf")
class TransformerEncoderLayer(_TransformerLayerBase):
    """One Transformer encoder layer (self-attention + FFN), NeurST-compatible.

    Args: as NeurST's TransformerEncoderLayer (hidden_size, num_attention_heads, filter_size,
    ffn_activation in relu/gelu/gelu_approx/gelu_nonapprox, attention_dropout_rate,
    attention_type="dot_product", ffn_dropout_rate, layer_postprocess_dropout_rate,
    layer_postprocess_epsilon, post_normalize), plus `seed` for dropout (default: from the name).
    Call: layer(x [B, T, d], x_bias [B, T] (padding * -1e9) or None, cache=None, is_training=True).
    """

    def build(self, input_shape):
        c = self._config
        self._selfatt_layer = self._wrap(
            _SelfAttention(c["num_attention_heads"], c["hidden_size"], c["attention_dropout_rate"], causal=False),
            "self_attention_prepost_wrapper")
        self._ffn_layer = self._ffn()
        super().build(input_shape)

    def call(self, x, x_bias, cache=None, is_training=True):
        self._check_input(x)
        seed, offset = self._dropout_key(is_training)

        def layers():
            y = self._selfatt_layer(x, x_bias, None if cache is None else cache["self_attention"],
                                    is_training=is_training, seed=seed, offset=offset)
            return self._ffn_layer(y, is_training=is_training, seed=seed, offset=offset + 2)
        return self._with_cast_weights(layers)

    def create_internal_cache(self):
        return self._self_attention_cache(0)


@tf.keras.utils.register_keras_serializable(package="lightseq_tf")
class TransformerDecoderLayer(_TransformerLayerBase):
    """One Transformer decoder layer (causal self-attention, encoder-decoder attention, FFN),
    NeurST-compatible, with NeurST's incremental-decoding cache.

    Args: as TransformerEncoderLayer plus `with_cross_attention` (default True).
    Call: layer(x [B, T, d], x_bias, cache, memory=None, memory_bias=None, is_training=True,
    decode_loop_step=None). Self-attention is always causal (end-aligned, as NeurST's decoder
    bias); x_bias may be NeurST's lower-triangle bias (already implied), None, or a [B, T] key
    padding bias. memory_bias: [B, Tm] padding bias, or any bias broadcastable to the logits.
    """

    def __init__(self, *args, with_cross_attention=True, **kwargs):
        super().__init__(*args, **kwargs)
        self._config["with_cross_attention"] = with_cross_attention

    def build(self, input_shape):
        c = self._config
        self._selfatt_layer = self._wrap(
            _SelfAttention(c["num_attention_heads"], c["hidden_size"], c["attention_dropout_rate"], causal=True),
            "self_attention_prepost_wrapper")
        if c["with_cross_attention"]:
            self._crossatt_layer = self._wrap(
                _CrossAttention(c["num_attention_heads"], c["hidden_size"], c["attention_dropout_rate"]),
                "encdec_attention_prepost_wrapper")
        self._ffn_layer = self._ffn()
        super().build(input_shape)

    def memorize_memory(self, memory):
        """Cross-attention keys/values of the encoder output, as NeurST's cache["memory"]."""
        if not self._config["with_cross_attention"]:
            raise ValueError("No need to call memorize memory without cross attention.")
        k, v = self._crossatt_layer.layer.compute_kv(memory)
        return {"memory": {"keys": k, "values": v}}

    def create_decoding_internal_cache(self, decode_padded_length=None):
        return self._self_attention_cache(decode_padded_length or 0)

    def call(self, x, x_bias, cache, memory=None, memory_bias=None, is_training=True, decode_loop_step=None):
        self._check_input(x)
        seed, offset = self._dropout_key(is_training)
        self_bias = x_bias if x_bias is not None and x_bias.shape.rank == 2 else None

        def layers():
            y = self._selfatt_layer(x, self_bias, None if cache is None else cache["self_attention"],
                                    decode_loop_step=decode_loop_step, is_training=is_training, seed=seed,
                                    offset=offset)
            if self._config["with_cross_attention"]:
                y = self._crossatt_layer(y, memory, memory_bias, None if cache is None else cache.get("memory"),
                                         is_training=is_training, seed=seed, offset=offset + 2)
            return self._ffn_layer(y, is_training=is_training, seed=seed, offset=offset + 4)
        return self._with_cast_weights(layers)
