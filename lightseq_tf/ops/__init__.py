"""Fused ops (each with a registered gradient). The op library loads on first call."""

from lightseq_tf.ops.attention import attention, attention_softmax, head_merge, qkv_split
from lightseq_tf.ops.dropout import ACTIVATIONS, bias_act_dropout, bias_dropout_residual
from lightseq_tf.ops.layer_norm import layer_norm, layer_norm_residual

__all__ = ["ACTIVATIONS", "attention", "attention_softmax", "head_merge", "qkv_split", "bias_act_dropout", "bias_dropout_residual", "layer_norm", "layer_norm_residual"]
