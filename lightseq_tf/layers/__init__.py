"""Keras layers backed by the fused ops."""

from lightseq_tf.layers.layer_norm import LayerNorm
from lightseq_tf.layers.transformer import TransformerDecoderLayer, TransformerEncoderLayer

__all__ = ["LayerNorm", "TransformerDecoderLayer", "TransformerEncoderLayer"]
