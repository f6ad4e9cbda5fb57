"""The property checks of test_properties.py at sizes real models reach, none of them a multiple
of the kernels' vector or block widths: hidden 8..4095, sequences 1..2048, batch 1. On the GPU
machine this file runs under compute-sanitizer (memcheck, racecheck; benchmarks/run_gpu.sh)."""

import pytest
import tensorflow as tf

from tests import helpers as h
from tests import test_properties as p

F16 = tf.float16
CASES = [(d, t) for d in h.DEVICES for t in (tf.float32, F16)]
WIDTHS = [8, 20, 130, 1000, 1030, 2050, 4095]


def run(test, **kwargs):
    test.hypothesis.inner_test(**kwargs)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("d", WIDTHS)
def test_layer_norm(device, dtype, d):
    for rows, residual in ((1, False), (7, True), (2047 if d < 2048 else 33, d % 2 == 0)):
        run(p.test_layer_norm_matches_reference, device=device, dtype=dtype, rows=rows, d=d, seed=d,
            residual=residual, f32_params=True)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("d", WIDTHS)
def test_dropout_family(device, dtype, d):
    for shape, residual in (([1, 1], False), ([1, 129], True), ([1, 2048 if d <= 1030 else 65], False)):
        run(p.test_dropout_family_matches_reference, device=device, dtype=dtype, shape=shape, d=d, rate=0.1,
            key=(d, 3), activation="gelu", residual=residual, seed=d)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("t,heads,head_dim", [(1, 2, 4), (7, 4, 5), (129, 2, 65), (2048, 8, 125), (33, 3, 1365)])
def test_qkv_split_and_head_merge(device, dtype, t, heads, head_dim):
    run(p.test_qkv_split_and_head_merge_match_reference, device=device, dtype=dtype, batch=1, t=t, heads=heads,
        head_dim=head_dim, q_scale=0.125, seed=t)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("tq,tk", [(1, 1), (7, 7), (129, 129), (1, 2048), (3, 2047), (513, 513)])
def test_attention_softmax(device, dtype, tq, tk):
    for causal, padding in ((False, "tail"), (True, "none")):
        run(p.test_attention_softmax_matches_reference, device=device, dtype=dtype, batch=1, heads=2, tq=tq, tk=tk,
            causal=causal, rate=0.1, key=(tk, 1), seed=tq, padding=padding)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("length,vocab,d", [(1, 1, 8), (7, 33, 20), (2048, 1001, 130), (129, 32003, 1000)])
def test_embedding(device, dtype, length, vocab, d):
    run(p.test_embedding_matches_reference, device=device, dtype=dtype, f32_table=True, batch=1, length=length,
        vocab=vocab, d=d, scale=d ** 0.5, sinusoids=True, rate=0.1, key=(d, 9), seed=length, pad_fraction=0.3,
        ids_dtype=tf.int32)


@pytest.mark.parametrize("device,dtype", CASES)
@pytest.mark.parametrize("length,vocab", [(1, 2), (7, 7), (2048, 1001), (129, 32003)])
def test_label_smoothed_cross_entropy(device, dtype, length, vocab):
    run(p.test_label_smoothed_cross_entropy_matches_reference, device=device, dtype=dtype, batch=1, length=length,
        vocab=vocab, smoothing=0.1, seed=length, scale=4.0, pad_fraction=0.2)


@pytest.mark.parametrize("device,dtype", CASES)
def test_multi_tensor_adam(device, dtype):
    shapes = [[1], [7], [4095], [131073], [1000, 130], [0]] * 9  # 54 tensors: two launches of up to 48
    run(p.test_multi_tensor_adam_matches_resource_apply_adam, device=device, dtype=dtype, shapes=shapes, seed=1,
        step=10, lr=1e-3)
