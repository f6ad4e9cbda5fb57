"""NeurST's model with the fused layers under tf.distribute.MirroredStrategy (NeurST's default),
on one device and on two logical CPUs, trained with Keras fit as NeurST's trainer does: the same
losses as stock NeurST's layers, and per-replica dropout masks that differ yet are reproducible."""

import numpy as np
import pytest
import tensorflow as tf

from lightseq_tf import ops
from neurst_ext import compat, substitute
from neurst_ext import fused as fused_pieces

compat.apply()

from neurst.criterions import build_criterion  # noqa: E402
from neurst.data.datasets import build_dataset  # noqa: E402
from neurst.tasks import build_task  # noqa: E402
from neurst.utils import compat as neurst_compat  # noqa: E402

import lightseq_tf  # noqa: E402
from tests import neurst_tiny  # noqa: E402



def mirrored(devices):
    """A MirroredStrategy with collective keys of its own. TF caches each collective's parameters
    per (group, instance) key for the whole process, and every new strategy starts at the same
    keys: a second strategy whose gradients pack differently (the fused embedding's dense table
    gradient vs stock's IndexedSlices) would meet the first one's shapes. TF's own tests do this."""
    tf.distribute.MirroredStrategy._collective_key_base += 100000  # pylint: disable=protected-access
    return tf.distribute.MirroredStrategy(devices)


STRATEGIES = {
    "one_device": lambda: mirrored(["/cpu:0"]),
    "two_cpus": lambda: mirrored(["/cpu:0", "/cpu:1"]),
}


def batches(task, count=3):
    dataset = build_dataset(neurst_tiny.dataset("dev"))
    tfds = task.create_and_batch_tfds(dataset, neurst_compat.ModeKeys.EVAL, args={"batch_size": 16})
    return list(tfds.take(count))


def training_dataset(task):
    """The first dev batches, one training step each, as keras fit takes them."""
    data = batches(task)
    dataset = tf.data.Dataset.from_tensor_slices(data[0]).batch(100)
    for d in data[1:]:
        dataset = dataset.concatenate(tf.data.Dataset.from_tensor_slices(d).batch(100))
    return dataset.map(lambda x: (x,))


def build_training_model(configs, fused, optimizer, initial=None):
    """NeurST's Keras training model (model, criterion) as its trainer builds it, compiled with
    optimizer() and started from the weights `initial` if given; returns (task, model,
    keras_model, initial weights by name)."""
    if fused:
        assert substitute.apply()
    try:
        task = build_task(configs)
        model = task.build_model(configs)
        inputs = task.create_inputs(neurst_compat.ModeKeys.TRAIN)
        formatted = task.example_to_input(inputs, neurst_compat.ModeKeys.TRAIN)
        keras_model = tf.keras.Model(inputs, model(formatted, is_training=True))
        criterion = build_criterion({"criterion.class": "label_smoothed_cross_entropy"})
        keras_model.add_loss(criterion.reduce_loss(formatted, keras_model.outputs[0]))
        keras_model.compile(optimizer())
    finally:
        substitute.revert()
    if initial is not None:
        for w in model.weights:
            w.assign(initial[w.name.split("/", 1)[1]])
    return task, model, keras_model, {w.name.split("/", 1)[1]: w.numpy() for w in model.weights}


def train(strategy, fused, dropout, initial=None):
    """Per-step losses of NeurST's model trained with keras fit; returns (losses, weights, model)."""
    with strategy.scope():
        task, model, keras_model, weights = build_training_model(
            neurst_tiny.configs(dropout), fused, lambda: tf.keras.optimizers.legacy.SGD(0.5), initial)
    model.dropout_steps_before_fit = [int(m._dropout_step.read_value())  # pylint: disable=protected-access
                                      for m in model.submodules if hasattr(m, "_dropout_step")]
    losses = []
    keras_model.fit(training_dataset(task), epochs=1, verbose=0, callbacks=[
        tf.keras.callbacks.LambdaCallback(on_train_batch_end=lambda _, logs: losses.append(logs["loss"]))])
    return np.array(losses), weights, model


@pytest.mark.parametrize("strategy", sorted(STRATEGIES))
def test_fused_training_matches_stock(strategy, monkeypatch):
    stock, initial, _ = train(STRATEGIES[strategy](), fused=False, dropout=0.0)
    embedding_calls, embedding = [], ops.embedding
    monkeypatch.setattr(fused_pieces.ops, "embedding", lambda *a, **k: embedding_calls.append(1) or embedding(*a, **k))
    fused, _, model = train(STRATEGIES[strategy](), fused=True, dropout=0.0, initial=initial)
    assert any(isinstance(layer, lightseq_tf.layers.TransformerEncoderLayer) for layer in model.submodules)
    assert embedding_calls  # the fused embedding runs in every replica's step
    np.testing.assert_allclose(fused, stock, rtol=2e-5)
    assert fused[-1] != fused[0]


def test_dropout_under_two_replicas_trains_and_counts_steps_once():
    losses, _, model = train(STRATEGIES["two_cpus"](), fused=True, dropout=0.3)
    assert np.all(np.isfinite(losses))
    after = [int(m._dropout_step.read_value()) for m in model.submodules  # pylint: disable=protected-access
             if hasattr(m, "_dropout_step")]
    assert len(after) == 2  # one encoder and one decoder layer
    assert [a - b for a, b in zip(after, model.dropout_steps_before_fit)] == [len(losses)] * 2


def test_replicas_draw_different_but_reproducible_dropout_masks():
    strategy = STRATEGIES["two_cpus"]()
    x = tf.ones([1, 4, 16])
    outputs = []
    for _ in range(2):  # two identical layers: the same per-replica masks
        with strategy.scope():
            layer = lightseq_tf.layers.TransformerEncoderLayer(16, 2, 32, ffn_dropout_rate=0.5, seed=7)
            layer(tf.zeros([1, 4, 16]), None, is_training=False)
            for w in layer.weights:
                w.assign(tf.reshape(tf.range(tf.size(w), dtype=w.dtype) % 7 / 7, w.shape))
        outputs.append([t.numpy() for t in strategy.experimental_local_results(
            strategy.run(lambda: layer(x, None, is_training=True)))])  # pylint: disable=cell-var-from-loop
    assert not np.allclose(outputs[0][0], outputs[0][1])
    np.testing.assert_array_equal(outputs[0][0], outputs[1][0])
    np.testing.assert_array_equal(outputs[0][1], outputs[1][1])
