"""Attention CUDA launchers called directly (pybind11 + CuPy) against NumPy references."""

import numpy as np
import pytest

from lightseq_tf import kernels
from tests.philox_reference import expected_keep_mask, keep_at

cp = pytest.importorskip("cupy")
try:
    k = kernels.load()
    cp.cuda.runtime.getDeviceCount()
except (ImportError, cp.cuda.runtime.CUDARuntimeError) as e:
    pytest.skip(str(e), allow_module_level=True)

DTYPES = {"float32": (np.float32, 1e-5), "float16": (np.float16, 2e-3)}


def ok(status):
    assert status == 0, k.status_string(status)
    cp.cuda.runtime.deviceSynchronize()


@pytest.mark.parametrize("dtype", list(DTYPES))
@pytest.mark.parametrize("head_dim", [3, 8, 64])
@pytest.mark.parametrize("key_seq", [17, 24])
def test_split_and_merge_heads(dtype, head_dim, key_seq):
    """q, k, v and back; at key_seq 24 the keys and values have 7 zero rows (written over NaN)."""
    np_t, tol = DTYPES[dtype]
    b, t, n = 3, 17, 4
    d = n * head_dim
    rng = np.random.default_rng(head_dim)
    qkv, bias = rng.standard_normal((b, t, 3 * d)).astype(np_t), rng.standard_normal(3 * d).astype(np_t)
    d_qkv, d_bias = cp.asarray(qkv), cp.asarray(bias)
    outs = [cp.full((b, n, rows, head_dim), np.nan, np_t) for rows in (t, key_seq, key_seq)]
    ok(k.split_heads(dtype, *(o.data.ptr for o in outs), d_qkv.data.ptr, d_bias.data.ptr, 3, b, t, n, head_dim, 0.5,
                     key_seq=key_seq))
    ref = (qkv.astype(np.float64) + bias).reshape(b, t, 3, n, head_dim).transpose(2, 0, 3, 1, 4)
    ref[0] *= 0.5
    for o, r in zip(outs, ref):
        padded = np.pad(r, [(0, 0), (0, 0), (0, o.shape[2] - t), (0, 0)])
        np.testing.assert_allclose(cp.asnumpy(o).astype(np.float64), padded, atol=tol * 4, rtol=tol)
    merged, dbias = cp.empty((b, t, 3 * d), np_t), cp.empty(3 * d, np_t)
    ws = cp.empty(k.column_chunks(b * t, 3 * d) * 3 * d, cp.float32)
    for o in outs[1:]:
        o[:, :, t:] = np.nan  # the padding rows are not read
    ok(k.merge_heads(dtype, merged.data.ptr, dbias.data.ptr, ws.data.ptr, *(o.data.ptr for o in outs), 3, b, t, n,
                     head_dim, 2.0, key_seq=key_seq))
    back = cp.asnumpy(merged).astype(np.float64)
    np.testing.assert_allclose(back, qkv.astype(np.float64) + bias, atol=tol * 8, rtol=tol * 2)
    np.testing.assert_allclose(cp.asnumpy(dbias).astype(np.float64), back.sum((0, 1)), atol=tol * 40, rtol=tol * 4)


@pytest.mark.parametrize("dtype", list(DTYPES))
# The forward's kernels (softmax_cuda.cu): 5, 7, 10, 13, 15, 27, 31, 45, 61, 97, 105, 126 tiles of rows through shared
# memory (1, 1, 2, 2, 2, 4, 4, 8, 8, 16, 16, 16 lanes a row); 12, 36 one group a lane, aligned; 8, 16, 24, 32, 40, 48,
# 64, 72, 80, 104, 128 two groups, aligned (1, 2, 4, 4, 5, 8, 8, 9, 10, 16, 16 lanes: the last 2, 5, 2 lanes of a
# warp idle at 5, 9, 10); 100 two groups, unaligned; 256, 3000 a warp per row. The gradient's tiles: 5-15, 27, 31,
# 45, 97, 126 for 16-bit types (61, 105 a lane per group), 5-15, 31, 45, 126 for float32 (27, 61, 97, 105 a lane per
# group); two groups a lane at 8, 16, 24, 40, 48, 72, 80, 104, 128, one at 12, 32, 36, 64.
# q_len 37 gives 222 rows: several tiles or blocks, the last one partial, and causal rows with no visible key at
# k_len < 37.
@pytest.mark.parametrize("k_len,q_len", [(k, 5) for k in (5, 7, 8, 10, 12, 13, 15, 16, 24, 27, 31, 32, 36, 40, 45, 48,
                                                          61, 64, 72, 80, 97, 100, 104, 105, 126, 128, 256, 3000)]
                         + [(7, 37), (16, 37), (24, 37), (27, 37), (40, 37), (61, 37), (80, 37), (104, 37), (105, 37),
                            (126, 37)])
@pytest.mark.parametrize("causal", [False, True])
@pytest.mark.parametrize("padding", [0, 3])
def test_attention_softmax_forward_and_backward(dtype, k_len, q_len, causal, padding):
    """padding: the key bias covers k_len - padding keys, the rest are padding keys (masked, and the
    causal mask aligned to the bias)."""
    np_t, tol = DTYPES[dtype]
    b, n, rate = 2, 3, 0.2
    bias_len = k_len - padding
    rng = np.random.default_rng(k_len)
    logits = (rng.standard_normal((b, n, q_len, k_len)) * 3).astype(np_t)
    lengths = np.array([bias_len, bias_len // 2 + 1][:b])
    key_bias = np.where(np.arange(bias_len)[None] >= lengths[:, None], -1e9, 0).astype(np.float32)
    dprobs = rng.standard_normal(logits.shape).astype(np_t)
    d_logits, d_bias, d_dprobs = cp.asarray(logits), cp.asarray(key_bias), cp.asarray(dprobs)
    probs, softmax = cp.empty_like(d_logits), cp.empty_like(d_logits)
    seed, offset = cp.asarray([11], cp.int64), cp.asarray([3], cp.int64)
    ok(k.attention_softmax(dtype, probs.data.ptr, softmax.data.ptr, d_logits.data.ptr, d_bias.data.ptr,
                           b, n, q_len, k_len, causal, rate, seed.data.ptr, offset.data.ptr, bias_len=bias_len))
    x = logits.astype(np.float64) + np.pad(key_bias, [(0, 0), (0, padding)], constant_values=-np.inf)[:, None, None]
    if causal:
        x = np.where(np.arange(k_len)[None] <= np.arange(q_len)[:, None] + bias_len - q_len, x, -np.inf)
    # Rows with no visible key are all zeros.
    peak = x.max(-1, keepdims=True)
    y = np.exp(x - np.where(np.isfinite(peak), peak, 0))
    y /= np.maximum(y.sum(-1, keepdims=True), 1e-300)
    keep = expected_keep_mask(logits.size, rate, 11, 3).reshape(logits.shape)
    np.testing.assert_allclose(cp.asnumpy(softmax).astype(np.float64), y, atol=tol, rtol=tol * 4)
    np.testing.assert_allclose(cp.asnumpy(probs).astype(np.float64), np.where(keep, y / (1 - rate), 0), atol=tol * 2,
                               rtol=tol * 4)
    dlogits = cp.empty_like(d_logits)
    # The gradient draws the forward's keep-decisions again from the same seed and offset.
    ok(k.attention_softmax_grad(dtype, dlogits.data.ptr, d_dprobs.data.ptr, softmax.data.ptr, b * n * q_len, k_len,
                                rate, seed.data.ptr, offset.data.ptr))
    dp = np.where(keep, dprobs / (1 - rate), 0)
    ref = y * (dp - (dp * y).sum(-1, keepdims=True))
    np.testing.assert_allclose(cp.asnumpy(dlogits).astype(np.float64), ref, atol=tol * 4, rtol=tol * 8)


@pytest.mark.parametrize("k_len", [32, 64])
def test_attention_softmax_unaligned_key_bias(k_len):
    """A key_bias view that is not 16-byte aligned (rows of 4k floats take vector loads of it
    otherwise) gives the same outputs as an aligned copy."""
    b, n, q_len, rate = 3, 2, 5, 0.2
    rng = np.random.default_rng(k_len)
    logits = cp.asarray((rng.standard_normal((b, n, q_len, k_len)) * 3).astype(np.float16))
    bias = np.where(rng.random((b, k_len)) < 0.3, -1e9, 0).astype(np.float32)
    aligned = cp.asarray(bias)
    shifted = cp.zeros(b * k_len + 1, cp.float32)
    shifted[1:] = aligned.reshape(-1)
    seed, offset = cp.asarray([2], cp.int64), cp.asarray([9], cp.int64)
    outs = []
    for key_bias in (aligned.data.ptr, shifted.data.ptr + 4):
        probs, softmax = cp.empty_like(logits), cp.empty_like(logits)
        ok(k.attention_softmax("float16", probs.data.ptr, softmax.data.ptr, logits.data.ptr, key_bias,
                               b, n, q_len, k_len, False, rate, seed.data.ptr, offset.data.ptr))
        outs.append([cp.asnumpy(a) for a in (probs, softmax)])
    for a, c in zip(*outs):
        np.testing.assert_array_equal(a, c)


@pytest.mark.parametrize("k_len", [13, 40, 61, 64, 105, 128])
def test_attention_softmax_past_int32_indices(k_len):
    """Past 2^31 elements (where 32-bit element indices would wrap) the launchers run their
    64-bit-index kernels: sampled rows (first, middle, last) of the forward and of the gradient
    (dprobs = 1) against the reference, with the Philox rule's decisions at those elements.
    ~15 GB of GPU memory (the forward's logits and probs are freed before the gradient runs), handed
    back to the device afterwards: CuPy's pool would keep each k_len's blocks, and TensorFlow's
    tests in the same process hold theirs."""
    b, n, rate, seed, offset = 4, 8, 0.1, 5, 7
    q_len = -(-(2**31 + 2**20) // (b * n * k_len))  # ceil: just past the int32 range
    rows = b * n * q_len
    cp.random.seed(k_len)
    logits = cp.random.uniform(-4, 4, rows * k_len, dtype=cp.float32).astype(cp.float16)
    key_bias = cp.asarray(np.where(np.arange(k_len)[None] >= np.array([k_len, 3, k_len - 1, 1])[:, None], -1e9, 0),
                          cp.float32)
    probs, softmax = cp.empty_like(logits), cp.empty_like(logits)
    d_seed, d_offset = cp.asarray([seed], cp.int64), cp.asarray([offset], cp.int64)
    ok(k.attention_softmax("float16", probs.data.ptr, softmax.data.ptr, logits.data.ptr,
                           key_bias.data.ptr, b, n, q_len, k_len, False, rate, d_seed.data.ptr, d_offset.data.ptr))
    sampled = []
    for row in [0, 1, rows // 2 + 1, rows - 2, rows - 1]:
        span = slice(row * k_len, (row + 1) * k_len)
        x = cp.asnumpy(logits[span]).astype(np.float64) + cp.asnumpy(key_bias[row // (n * q_len)])
        y = np.exp(x - x.max())
        y /= y.sum()
        keep = keep_at(np.arange(row * k_len, (row + 1) * k_len, dtype=np.uint64), rate, seed, offset)
        np.testing.assert_allclose(cp.asnumpy(softmax[span]).astype(np.float64), y, atol=2e-3, rtol=8e-3,
                                   err_msg=str(row))
        np.testing.assert_allclose(cp.asnumpy(probs[span]).astype(np.float64), np.where(keep, y / (1 - rate), 0),
                                   atol=4e-3, rtol=8e-3, err_msg=str(row))
        sampled.append((row, span, y, keep))
    del logits, probs
    dprobs = cp.ones_like(softmax)
    dlogits = cp.empty_like(softmax)
    ok(k.attention_softmax_grad("float16", dlogits.data.ptr, dprobs.data.ptr, softmax.data.ptr, rows, k_len, rate,
                                d_seed.data.ptr, d_offset.data.ptr))
    for row, span, y, keep in sampled:
        dp = np.where(keep, 1 / (1 - rate), 0)
        np.testing.assert_allclose(cp.asnumpy(dlogits[span]).astype(np.float64), y * (dp - (dp * y).sum()),
                                   atol=4e-3, rtol=2e-2, err_msg=str(row))
    del softmax, dprobs, dlogits
    cp.get_default_memory_pool().free_all_blocks()
