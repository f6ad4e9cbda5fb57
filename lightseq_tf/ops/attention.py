"""Attention building blocks: fused bias + head split (q, k, v or a subset), head merge, and
the attention softmax (key-padding bias, causal mask, dropout), each with a registered
gradient. Matrix products stay on TF's matmul (cuBLAS); `attention` composes them."""

import tensorflow as tf

from lightseq_tf import _loader
from lightseq_tf.ops import _checks


def _split_heads(x, bias, heads, parts, scale, pad_keys_to, with_seq, name, x_name):
    x = tf.convert_to_tensor(x)
    bias = tf.convert_to_tensor(bias)
    _checks.check_float(x, x_name)
    _checks.check_same_dtype(bias, x, "bias", x_name)
    if parts not in (1, 2, 3):
        raise _checks.invalid("parts must be 1, 2 or 3, got %r" % (parts,))
    if x.shape.rank is not None and x.shape.rank != 3:
        raise _checks.invalid("%s must have rank 3 [batch, T, parts * d], got shape %s" % (x_name, x.shape))
    if x.shape.rank is not None and x.shape[-1] is not None and x.shape[-1] % (parts * heads):
        raise _checks.invalid("%s must have a last dimension divisible by parts * heads = %d, got shape %s"
                              % (x_name, parts * heads, x.shape))
    if not isinstance(pad_keys_to, int) or pad_keys_to < 1:
        raise _checks.invalid("pad_keys_to must be a positive int, got %r" % (pad_keys_to,))
    out, seq = _loader.load().light_seq_split_heads(x, bias, parts=parts, heads=heads, scale=scale,
                                                    pad_keys_to=pad_keys_to, name=name)
    return tuple(out) + ((seq,) if with_seq else ())


def split_heads(x, bias, heads, parts, scale=1.0, pad_keys_to=1, with_seq=False, name=None):
    """(x + bias) [B, T, parts * d] -> `parts` tensors [B, heads, T, d / heads] (a tuple), the
    first multiplied by scale; parts is 1, 2 or 3 (e.g. q; k, v; q, k, v). The key and value
    parts (the last two of 2 or 3) get zero rows up to a multiple of pad_keys_to (T padded for
    aligned attention GEMMs: give attention_softmax the [B, T] key bias and, to check it, T as
    key_len). with_seq: T (an int32 scalar) follows the parts."""
    return _split_heads(x, bias, heads, parts, scale, pad_keys_to, with_seq, name, "x")


def qkv_split(qkv, bias, heads, q_scale=1.0, pad_keys_to=1, with_seq=False, name=None):
    """(qkv + bias) [B, T, 3d] -> q, k, v [B, heads, T, d / heads], q multiplied by q_scale, k and
    v with zero rows up to a multiple of pad_keys_to, and T if with_seq (as split_heads)."""
    return _split_heads(qkv, bias, heads, 3, q_scale, pad_keys_to, with_seq, name, "qkv")


def head_merge(x, name=None):
    """x [B, heads, T, H] -> [B, T, heads * H]; heads (dimension 1) must be static."""
    x = tf.convert_to_tensor(x)
    _checks.check_float(x, "x")
    if x.shape.rank != 4 or x.shape[1] is None:
        raise _checks.invalid("x must have rank 4 [batch, heads, T, H] with static heads, got shape %s" % x.shape)
    return _loader.load().light_seq_head_merge(x, heads=x.shape[1], name=name)


def attention_softmax(logits, key_bias=None, causal=False, rate=0.0, seed=0, offset=0, key_len=None, name=None):
    """dropout(softmax(logits + key_bias)) over the last axis of logits [B, heads, Tq, Tk].

    key_bias: float [B, Tb] added to every query's logits (e.g. padding * -1e9), or None (zeros,
    Tb = Tk). Tb may be less than Tk: the keys past Tb are padding (split_heads' pad_keys_to),
    masked out.
    causal: query q sees keys j <= q + Tb - Tq only (end-aligned, as in incremental decoding).
    key_len: None, or the keys before padding (an int32 scalar, e.g. split_heads' T), checked
    against Tb.
    Dropout follows the keep rule of `bias_act_dropout` on the element index.
    """
    logits = tf.convert_to_tensor(logits)
    _checks.check_float(logits, "logits")
    if logits.shape.rank is not None and logits.shape.rank != 4:
        raise _checks.invalid("logits must have rank 4 [batch, heads, queries, keys], got shape %s" % logits.shape)
    if key_bias is None:
        shape = tf.shape(logits)
        key_bias = tf.zeros(tf.stack([shape[0], shape[3]]), tf.float32)
    key_bias = tf.cast(key_bias, tf.float32)
    probs, _ = _loader.load().light_seq_attention_softmax(
        logits, key_bias, _checks.as_int64(seed, "seed"), _checks.as_int64(offset, "offset"),
        [] if key_len is None else [tf.cast(key_len, tf.int32)], causal=causal, rate=_checks.check_rate(rate),
        name=name)
    return probs


def attention(q, k, v, key_bias=None, causal=False, rate=0.0, seed=0, offset=0):
    """Scaled dot-product attention on head-major q [B, N, Tq, H], k, v [B, N, Tk, H] (q already
    scaled); returns the merged context [B, Tq, N * H]."""
    logits = tf.matmul(q, k, transpose_b=True)
    probs = attention_softmax(logits, key_bias, causal, rate, seed, offset)
    return head_merge(tf.matmul(probs, v))


@tf.RegisterGradient("LightSeq>SplitHeads")
def _split_heads_grad(op, *douts):
    outs, seq = op.outputs[:-1], op.outputs[-1]
    douts = [tf.zeros_like(t) if g is None else g for t, g in zip(outs, douts)]
    dx, dbias = _loader.load().light_seq_split_heads_grad(
        douts, seq, heads=op.get_attr("heads"), scale=op.get_attr("scale"))
    return dx, dbias


@tf.RegisterGradient("LightSeq>HeadMerge")
def _head_merge_grad(op, dy):
    return _loader.load().light_seq_head_merge_grad(dy, heads=op.get_attr("heads"))


@tf.RegisterGradient("LightSeq>AttentionSoftmax")
def _attention_softmax_grad(op, dprobs, _dsoftmax):
    rate = op.get_attr("rate")
    seed, offset = op.inputs[2:4]
    probs, softmax = op.outputs
    dlogits = _loader.load().light_seq_attention_softmax_grad(
        dprobs, softmax if rate > 0 else probs, seed, offset, rate=rate)
    return [dlogits] + [None] * (len(op.inputs) - 1)
