"""Access to the `_lightseq_kernels` pybind11 module (CUDA launchers without TensorFlow).

The module is built by `scripts/build.sh` when CUDA is available. Search order:
$LIGHTSEQ_TF_KERNELS_DIR, the package directory, the Bazel output of a source checkout.
"""

import importlib
import os
import sys

ACTIVATION_CODES = {"identity": 0, "relu": 1, "gelu": 2, "gelu_tanh": 3}


def load():
    """Imports and returns the kernels module; raises ImportError if it was not built."""
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = [os.environ.get("LIGHTSEQ_TF_KERNELS_DIR", ""), here,
            os.path.join(os.path.dirname(here), "bazel-bin", "tf_ops", "pybind")]
    for d in dirs:
        if d and os.path.isfile(os.path.join(d, "_lightseq_kernels.so")):
            if d not in sys.path:
                sys.path.insert(0, d)
            return importlib.import_module("_lightseq_kernels")
    raise ImportError("_lightseq_kernels.so not found in %s (built only with CUDA)" % [d for d in dirs if d])
