"""lightseq-tf: fused TensorFlow ops and Keras layers for fast Transformer training."""

from lightseq_tf._loader import OpLibraryError, is_available
from lightseq_tf import ops
from lightseq_tf import layers

__version__ = "0.1.0"

__all__ = ["OpLibraryError", "is_available", "layers", "ops", "__version__"]
