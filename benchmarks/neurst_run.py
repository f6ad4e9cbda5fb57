"""`neurst-run` (NeurST's own CLI, same arguments) with measurements the benchmarks need and NeurST
does not log: the wall-clock time at the end of every training step, the peak GPU memory of the
TF allocator, and optionally a TF profiler trace of a window of steps.

Environment (all optional):
  NEURST_RUN_REPORT       write a JSON report here: {"step_end_times": [...], "peak_gpu_bytes": n}
  NEURST_RUN_PROFILE      "first,last,dir": trace steps first..last (1-based, inclusive) into dir
  NEURST_RUN_SEED         seed Python, NumPy and TF (tf.keras.utils.set_random_seed) before NeurST runs
"""

import json
import os
import sys
import time

import neurst  # noqa: F401  (first: NeurST's TF 2.21 fixes pick Keras 2 before TensorFlow is imported)
import tensorflow as tf


class _Measure(tf.keras.callbacks.Callback):
    """Step end times and the optional profiler window. A step's end time is when the host has
    queued it; it includes the GPU's work where a callback before this one read the step's logs
    back (stock NeurST: every step; with lightseq_tf: summary steps, the ones bench_neurst.py
    times). The profiler window starts and stops with the GPU idle."""

    def __init__(self, profile):
        super().__init__()
        self._supports_tf_logs = True  # reads no logs: no host synchronization of its own
        self.step_end_times = []
        self._profile = profile

    def on_train_batch_begin(self, batch, logs=None):
        if self._profile and len(self.step_end_times) + 1 == self._profile[0]:
            tf.test.experimental.sync_devices()
            tf.profiler.experimental.start(self._profile[2])

    def on_train_batch_end(self, batch, logs=None):
        self.step_end_times.append(time.time())
        if self._profile and len(self.step_end_times) == self._profile[1]:
            tf.test.experimental.sync_devices()
            tf.profiler.experimental.stop()


def _parse_profile(spec):
    if not spec:
        return None
    first, last, directory = spec.split(",", 2)
    return int(first), int(last), directory


def main():
    if os.environ.get("NEURST_RUN_SEED"):
        tf.keras.utils.set_random_seed(int(os.environ["NEURST_RUN_SEED"]))
    measure = _Measure(_parse_profile(os.environ.get("NEURST_RUN_PROFILE")))
    fit = tf.keras.Model.fit

    def fit_with_measure(self, *args, callbacks=None, **kwargs):
        return fit(self, *args, callbacks=list(callbacks or []) + [measure], **kwargs)

    tf.keras.Model.fit = fit_with_measure
    from neurst.cli import run_exp  # noqa: PLC0415

    sys.argv = [os.path.join(os.path.dirname(sys.executable), "neurst-run")] + sys.argv[1:]
    try:
        run_exp.cli_main()
    except SystemExit as e:
        if e.code not in (None, 0):
            raise
    report = os.environ.get("NEURST_RUN_REPORT")
    if report:
        peak = tf.config.experimental.get_memory_info("GPU:0")["peak"] if tf.config.list_physical_devices(
            "GPU") else None
        with open(report, "w") as f:
            json.dump({"step_end_times": measure.step_end_times, "peak_gpu_bytes": peak}, f)


if __name__ == "__main__":
    main()
