"""Puts lightseq_tf's fused kernels into NeurST: Transformer encoder/decoder layers, the
sinusoid embedding modality, the label-smoothed cross-entropy criterion and Adam.

- Layers: NeurST's `TransformerEncoder` / `TransformerDecoder` build their layers through the
  module globals `TransformerEncoderLayer` / `TransformerDecoderLayer`; those become factories
  that build the fused layers (same variables) and fall back to NeurST's own layer, with one
  logged reason, for settings the fused layers lack. The stacks' final LayerNormalization
  (`output_ln`) becomes `lightseq_tf.layers.LayerNorm` (same config and variables).
- Modality: `encoder_decoder_model.PositionEmbeddingWrapper` becomes a subclass whose training
  call is one fused op (variables are the inner embedding layer's, untouched).
- Criterion: `LabelSmoothedCrossEntropy.__call__` computes the per-token loss in one fused op.
- Optimizer: NeurST's registry names "Adam"/"adam" build `lightseq_tf.optimizers.Adam` (same
  slots and checkpoint as tf.keras's legacy Adam).
- Loss scaling (--dtype float16): the LossScaleOptimizer NeurST builds unscales its gradients,
  and checks them for Inf/NaN, in one multi-tensor op per dtype instead of several ops per variable,
  and skips non-finite steps and updates its scale on the GPU (no tf.cond, which made the host
  wait for every step's backward pass).
- Training loop: NeurST's callbacks take the steps' logs as tensors (Keras read them back to
  NumPy after every step, a host synchronization per step); the summary callback reads them on
  summary steps and times its window by the wall clock; the trainer runs up to 8 steps per call
  of Keras's training function (`steps_per_execution`, the largest divisor of 8 that fits the
  summary, checkpoint and validation intervals; `LIGHTSEQ_TF_STEPS_PER_EXECUTION` sets the 8) and
  the callbacks count each call's steps (`neurst_ext.callbacks`).

- Resumption: the trainer also checkpoints the optimizer's slots and, resumed, restores them,
  the dropout counters and the data position (`neurst_ext.resume`).
- Export: NeurST's SavedModel exporter (`entry.class: generation_savedmodel`) runs with all of
  the above reverted, so the SavedModel holds only TensorFlow's own ops and loads and serves
  without lightseq_tf (the checkpoint is the same either way).

`LIGHTSEQ_TF_DISABLE=1` keeps stock NeurST. `revert()` restores everything; `stock_neurst()`
does so for a `with` block.
"""

import contextlib
import functools
import importlib
import os

import tensorflow as tf
from absl import logging

import lightseq_tf
from lightseq_tf.layers import layer_norm as fused_layer_norm
from lightseq_tf.layers import transformer as fused_layers
from neurst_ext import resume

ENCODER_MODULE = "neurst.layers.encoders.transformer_encoder"
DECODER_MODULE = "neurst.layers.decoders.transformer_decoder"
MODEL_MODULE = "neurst.models.encoder_decoder_model"
CRITERION_MODULE = "neurst.criterions.label_smoothed_cross_entropy"
EXPORT_MODULE = "neurst.exps.sequence_generator_savedmodel"
TRAINER_MODULE = "neurst.exps.trainer"
TRAINING_UTILS_MODULE = "neurst.training.training_utils"
LOSS_SCALE_MODULE = "neurst.training.revised_dynamic_loss_scale"
CALLBACKS_MODULE = "neurst.training.callbacks"

_originals = {}  # (id(owner), name) -> (owner, name, original value)
_logged = set()


def _log_once(message, log=logging.warning):
    """Logs each message once. Reasons for stock layers are warnings: they may be logged while
    NeurST is imported, before absl parses its flags, when only warnings reach stderr."""
    if message not in _logged:
        _logged.add(message)
        log("lightseq_tf: %s", message)


def _announce(what):
    """Returns a callback that logs, at first use, that `what` runs fused kernels."""
    def on_first_use():
        _log_once("NeurST %s fused kernels (%s)" % (what, lightseq_tf._loader.library_path()),  # pylint: disable=protected-access
                  logging.info)
    return on_first_use


def unsupported_reason(kwargs):
    """Why the fused layers cannot stand in for a NeurST layer built with kwargs, or None."""
    from neurst.layers.quantization.quant_layers import QuantLayer  # noqa: PLC0415

    if kwargs.get("ffn_activation", "relu") not in fused_layers.ACTIVATIONS:
        return "ffn_activation=%r has no fused kernel" % kwargs["ffn_activation"]
    if kwargs.get("attention_type", "dot_product") != "dot_product":
        return "attention_type=%r is not fused" % kwargs["attention_type"]
    if QuantLayer.enable_quant:
        return "quantization-aware training is on"
    return None


def _layer_factory(stock_cls, fused_cls):
    announce = _announce("Transformer encoder/decoder layers use")

    def build(*args, **kwargs):
        reason = unsupported_reason(kwargs)
        if reason is not None:
            _log_once("stock %s used: %s" % (stock_cls.__name__, reason))
            return stock_cls(*args, **kwargs)
        announce()
        return fused_cls(*args, **kwargs)

    build.__name__ = build.__qualname__ = stock_cls.__name__
    return build


def _with_fused_output_norm(stock_build):
    """A NeurST stack's build() whose final LayerNormalization (`output_ln`, float32) is
    lightseq_tf's LayerNorm built from the same config: same variables and float32 math, one
    fused op each way instead of ~30 TF ops (moments, casts, and column sums for the gradients
    of gamma and beta)."""
    @functools.wraps(stock_build)
    def build(self, input_shape):
        stock_build(self, input_shape)
        norm = getattr(self, "_output_norm_layer", None)
        if type(norm) is tf.keras.layers.LayerNormalization and not norm.built:  # pylint: disable=unidiomatic-typecheck
            config = norm.get_config()
            self._output_norm_layer = fused_layer_norm.LayerNorm.from_config(config)  # pylint: disable=protected-access
    return build


def disabled_reason():
    """Why substitution is off (opt-out or unusable op library), or None."""
    if os.environ.get("LIGHTSEQ_TF_DISABLE", "0") not in ("", "0"):
        return "LIGHTSEQ_TF_DISABLE is set"
    try:
        lightseq_tf._loader.load()  # pylint: disable=protected-access
    except lightseq_tf.OpLibraryError as e:
        return str(e)
    return None


def _get(owner, name):
    return owner[name] if isinstance(owner, dict) else getattr(owner, name)


def _put(owner, name, value):
    if isinstance(owner, dict):
        owner[name] = value
    else:
        setattr(owner, name, value)


def _replace(owner, name, make):
    """Sets owner.name (or owner[name]) to make(original), remembering the original."""
    key = (id(owner), name)
    if key not in _originals:
        _originals[key] = (owner, name, _get(owner, name))
    _put(owner, name, make(_originals[key][2]))


def _original(owner, name):
    key = (id(owner), name)
    return _originals[key][2] if key in _originals else _get(owner, name)


def apply():
    """Substitutes the fused pieces into NeurST; returns True if it did."""
    reason = disabled_reason()
    if reason is not None:
        _log_once("NeurST runs its stock layers (%s)" % reason)
        return False
    from neurst_ext import callbacks, fused  # noqa: PLC0415
    from neurst.layers.modalities.text_modalities import WordEmbeddingSharedWeights  # noqa: PLC0415
    from neurst.models.model_utils import input_length_to_nonpadding  # noqa: PLC0415
    from neurst.utils.registry import REGISTRIES  # noqa: PLC0415

    encoder, decoder, model, criterion = (importlib.import_module(m) for m in (
        ENCODER_MODULE, DECODER_MODULE, MODEL_MODULE, CRITERION_MODULE))
    _replace(encoder, "TransformerEncoderLayer", lambda stock: _layer_factory(stock, fused_layers.TransformerEncoderLayer))
    _replace(decoder, "TransformerDecoderLayer", lambda stock: _layer_factory(stock, fused_layers.TransformerDecoderLayer))
    for stack in (encoder.TransformerEncoder, decoder.TransformerDecoder):
        _replace(stack, "build", _with_fused_output_norm)
    _replace(model, "PositionEmbeddingWrapper", lambda stock: fused.position_embedding_wrapper(
        stock, WordEmbeddingSharedWeights, _announce("sinusoid embeddings use"),
        _announce("shared softmax (vocabulary padded to a multiple of 8, fused bias) uses")))
    _replace(criterion.LabelSmoothedCrossEntropy, "__call__", lambda stock: fused.label_smoothed_cross_entropy_call(
        stock, input_length_to_nonpadding, _announce("label_smoothed_cross_entropy uses")))
    optimizers = REGISTRIES["tf"]["optimizer"]
    stock_adam = _original(optimizers, "adam")
    adam = fused.adam(_announce("Adam uses multi-tensor"))
    for name in [n for n in optimizers if _original(optimizers, n) is stock_adam]:
        _replace(optimizers, name, lambda stock: adam)
    _replace(importlib.import_module(TRAINING_UTILS_MODULE), "handle_fp16_and_distributed_optimizer",
             lambda stock: _with_fused_loss_scaling(stock, _announce("loss scaling unscales gradients with"), _announce(
                 "loss scaling skips non-finite steps and updates its scale on the device (no tf.cond) with")))
    _replace(importlib.import_module(LOSS_SCALE_MODULE), "_refactor_is_all_finite", fused.is_all_finite)
    _replace(importlib.import_module(EXPORT_MODULE).SequenceGeneratorSavedmodel, "run", _export_with_stock_neurst)
    neurst_callbacks = importlib.import_module(CALLBACKS_MODULE)
    _replace(neurst_callbacks.CentralizedCallback, "__init__", callbacks.tf_logs_init)
    _replace(neurst_callbacks.MetricReductionCallback, "custom_on_train_batch_begin", callbacks.summary_batch_begin)
    _replace(neurst_callbacks.MetricReductionCallback, "custom_on_train_batch_end", callbacks.summary_batch_end)
    _replace(neurst_callbacks.CentralizedCallback, "on_train_batch_begin", callbacks.batch_begin)
    _replace(neurst_callbacks.CentralizedCallback, "on_train_batch_end", callbacks.batch_end)
    hooks = resume.Resumption()
    trainer = importlib.import_module(TRAINER_MODULE)
    _replace(trainer.CustomCheckpointCallback, "custom_on_train_batch_end", hooks.checkpoint_callback_on_batch_end)
    _replace(trainer.Trainer, "_restore_ckpt_or_pretrain", hooks.trainer_restore)
    _replace(trainer.Trainer, "run", _run_with_steps_per_execution)
    _replace(trainer, "map_data_for_keras", hooks.map_data_for_keras)
    _replace(trainer, "build_lr_schedule", hooks.build_lr_schedule)
    return True


@contextlib.contextmanager
def stock_neurst():
    """Stock NeurST for what is built inside the block, the substitution again after it."""
    patched = [(owner, name, _get(owner, name)) for owner, name, _ in _originals.values()]
    for owner, name, original in _originals.values():
        _put(owner, name, original)
    try:
        yield
    finally:
        for owner, name, value in patched:
            _put(owner, name, value)


def _with_fused_loss_scaling(stock, on_first_unscale, on_first_sync_free_apply):
    """NeurST's optimizer wrapping, whose tf.keras LossScaleOptimizer (float16 without Horovod)
    then unscales gradients with fused.unscaled_gradients and applies them with
    fused.sync_free_apply_gradients."""
    from neurst_ext import fused  # noqa: PLC0415
    from tf_keras.src.mixed_precision.loss_scale_optimizer import LossScaleOptimizer  # noqa: PLC0415

    loss_scale_module = importlib.import_module(LOSS_SCALE_MODULE)

    @functools.wraps(stock)
    def handle_fp16_and_distributed_optimizer(*args, **kwargs):
        optimizer = stock(*args, **kwargs)
        if type(optimizer) is LossScaleOptimizer:  # pylint: disable=unidiomatic-typecheck
            optimizer.get_unscaled_gradients = fused.unscaled_gradients(optimizer, on_first_unscale)
            optimizer.apply_gradients = fused.sync_free_apply_gradients(
                optimizer, lambda grads: loss_scale_module._refactor_is_all_finite(grads),  # pylint: disable=protected-access
                on_first_sync_free_apply)
        return optimizer
    return handle_fp16_and_distributed_optimizer


def _run_with_steps_per_execution(stock_run):
    """Trainer.run whose Keras model (the one holding the trainer's model) is compiled with the
    steps per call of callbacks.steps_per_execution, known once run() has restored the step."""
    from neurst.utils import compat as neurst_compat  # noqa: PLC0415
    from neurst_ext import callbacks  # noqa: PLC0415
    from tf_keras.src.engine.training import Model  # noqa: PLC0415

    @functools.wraps(stock_run)
    def run(self):
        stock_compile = Model.compile

        def compile_trainer_model(model, *args, **kwargs):
            if any(layer is self.model for layer in model.layers) and "steps_per_execution" not in kwargs:
                k, why = callbacks.steps_per_execution(self, neurst_compat.get_registered_initial_step())
                _log_once("NeurST runs %d training step%s per call (%s)" % (k, "s" if k > 1 else "", why),
                          logging.info)
                kwargs["steps_per_execution"] = k
            return stock_compile(model, *args, **kwargs)

        Model.compile = compile_trainer_model
        try:
            return stock_run(self)
        finally:
            Model.compile = stock_compile
    return run


def _export_with_stock_neurst(stock_run):
    """The exporter's run(), on a model rebuilt (same name, so the same variable names) from its
    saved configs with stock NeurST: NeurST builds the model before the exporter exists."""
    from neurst.training import training_utils  # noqa: PLC0415
    from neurst.utils.configurable import ModelConfigs  # noqa: PLC0415
    from neurst.utils.misc import flatten_string_list  # noqa: PLC0415

    @functools.wraps(stock_run)
    def run(self):
        _log_once("NeurST exports its SavedModel with stock layers: it loads and serves without lightseq_tf",
                  logging.info)
        with stock_neurst():
            model_dirs = flatten_string_list(self.model_dir)
            if len(model_dirs) == 1 and self.model is not None:  # ensembles are built in run()
                with training_utils.get_strategy_scope(self.strategy):
                    self._model = self.task.build_model(ModelConfigs.load(model_dirs[0]), name=self.model.name)
            return stock_run(self)
    return run


def apply_or_log():
    """apply(), except that an unexpected error is logged as the reason NeurST runs its stock
    layers: substitution must never break a training run."""
    try:
        return apply()
    except Exception as e:  # pylint: disable=broad-except
        revert()
        _log_once("NeurST runs its stock layers (substitution failed: %s: %s)" % (type(e).__name__, e))
        return False


def revert():
    """Restores NeurST's own layers, modality, criterion and optimizer."""
    for owner, name, original in _originals.values():
        _put(owner, name, original)
    _originals.clear()
