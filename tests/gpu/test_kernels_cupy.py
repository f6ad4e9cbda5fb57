"""CUDA launchers called directly (pybind11 + CuPy, no TensorFlow) against NumPy references."""

import math

import numpy as np
import pytest

from lightseq_tf import kernels
from tests.philox_reference import expected_keep_mask

cp = pytest.importorskip("cupy")
try:
    k = kernels.load()
except ImportError as e:  # built only with CUDA
    pytest.skip(str(e), allow_module_level=True)
try:
    cp.cuda.runtime.getDeviceCount()
except cp.cuda.runtime.CUDARuntimeError:
    pytest.skip("no GPU", allow_module_level=True)

DTYPES = {"float32": (np.float32, 1e-5), "float16": (np.float16, 2e-3)}
# Widths covering every register-cache size of the LayerNorm kernels and the streaming path.
COLS = [7, 64, 500, 512, 1000, 4096]


def ptr(a):
    return 0 if a is None else a.data.ptr


def ok(status):
    assert status == 0, k.status_string(status)
    cp.cuda.runtime.deviceSynchronize()


def ln_ref(x, gamma, beta, eps):
    x = x.astype(np.float64)
    mean = x.mean(-1, keepdims=True)
    rstd = 1 / np.sqrt(x.var(-1, keepdims=True) + eps)
    return (x - mean) * rstd * gamma + beta, mean[..., 0], rstd[..., 0]


@pytest.mark.parametrize("dtype", list(DTYPES))
@pytest.mark.parametrize("cols,rows", [(c, 37) for c in COLS] + [(1000, 20000), (512, 9001), (1024, 3001)])
@pytest.mark.parametrize("residual", [False, True])
def test_layer_norm_forward_and_backward(dtype, cols, rows, residual):
    """Many rows per warp (and the capped block count of the fused backward) included."""
    np_t, tol = DTYPES[dtype]
    rng = np.random.default_rng(cols)
    x = rng.standard_normal((rows, cols)).astype(np_t)
    r = rng.standard_normal((rows, cols)).astype(np_t) if residual else None
    gamma, beta = rng.standard_normal(cols).astype(np.float32), rng.standard_normal(cols).astype(np.float32)
    dy = rng.standard_normal((rows, cols)).astype(np_t)
    d = {n: cp.asarray(v) for n, v in dict(x=x, gamma=gamma, beta=beta, dy=dy).items()}
    d_r = cp.asarray(r) if residual else None
    y, s = cp.empty_like(d["x"]), cp.empty_like(d["x"]) if residual else None
    mean, rstd = cp.empty(rows, cp.float32), cp.empty(rows, cp.float32)
    ok(k.layer_norm(dtype, "float32", ptr(y), ptr(s), ptr(mean), ptr(rstd), ptr(d["x"]), ptr(d_r),
                    ptr(d["gamma"]), ptr(d["beta"]), rows, cols, 1e-6))
    src = (x + r).astype(np_t) if residual else x
    y_ref, mean_ref, rstd_ref = ln_ref(src, gamma, beta, 1e-6)
    np.testing.assert_allclose(cp.asnumpy(y).astype(np.float64), y_ref, atol=tol * 4, rtol=tol)
    np.testing.assert_allclose(cp.asnumpy(mean), mean_ref, atol=1e-5, rtol=1e-5)
    np.testing.assert_allclose(cp.asnumpy(rstd), rstd_ref, rtol=1e-4)

    dx, dgamma, dbeta = cp.empty_like(d["x"]), cp.empty(cols, cp.float32), cp.empty(cols, cp.float32)
    workspace = cp.empty(k.layer_norm_grad_workspace_size(rows, cols), cp.float32)
    src_d = cp.asarray(src)
    ok(k.layer_norm_grad(dtype, "float32", ptr(dx), ptr(dgamma), ptr(dbeta), ptr(workspace), ptr(d["dy"]),
                         ptr(d["dy"]) if residual else 0, ptr(src_d), ptr(d["gamma"]), ptr(mean), ptr(rstd), rows, cols))
    xhat = (src.astype(np.float64) - mean_ref[:, None]) * rstd_ref[:, None]
    dyg = dy.astype(np.float64) * gamma
    dx_ref = rstd_ref[:, None] * (dyg - dyg.mean(-1, keepdims=True) - xhat * (dyg * xhat).mean(-1, keepdims=True))
    if residual:
        dx_ref += dy
    np.testing.assert_allclose(cp.asnumpy(dx).astype(np.float64), dx_ref, atol=tol * 8, rtol=tol * 4)
    # Sums over rows: float32 accumulation error grows like sqrt(rows).
    sum_tol = tol * 40 * np.sqrt(rows / 37)
    np.testing.assert_allclose(cp.asnumpy(dgamma), (dy * xhat).sum(0), atol=sum_tol, rtol=tol * 4)
    np.testing.assert_allclose(cp.asnumpy(dbeta), dy.astype(np.float64).sum(0), atol=sum_tol, rtol=tol * 4)


@pytest.mark.parametrize("dtype", list(DTYPES))
@pytest.mark.parametrize("cols", COLS)
@pytest.mark.parametrize("activation", list(kernels.ACTIVATION_CODES))
def test_bias_act_dropout_forward_and_backward(dtype, cols, activation):
    np_t, tol = DTYPES[dtype]
    rng = np.random.default_rng(cols + 1)
    rows, rate, seed, offset = 29, 0.25, 1234, 5
    x = (rng.standard_normal((rows, cols)) * 2).astype(np_t)
    bias = rng.standard_normal(cols).astype(np_t)
    res = rng.standard_normal((rows, cols)).astype(np_t)
    dy = rng.standard_normal((rows, cols)).astype(np_t)
    dx_, db_, dres, ddy = (cp.asarray(v) for v in (x, bias, res, dy))
    act = kernels.ACTIVATION_CODES[activation]
    y = cp.empty_like(dx_)
    # Keep seed/offset arrays referenced until the kernel ran (CuPy reuses freed blocks at once).
    d_seed, d_offset = cp.asarray([seed], cp.int64), cp.asarray([offset], cp.int64)
    ok(k.bias_act_dropout(dtype, ptr(y), ptr(dx_), ptr(db_), ptr(dres), rows, cols, act, rate,
                          ptr(d_seed), ptr(d_offset)))
    keep = expected_keep_mask(rows * cols, rate, seed, offset).reshape(rows, cols)
    h = x.astype(np.float64) + bias
    erf = np.vectorize(math.erf)
    f = {
        "identity": lambda v: v,
        "relu": lambda v: np.maximum(v, 0),
        "gelu": lambda v: 0.5 * v * (1 + erf(v / np.sqrt(2))),
        "gelu_tanh": lambda v: 0.5 * v * (1 + np.tanh(np.sqrt(2 / np.pi) * (v + 0.044715 * v**3))),
    }[activation]
    y_ref = np.where(keep, f(h) / (1 - rate), 0) + res
    np.testing.assert_allclose(cp.asnumpy(y).astype(np.float64), y_ref, atol=tol * 8, rtol=tol * 2)

    dx, dbias = cp.empty_like(dx_), cp.empty(cols, dx_.dtype)
    workspace = cp.empty(k.column_chunks(rows, cols) * cols, cp.float32)
    ok(k.bias_act_dropout_grad(dtype, ptr(dx), ptr(dbias), ptr(workspace), ptr(ddy), ptr(dx_), ptr(db_),
                               rows, cols, act, rate, ptr(d_seed), ptr(d_offset)))
    eps = 1e-4
    grad = (f(h + eps) - f(h - eps)) / (2 * eps)
    dx_ref = np.where(keep, dy / (1 - rate), 0) * grad
    close = np.abs(h) > 1e-2  # away from relu's kink
    np.testing.assert_allclose(cp.asnumpy(dx).astype(np.float64)[close], dx_ref[close], atol=tol * 8, rtol=tol * 4)


def test_large_tensor_without_cap():
    rows, cols = 4096 * 8, 4096  # 134M elements
    x = cp.ones((rows, cols), cp.float16)
    b = cp.zeros(cols, cp.float16)
    y = cp.empty_like(x)
    seed, offset = cp.asarray([7], cp.int64), cp.asarray([0], cp.int64)
    ok(k.bias_act_dropout("float16", ptr(y), ptr(x), ptr(b), 0, rows, cols, 0, 0.5, ptr(seed), ptr(offset)))
    assert abs(float((y != 0).mean()) - 0.5) < 1e-3
    # The gradient draws the same decisions at every index: dy = 1 gives dx = y.
    dx, dbias = cp.empty_like(x), cp.empty(cols, cp.float16)
    workspace = cp.empty(k.column_chunks(rows, cols) * cols, cp.float32)
    ok(k.bias_act_dropout_grad("float16", ptr(dx), ptr(dbias), ptr(workspace), ptr(x), 0, 0, rows, cols, 0, 0.5,
                               ptr(seed), ptr(offset)))
    assert bool(cp.array_equal(dx, y))


def test_residual_dropout_rows_beyond_one_grid():
    # 2M rows of 8: more row chunks than one grid's y dimension holds, so threads walk several.
    rows, cols, rate = (1 << 21) + 3, 8, 0.25
    rng = cp.random.default_rng(3)
    x = rng.standard_normal((rows, cols), cp.float32).astype(cp.float16)
    res = rng.standard_normal((rows, cols), cp.float32).astype(cp.float16)
    b = cp.arange(cols, dtype=cp.float16)
    y = cp.full_like(x, cp.nan)
    seed, offset = cp.asarray([11], cp.int64), cp.asarray([2], cp.int64)
    ok(k.bias_act_dropout("float16", ptr(y), ptr(x), ptr(b), ptr(res), rows, cols, 0, rate,
                          ptr(seed), ptr(offset)))
    keep = cp.asarray(expected_keep_mask(rows * cols, rate, 11, 2).reshape(rows, cols))
    ref = cp.where(keep, (x.astype(cp.float32) + b) / (1 - rate), 0) + res
    cp.testing.assert_allclose(y.astype(cp.float32), ref, atol=2e-2, rtol=4e-3)
    # The gradient walks the same rows: dy = 1 gives dx = keep / (1 - rate).
    dx, dbias, dy = cp.full_like(x, cp.nan), cp.empty(cols, cp.float16), cp.ones_like(x)
    workspace = cp.empty(k.column_chunks(rows, cols) * cols, cp.float32)
    ok(k.bias_act_dropout_grad("float16", ptr(dx), ptr(dbias), ptr(workspace), ptr(dy), 0, 0, rows,
                               cols, 0, rate, ptr(seed), ptr(offset)))
    cp.testing.assert_array_equal(dx, cp.where(keep, cp.float16(1 / (1 - rate)), cp.float16(0)))


def token_ids(kind, rows, vocab, rng):
    """Uniform ids; 30% padding id 0 + uniform; or word-frequency-like (Zipf) ids."""
    if kind == "zipf":
        weights = 1.0 / np.arange(1, vocab + 1) ** 1.1
        return rng.choice(vocab, size=rows, p=weights / weights.sum()).astype(np.int32)
    ids = rng.integers(0, vocab, size=rows).astype(np.int32)
    if kind == "padding":
        ids[rng.random(rows) < 0.3] = 0
    return ids


@pytest.mark.parametrize("dtype", list(DTYPES))
@pytest.mark.parametrize("f32_table", [True, False])
@pytest.mark.parametrize("rows,vocab,dim,kind", [
    (0, 5, 8, "uniform"), (1, 1, 3, "uniform"), (37, 700, 36, "uniform"), (5000, 3000, 64, "zipf"),
    (9001, 1030, 40, "padding"), (20000, 32000, 512, "zipf"), (16384, 32000, 520, "padding"),
    (140000, 1000, 8, "zipf")])  # the last: three segments of at most 65536 rows
@pytest.mark.parametrize("rate", [0.0, 0.1])
def test_embedding_grad(dtype, f32_table, rows, vocab, dim, kind, rate):
    # Every table row written (NaN-filled before), bit-equal over two calls, the sum of each id's
    # rows within float32 summation error of a float64 sum.
    np_t, _ = DTYPES[dtype]
    table_dtype = "float32" if f32_table else dtype
    rng = np.random.default_rng(rows + dim)
    ids = token_ids(kind, rows, vocab, rng)
    dy = rng.standard_normal((rows, dim)).astype(np_t)
    mask = (rng.random((rows, dim)) >= rate).astype(np.uint8) if rate else None
    d_ids, d_dy = cp.asarray(ids), cp.asarray(dy)
    d_mask = None if mask is None else cp.asarray(mask)
    ws = cp.empty(k.embedding_grad_workspace_bytes(rows, vocab, dim), cp.uint8)
    outs = []
    for _ in range(2):
        dtable = cp.full((vocab, dim), np.nan, np.dtype(table_dtype))
        ok(k.embedding_grad(dtype, table_dtype, ptr(dtable), ptr(ws), ptr(d_dy), ptr(d_ids), ptr(d_mask), rows,
                            vocab, dim, 1.5, rate))
        outs.append(dtable.get())
    terms = dy.astype(np.float64) * (1.0 if mask is None else mask) * 1.5 / (1.0 - rate)
    ref, magnitude = np.zeros((vocab, dim)), np.zeros((vocab, dim))
    np.add.at(ref, ids, terms)
    np.add.at(magnitude, ids, np.abs(terms))
    np.testing.assert_array_equal(outs[0].view(np.uint8), outs[1].view(np.uint8))
    rounding = 0.0 if f32_table else 2e-3  # a 16-bit table rounds each sum once
    err = np.abs(outs[0].astype(np.float64) - ref) - 1e-6 * magnitude - rounding * np.abs(ref)
    assert not np.isnan(outs[0]).any()
    assert err.max(initial=0.0) <= 1e-6, (kind, np.unravel_index(np.argmax(err), err.shape))
