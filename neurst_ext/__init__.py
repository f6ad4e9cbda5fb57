"""NeurST integration: run-time fixes for NeurST 0.1.2 on TensorFlow 2.21 (`compat`) and the
substitution of lightseq_tf's fused Transformer layers into NeurST's stacks (`substitute`).

Installing the package activates both whenever a program imports NeurST (`startup`, through
`lightseq_tf_neurst.pth`). Explicitly:

    import neurst_ext
    neurst_ext.activate()   # before NeurST builds its model; LIGHTSEQ_TF_DISABLE=1 keeps stock layers
"""


def activate():
    """Applies the NeurST compatibility fixes and substitutes the fused layers; returns True if
    the fused layers are in use (else one log line says why not)."""
    from neurst_ext import compat  # noqa: PLC0415

    compat.apply()  # before anything imports TensorFlow: it selects Keras 2
    from neurst_ext import substitute  # noqa: PLC0415

    return substitute.apply()
