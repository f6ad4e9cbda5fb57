"""NeurST's embedding modality, label-smoothed cross-entropy criterion and Adam with the fused
kernels substituted: same variables, same results as stock, stock again after revert()."""

import contextlib
import re
import time
import types

import numpy as np
import pytest
import tensorflow as tf

from neurst_ext import compat, substitute

compat.apply()

from neurst.criterions import build_criterion  # noqa: E402
from neurst.models import encoder_decoder_model  # noqa: E402
from neurst.optimizers import build_optimizer  # noqa: E402

import lightseq_tf  # noqa: E402
from tests import helpers as h  # noqa: E402

VOCAB, DIM = 23, 16


@pytest.fixture(autouse=True)
def stock_afterwards():
    substitute.revert()
    yield
    substitute.revert()
    tf.keras.mixed_precision.set_global_policy("float32")


def modality(substituted, name="trg_modality", vocab=VOCAB):
    if substituted:
        assert substitute.apply()
    try:
        return encoder_decoder_model.EncoderDecoderModel.build_modality(
            vocab, DIM, name, timing="sinusoids", share_embedding_and_softmax_weights=True)
    finally:
        substitute.revert()


def ids():
    return tf.constant(np.random.default_rng(0).integers(0, VOCAB, size=(3, 9)), tf.int32)


@pytest.mark.parametrize("vocab", [VOCAB, 24])  # the softmax pads 23 to 24 inside
@pytest.mark.parametrize("policy", ["float32", "mixed_float16"])
def test_modality_matches_stock_forward_and_backward(policy, vocab):
    tf.keras.mixed_precision.set_global_policy(policy)
    ours, stock = modality(True, vocab=vocab), modality(False, vocab=vocab)
    x = ids()
    ours(x), stock(x)  # the first call builds the variables (stock code, NeurST's names)
    assert [w.name for w in ours.weights] == [w.name for w in stock.weights]
    for a, b in zip(ours.weights, stock.weights):
        a.assign(h.random(a.shape, seed=5) if "bias" in a.name else b)  # NeurST starts the bias at zero
        b.assign(a)
    dy, dz = h.random((3, 9, DIM), seed=4), h.random((3, 9, vocab), seed=6)
    results = []
    for layer in (ours, stock):
        with tf.GradientTape() as tape:
            y = layer(x)
            logits = layer(y, mode="linear")  # shared softmax weights: both uses reach the table
            loss = tf.reduce_sum(tf.cast(y, tf.float32) * dy) + tf.reduce_sum(tf.cast(logits, tf.float32) * dz)
        results.append((y, logits, tape.gradient(loss, layer.trainable_weights)))
    (y_ours, z_ours, g_ours), (y_stock, z_stock, g_stock) = results
    assert y_ours.dtype == y_stock.dtype == tf.keras.mixed_precision.global_policy().compute_dtype
    assert z_ours.shape == z_stock.shape == (3, 9, vocab) and z_ours.dtype == z_stock.dtype
    # NeurST computes the timing signal in the compute dtype; ours in float32, rounded once.
    atol = 1e-5 if policy == "float32" else 4e-2
    tf.debugging.assert_near(tf.cast(y_ours, tf.float32), tf.cast(y_stock, tf.float32), atol=atol, rtol=1e-3)
    tf.debugging.assert_near(tf.cast(z_ours, tf.float32), tf.cast(z_stock, tf.float32), atol=atol * 10, rtol=1e-3)
    for a, b in zip(g_ours, g_stock):
        tf.debugging.assert_near(tf.convert_to_tensor(a), tf.convert_to_tensor(b), atol=atol * 10, rtol=1e-3)
    # Step-wise decoding (with `time`) runs the stock code in both.
    tf.debugging.assert_equal(ours(x[:, 0], time=3), stock(x[:, 0], time=3))


def test_modality_graph_has_the_fused_op():
    layer = modality(True)
    layer(ids())
    graph = tf.function(lambda x: layer(x)).get_concrete_function(tf.TensorSpec([None, None], tf.int32)).graph
    types = {op.type for op in graph.get_operations()}
    assert "LightSeq>Embedding" in types and "GatherV2" not in types
    graph = tf.function(lambda y: layer(y, mode="linear")).get_concrete_function(
        tf.TensorSpec([None, None, DIM], tf.float32)).graph
    matmuls = [op for op in graph.get_operations() if op.type == "MatMul"]
    assert [op.outputs[0].shape[-1] for op in matmuls] == [24]  # vocabulary 23 padded for aligned kernels
    # The padded logits go straight to the op that adds the bias and drops the padding.
    assert [c.type for c in matmuls[0].outputs[0].consumers()] == ["LightSeq>SliceBiasAdd"]


def criterion_inputs(dtype):
    logits = h.random((3, 6, VOCAB), dtype, seed=1, scale=2.0)
    labels = tf.constant(np.random.default_rng(2).integers(0, VOCAB, size=(3, 6)), tf.int64)
    padding = tf.constant([[0.0] * 6, [0.0] * 4 + [1.0] * 2, [0.0] + [1.0] * 5])
    return logits, {"trg": labels, "trg_padding": padding}


@pytest.mark.parametrize("dtype", [tf.float32, tf.float16])
def test_criterion_matches_stock(dtype):
    logits, inputs = criterion_inputs(dtype)
    results = []
    for substituted in (True, False):
        if substituted:
            assert substitute.apply()
        try:
            criterion = build_criterion({"class": "label_smoothed_cross_entropy", "params": {"label_smoothing": 0.1}})
            with tf.GradientTape() as tape:
                tape.watch(logits)
                out = criterion(inputs, logits)
                loss = criterion.reduce_loss(inputs, {"logits": logits})
            results.append((out, loss, tape.gradient(loss, logits)))
        finally:
            substitute.revert()
    (out_ours, loss_ours, g_ours), (out_stock, loss_stock, g_stock) = results
    for a, b in zip(out_ours, out_stock):
        tf.debugging.assert_near(a, b, atol=1e-5, rtol=1e-5)
    tf.debugging.assert_near(loss_ours, loss_stock, atol=1e-6, rtol=1e-6)
    assert g_ours.dtype == g_stock.dtype == dtype
    tf.debugging.assert_near(tf.cast(g_ours, tf.float32), tf.cast(g_stock, tf.float32), atol=1e-4, rtol=1e-3)


def test_criterion_on_symbolic_keras_inputs():
    # NeurST's trainer applies the criterion to the outputs of a functional Keras model.
    assert substitute.apply()
    criterion = build_criterion({"class": "label_smoothed_cross_entropy", "params": {"label_smoothing": 0.1}})
    logits_in = tf.keras.Input([None, VOCAB])
    labels_in = tf.keras.Input([None], dtype=tf.int64)
    padding_in = tf.keras.Input([None])
    out = criterion({"trg": labels_in, "trg_padding": padding_in}, logits_in)
    model = tf.keras.Model([logits_in, labels_in, padding_in], out)
    logits, inputs = criterion_inputs(tf.float32)
    got = model([logits, inputs["trg"], inputs["trg_padding"]])
    substitute.revert()
    want = build_criterion({"class": "label_smoothed_cross_entropy", "params": {"label_smoothing": 0.1}})(inputs, logits)
    for a, b in zip(got, want):
        tf.debugging.assert_near(a, b, atol=1e-5, rtol=1e-5)


def test_adam_is_substituted_and_reverted():
    params = {"class": "adam", "params": {"epsilon": 1e-9, "beta_1": 0.9, "beta_2": 0.98}}
    assert substitute.apply()
    for name in ("adam", "Adam"):
        assert isinstance(build_optimizer(dict(params, **{"class": name})), lightseq_tf.optimizers.Adam)
    substitute.revert()
    stock = build_optimizer(params)
    assert type(stock) is tf.keras.optimizers.legacy.Adam


def test_revert_restores_every_piece():
    from neurst.criterions.label_smoothed_cross_entropy import LabelSmoothedCrossEntropy  # noqa: PLC0415
    from neurst.layers.encoders import transformer_encoder  # noqa: PLC0415
    before = (encoder_decoder_model.PositionEmbeddingWrapper, LabelSmoothedCrossEntropy.__call__,
              transformer_encoder.TransformerEncoderLayer)
    assert substitute.apply()
    assert substitute.apply()  # idempotent: originals are remembered once
    assert encoder_decoder_model.PositionEmbeddingWrapper is not before[0]
    substitute.revert()
    assert (encoder_decoder_model.PositionEmbeddingWrapper, LabelSmoothedCrossEntropy.__call__,
            transformer_encoder.TransformerEncoderLayer) == before


@pytest.mark.parametrize("case", ["finite", "nan", "scale_grows"])
@pytest.mark.parametrize("strategy", [None, "mirrored"])
def test_loss_scaling_matches_stock(monkeypatch, case, strategy):
    """NeurST's float16 optimizer (a LossScaleOptimizer with its revised dynamic loss scale):
    same unscaled update, the same skipped step and halved scale for a NaN gradient, the same
    doubled scale after growth_steps finite steps; with one MultiTensorScale op instead of
    per-variable multiplies and IsFinite checks, and no tf.cond (no host synchronization)."""
    from neurst.training import training_utils  # noqa: PLC0415
    from neurst.utils import compat as neurst_compat  # noqa: PLC0415
    monkeypatch.setattr(neurst_compat, "CUSTOM_GLOBAL_FLOATX", "float16")
    params = {"class": "adam", "params": {"epsilon": 1e-9, "beta_1": 0.9, "beta_2": 0.98}}
    shapes = [(4, 3), (3,), (5, 2)]
    grads = [h.random(s, seed=20 + i, scale=2.0 ** 15) for i, s in enumerate(shapes)]
    if case == "nan":
        grads[1] = tf.tensor_scatter_nd_update(grads[1], [[2]], [np.nan])
    mirrored = tf.distribute.MirroredStrategy(["/cpu:0"]) if strategy else None
    scope = lambda: mirrored.scope() if mirrored else contextlib.nullcontext()  # noqa: E731
    results = []
    for substituted in (True, False):
        if substituted:
            assert substitute.apply()
        with scope():
            variables = [tf.Variable(h.random(s, seed=i)) for i, s in enumerate(shapes)]
            optimizer = training_utils.handle_fp16_and_distributed_optimizer(build_optimizer(params), None)
            if case == "scale_grows":
                optimizer.dynamic_counter.assign(optimizer.dynamic_growth_steps - 1)

        @tf.function
        def step():
            def replica_step():
                unscaled = optimizer.get_unscaled_gradients(grads)
                optimizer.apply_gradients(zip(unscaled, variables))  # pylint: disable=cell-var-from-loop
            tf.distribute.get_strategy().run(replica_step)

        with scope():
            step()
            graph = step.get_concrete_function().graph
        substitute.revert()
        types = [op.type for op in graph.get_operations()] + [
            n.op for f in graph.as_graph_def().library.function for n in f.node_def]
        # Substituted: no per-gradient IsFinite (one checks the grown loss scale), no tf.cond.
        assert ("LightSeq>MultiTensorScale" in types and types.count("IsFinite") == 1) == substituted, types
        assert (not {"If", "StatelessIf"} & set(types)) == substituted, types
        results.append(([v.numpy() for v in variables], float(optimizer.loss_scale), int(optimizer.dynamic_counter.numpy()),
                        int(optimizer.iterations.numpy())))
    (ours, *our_state), (stock, *stock_state) = results
    assert our_state == stock_state
    assert our_state[0] == {"finite": 2.0 ** 15, "nan": 2.0 ** 14, "scale_grows": 2.0 ** 16}[case]
    for a, b, v in zip(ours, stock, shapes):
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-6)
        if case == "nan":
            np.testing.assert_array_equal(a, h.random(v, seed=shapes.index(v)))


def test_callbacks_take_tensor_logs_and_time_summaries_by_the_wall_clock(tmp_path, caplog):
    """With the substitution, Keras hands NeurST's callbacks the steps' logs as tensors (no host
    synchronization per step); the summary callback reads them back on summary steps, logs
    them as stock NeurST does, and its seconds per step cover the whole window, the time
    between steps included."""
    from neurst.training import callbacks  # noqa: PLC0415
    assert substitute.apply()
    try:
        summary = callbacks.MetricReductionCallback(None, 2, str(tmp_path))
        checkpoint = callbacks.CustomCheckpointCallback({}, checkpoint_manager=object())
        hooks = tf.keras.callbacks.CallbackList([summary, checkpoint])
        assert hooks._batch_hooks_support_tf_logs  # pylint: disable=protected-access
        caplog.set_level("INFO")
        for step in range(4):
            summary.on_train_batch_begin(step)
            time.sleep(0.01)
            summary.on_train_batch_end(step, {"loss": tf.constant(1.5 + step)})
            time.sleep(0.03)  # between steps: Keras's loop, the next step's inputs
    finally:
        substitute.revert()
    speeds = [float(s) for s in re.findall(r"Speed ([0-9.]+) secs/step", caplog.text)]
    assert len(speeds) == 2 and min(speeds) > 0.02, caplog.text  # (0.01 + 0.03 + 0.01) / 2; stock: 0.01
    assert "'loss': 2.5" in caplog.text and "'loss': 4.5" in caplog.text and "tf.Tensor" not in caplog.text
    assert not callbacks.MetricReductionCallback(None, 2, str(tmp_path))._supports_tf_logs  # stock again


def test_callbacks_count_the_steps_of_each_call(tmp_path, caplog):
    """With several steps per call of the training function Keras calls the batch hooks once
    per call (the call's first batch, then its last); NeurST's callbacks then see the step
    reached, so summaries come on the same steps as with one step per call, a partial last
    call included."""
    from neurst.training import callbacks  # noqa: PLC0415
    assert substitute.apply()
    try:
        summary = callbacks.MetricReductionCallback(None, 4, str(tmp_path))
        summary.on_train_begin()
        caplog.set_level("INFO")
        seen, begin = [], summary.custom_on_train_batch_begin
        summary.custom_on_train_batch_begin = lambda step, logs=None: (seen.append(step), begin(step, logs))
        for first, last in ((0, 3), (4, 7), (8, 9), (10, 11)):
            summary.on_train_batch_begin(first)
            summary.on_train_batch_end(last, {"loss": tf.constant(float(last + 1))})
    finally:
        substitute.revert()
    assert seen == [1, 5, 9, 11]
    assert re.findall(r"Update (\d+)", caplog.text) == ["4", "8", "12"], caplog.text
    assert "'loss': 8.0" in caplog.text and "'loss': 12.0" in caplog.text


@pytest.mark.parametrize("summary, checkpoint, initial, eval_steps, epochs, env, expected", [
    (200, 1000, 0, 1000, None, None, 8),  # NeurST's defaults
    (50, 200, 0, 200, None, None, 2),
    (100, 1000, 0, None, None, None, 4),
    (200, 1000, 1000, None, None, "4", 4),
    (200, 1000, 3, None, None, None, 1),  # resumed at an odd step
    (200, 1000, 0, None, 3, None, 1),  # training by epochs
    (200, 1000, 0, None, None, "1", 1),
])
def test_steps_per_call_divide_every_interval(monkeypatch, summary, checkpoint, initial, eval_steps, epochs, env,
                                              expected):
    from neurst_ext import callbacks  # noqa: PLC0415
    if env is None:
        monkeypatch.delenv("LIGHTSEQ_TF_STEPS_PER_EXECUTION", raising=False)
    else:
        monkeypatch.setenv("LIGHTSEQ_TF_STEPS_PER_EXECUTION", env)
    validator = None if eval_steps is None else types.SimpleNamespace(_eval_steps=eval_steps)
    trainer = types.SimpleNamespace(_summary_steps=summary, _save_checkpoint_steps=checkpoint, _validator=validator,
                                    _train_epochs=epochs, _hvd_backend=None)
    k, why = callbacks.steps_per_execution(trainer, initial)
    assert k == expected, why
