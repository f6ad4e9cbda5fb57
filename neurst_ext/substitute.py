"""Puts lightseq_tf's fused Transformer layers into NeurST's encoder/decoder stacks.

NeurST's `TransformerEncoder` / `TransformerDecoder` build their layers through the module
globals `TransformerEncoderLayer` / `TransformerDecoderLayer`; `apply()` replaces those with
factories that build the fused layers (same variables, so checkpoints are unchanged) and fall
back to NeurST's own layer, with one logged reason, for settings the fused layers lack.
`LIGHTSEQ_TF_DISABLE=1` keeps stock NeurST. Call after `neurst_ext.compat.apply()`.
"""

import importlib
import os

from absl import logging

import lightseq_tf
from lightseq_tf.layers import transformer as fused

# (NeurST module, global name, fused class)
TARGETS = (
    ("neurst.layers.encoders.transformer_encoder", "TransformerEncoderLayer", fused.TransformerEncoderLayer),
    ("neurst.layers.decoders.transformer_decoder", "TransformerDecoderLayer", fused.TransformerDecoderLayer),
)

_originals = {}
_logged = set()


def _log_once(message, log=logging.warning):
    """Logs each message once. Reasons for stock layers are warnings: they may be logged while
    NeurST is imported, before absl parses its flags, when only warnings reach stderr."""
    if message not in _logged:
        _logged.add(message)
        log("lightseq_tf: %s", message)


def unsupported_reason(kwargs):
    """Why the fused layers cannot stand in for a NeurST layer built with kwargs, or None."""
    from neurst.layers.quantization.quant_layers import QuantLayer  # noqa: PLC0415

    if kwargs.get("ffn_activation", "relu") not in fused.ACTIVATIONS:
        return "ffn_activation=%r has no fused kernel" % kwargs["ffn_activation"]
    if kwargs.get("attention_type", "dot_product") != "dot_product":
        return "attention_type=%r is not fused" % kwargs["attention_type"]
    if QuantLayer.enable_quant:
        return "quantization-aware training is on"
    return None


def _factory(stock_cls, fused_cls):
    def build(*args, **kwargs):
        reason = unsupported_reason(kwargs)
        if reason is not None:
            _log_once("stock %s used: %s" % (stock_cls.__name__, reason))
            return stock_cls(*args, **kwargs)
        _log_once("NeurST Transformer encoder/decoder layers use fused kernels (%s)"
                  % lightseq_tf._loader.library_path(), logging.info)  # pylint: disable=protected-access
        return fused_cls(*args, **kwargs)

    build.__name__ = build.__qualname__ = stock_cls.__name__
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


def apply():
    """Substitutes the fused layers into NeurST's Transformer stacks; returns True if it did."""
    reason = disabled_reason()
    if reason is not None:
        _log_once("NeurST runs its stock layers (%s)" % reason)
        return False
    for module_name, name, fused_cls in TARGETS:
        module = importlib.import_module(module_name)
        if (module_name, name) not in _originals:
            _originals[module_name, name] = getattr(module, name)
        setattr(module, name, _factory(_originals[module_name, name], fused_cls))
    return True


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
    """Restores NeurST's own layer classes."""
    for (module_name, name), original in _originals.items():
        setattr(importlib.import_module(module_name), name, original)
    _originals.clear()
