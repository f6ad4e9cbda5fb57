"""NeurST 0.1.2 on TensorFlow 2.21: each run-time fix, and activation in fresh processes."""

import os
import subprocess
import sys

import tensorflow as tf

from neurst_ext import compat

compat.apply()

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_python(code, **env):
    environment = {k: v for k, v in os.environ.items() if k != "TF_USE_LEGACY_KERAS"}
    path = os.pathsep.join(p for p in (ROOT, environment.get("PYTHONPATH", "")) if p)
    environment.update(env, PYTHONPATH=path, TF_CPP_MIN_LOG_LEVEL="3")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment,
                          timeout=300, check=False)


def test_each_fix_took_effect():
    import neurst.training.callbacks as callbacks  # noqa: PLC0415
    import neurst.training.revised_dynamic_loss_scale as loss_scale  # noqa: PLC0415
    from tensorflow.python.distribute import distribute_lib  # noqa: PLC0415

    assert sys.modules["tensorflow.python.distribute.distribution_strategy_context"] is distribute_lib
    for name in compat.LEGACY_OPTIMIZERS:
        assert getattr(tf.keras.optimizers, name) is getattr(tf.keras.optimizers.legacy, name)
    assert loss_scale.TfDls.__module__.startswith("tf_keras.")  # fp16 loss scale from tf-keras
    assert compat._FROZEN_LOSS_SCALE not in sys.modules or not sys.modules[  # pylint: disable=protected-access
        compat._FROZEN_LOSS_SCALE].__name__.startswith("tf_keras")  # pylint: disable=protected-access
    assert loss_scale.control_flow_ops.cond is tf.cond
    assert callbacks.summary_ops_v2.graph is callbacks.summary_ops_v2._base.graph_v1  # pylint: disable=protected-access
    assert callbacks.K.__name__ == "tf_keras.src.backend"


def test_dynamic_loss_scale_updates_with_tf_cond():
    from neurst.training.revised_dynamic_loss_scale import RevisedDynamicLossScale  # noqa: PLC0415

    # As NeurST's training_utils builds it for fp16, with a short growth period.
    scale = RevisedDynamicLossScale(initial_loss_scale=8.0, growth_steps=1, multiplier=2.0)
    scale.update([tf.constant([1.0])])
    assert float(scale()) == 16.0
    scale.update([tf.constant([float("inf")])])
    assert float(scale()) == 8.0


def test_activate_in_a_fresh_process_selects_keras_2_and_substitutes():
    result = run_python("import neurst_ext; ok = neurst_ext.activate(); import tensorflow as tf; "
                        "print(ok, tf.keras.__name__)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", tf.keras.__name__]
    assert tf.keras.__name__.startswith("tf_keras")


def test_tensorflow_imported_without_keras_2_is_a_clear_error():
    # With Keras 3 installed, and without it (as on the GPU machine, which has only tf-keras);
    # through explicit activation and through the start-up hook.
    for block_keras_3 in ("", "import sys; sys.modules['keras'] = None; "):
        for activation in ("import neurst_ext; neurst_ext.activate()", "import neurst_ext.startup as s; s.install(); "
                           "import neurst"):
            result = run_python(block_keras_3 + "import tensorflow as tf; " + activation)
            assert result.returncode != 0
            assert "NeurST needs Keras 2: set TF_USE_LEGACY_KERAS=1" in result.stderr, result.stderr[-2000:]


START_UP_PROBE = """
import os, sys
untouched = "tensorflow" not in sys.modules and "TF_USE_LEGACY_KERAS" not in os.environ
import neurst_ext.startup
neurst_ext.startup.install()  # what lightseq_tf_neurst.pth does at start-up
import neurst.layers.encoders.transformer_encoder as encoder
import neurst.training.revised_dynamic_loss_scale as loss_scale
import tensorflow as tf
print(untouched, encoder.TransformerEncoderLayer.__module__, tf.keras.__name__.split(".")[0],
      loss_scale.TfDls.__module__.split(".")[0])
"""


def test_start_up_hook_activates_when_neurst_is_imported():
    result = run_python(START_UP_PROBE)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["True", "neurst_ext.substitute", "tf_keras", "tf_keras"]
    result = run_python(START_UP_PROBE, LIGHTSEQ_TF_DISABLE="1")  # stock layers, NeurST still fixed
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["True", "neurst.layers.transformer_layers", "tf_keras", "tf_keras"]
    assert "NeurST runs its stock layers (LIGHTSEQ_TF_DISABLE is set)" in result.stderr
