import os

# tf.keras must be Keras 2 (tf-keras), as in NeurST; set before TensorFlow is imported.
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import tensorflow as tf  # noqa: E402

# float32 parity is checked against float32 references: TF32 matmuls (TF's default on Ampere and
# newer GPUs) round inputs to 10 mantissa bits, differently on each side of a comparison.
tf.config.experimental.enable_tensor_float_32_execution(False)

# Two logical CPU devices, for the MirroredStrategy tests (set before TensorFlow initializes).
_cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(_cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
