"""Run-time fixes that let NeurST 0.1.2 run on TensorFlow 2.21 with tf-keras, without editing
site-packages (see ../shared/notes/neurst-on-tf2.21.md). Each fix is a named function so it can be
tested on its own; `importing_neurst()` applies them all around NeurST's import (the start-up hook
in `neurst_ext.startup` runs `import neurst` inside it), `apply()` does the same explicitly.

NeurST builds Keras 2 layers: `select_keras_2()` sets TF_USE_LEGACY_KERAS=1 unless TensorFlow is
already imported (then it must already run tf-keras). Needs scipy and tensorboard installed.
"""

import contextlib
import importlib
import os
import sys
import types

_applied = False

# Keras >= 2.11 optimizers lack `_set_hyper`, which NeurST's optimizer wrappers call.
LEGACY_OPTIMIZERS = ("Optimizer", "Adam", "Adagrad", "Adadelta", "SGD", "RMSprop", "Adamax", "Nadam", "Ftrl")
_FROZEN_LOSS_SCALE = "tensorflow.python.keras.mixed_precision.loss_scale_optimizer"
LOSS_SCALE_MODULES = ("neurst.training.revised_dynamic_loss_scale", "neurst.training.hvd_utils")


class _ModuleProxy(types.ModuleType):
    """A module whose listed attributes are overridden; the rest come from `base`."""

    def __init__(self, base, **overrides):
        super().__init__(base.__name__)
        self.__dict__.update(overrides)
        self._base = base

    def __getattr__(self, name):
        return getattr(self._base, name)


def alias_distribution_strategy_context():
    """`tensorflow.python.distribute.distribution_strategy_context` was folded into
    `distribute_lib`; NeurST's revised_dynamic_loss_scale imports the old name."""
    import tensorflow.python.distribute as distribute  # noqa: PLC0415
    from tensorflow.python.distribute import distribute_lib  # noqa: PLC0415

    sys.modules.setdefault("tensorflow.python.distribute.distribution_strategy_context", distribute_lib)
    distribute.distribution_strategy_context = distribute_lib


def use_legacy_keras_optimizers():
    """Point tf.keras.optimizers.* at tf.keras.optimizers.legacy.* (NeurST uses `_set_hyper`)."""
    import tensorflow as tf  # noqa: PLC0415

    for name in LEGACY_OPTIMIZERS:
        setattr(tf.keras.optimizers, name, getattr(tf.keras.optimizers.legacy, name))


@contextlib.contextmanager
def tf_keras_loss_scale():
    """NeurST's fp16 loss scaling subclasses the frozen `tensorflow.python.keras` loss-scale state,
    which tf-keras's optimizer cannot use: while NeurST imports, that module is tf-keras's."""
    saved = sys.modules.get(_FROZEN_LOSS_SCALE)
    sys.modules[_FROZEN_LOSS_SCALE] = importlib.import_module("tf_keras.src.mixed_precision.loss_scale_optimizer")
    try:
        yield
        for name in LOSS_SCALE_MODULES:
            importlib.import_module(name)
    finally:
        if saved is None:
            del sys.modules[_FROZEN_LOSS_SCALE]
        else:
            sys.modules[_FROZEN_LOSS_SCALE] = saved


def use_tf_cond_in_loss_scale():
    """revised_dynamic_loss_scale calls `control_flow_ops.cond`, gone from TF 2.21: use tf.cond."""
    import tensorflow as tf  # noqa: PLC0415

    module = importlib.import_module("neurst.training.revised_dynamic_loss_scale")
    if not isinstance(module.control_flow_ops, _ModuleProxy):
        module.control_flow_ops = _ModuleProxy(module.control_flow_ops, cond=tf.cond)


def fix_callbacks_graph_summary():
    """MetricReductionCallback writes the graph with `summary_ops_v2.graph(K.get_graph(), step=0)`:
    `graph` lost `step` (use graph_v1) and K must be tf-keras's backend, not the frozen one."""
    from tensorflow.python.ops import summary_ops_v2  # noqa: PLC0415

    module = importlib.import_module("neurst.training.callbacks")
    if not isinstance(module.summary_ops_v2, _ModuleProxy):
        module.summary_ops_v2 = _ModuleProxy(summary_ops_v2, graph=summary_ops_v2.graph_v1)
    module.K = importlib.import_module("tf_keras.src.backend")


# The first two must precede NeurST's import; tf_keras_loss_scale() wraps it; the rest patch modules.
PRE_IMPORT_FIXES = (alias_distribution_strategy_context, use_legacy_keras_optimizers)
POST_IMPORT_FIXES = (use_tf_cond_in_loss_scale, fix_callbacks_graph_summary)


def select_keras_2():
    """Sets TF_USE_LEGACY_KERAS=1 if TensorFlow is not imported yet; raises RuntimeError if it
    already runs with Keras 3."""
    if "tensorflow" not in sys.modules:
        os.environ["TF_USE_LEGACY_KERAS"] = "1"
    import tensorflow as tf  # noqa: PLC0415

    try:
        keras = tf.keras.__name__
    except ImportError as e:  # TensorFlow found no Keras 3 to load
        keras = "not loadable (%s)" % e
    if not keras.startswith("tf_keras"):
        raise RuntimeError("NeurST needs Keras 2: set TF_USE_LEGACY_KERAS=1 (with tf-keras installed) before "
                           "TensorFlow is imported; tf.keras is %s" % keras)


@contextlib.contextmanager
def importing_neurst():
    """Applies every fix around NeurST's import, which runs inside the `with` block."""
    global _applied
    select_keras_2()
    for fix in PRE_IMPORT_FIXES:
        fix()
    with tf_keras_loss_scale():
        yield
    for fix in POST_IMPORT_FIXES:
        fix()
    _applied = True


def apply():
    """Applies every fix once (idempotent) and imports NeurST; takes over from the start-up hook
    if NeurST is not imported yet. Raises RuntimeError if TensorFlow already runs with Keras 3."""
    if _applied:
        return
    from neurst_ext import startup  # noqa: PLC0415

    startup.uninstall()
    with importing_neurst():
        importlib.import_module("neurst")
