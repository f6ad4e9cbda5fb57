"""Keras layers backed by the fused ops."""

from lightseq_tf.layers.layer_norm import LayerNorm

__all__ = ["LayerNorm"]
