"""`neurst-run` (NeurST's own CLI, same arguments) with measurements the benchmarks need and NeurST
does not log: the wall-clock time at the end of every training step, the peak GPU memory of the
TF allocator, and optionally a TF profiler trace of a window of steps.

Environment (all optional):
  NEURST_RUN_REPORT       write a JSON report here: {"step_end_times": [...], "peak_gpu_bytes": n,
                          "profiled_steps": n or null}
  NEURST_RUN_PROFILE      "first,last,dir": trace steps first..last (1-based, inclusive) into dir;
                          with several steps per call, the calls that hold them (profiled_steps)
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
    times). The steps of one call of the training function (Keras's steps_per_execution) share
    its end time. The profiler window starts and stops with the GPU idle, at the calls that
    hold its first and last step."""

    def __init__(self, profile):
        super().__init__()
        self._supports_tf_logs = True  # reads no logs: no host synchronization of its own
        self.step_end_times = []
        self._profile = profile
        self._first_batch = 0
        self.profiled_first, self.profiled_steps = None, None

    def on_train_batch_begin(self, batch, logs=None):
        self._first_batch = batch
        done = len(self.step_end_times)
        if self._profile and done < self._profile[0] <= done + self._steps_per_call():
            tf.test.experimental.sync_devices()
            tf.profiler.experimental.start(self._profile[2])
            self.profiled_first = done + 1

    def on_train_batch_end(self, batch, logs=None):
        done = len(self.step_end_times)
        self.step_end_times += [time.time()] * (batch - self._first_batch + 1)
        if self._profile and done < self._profile[1] <= len(self.step_end_times):
            tf.test.experimental.sync_devices()
            tf.profiler.experimental.stop()
            self.profiled_steps = len(self.step_end_times) - self.profiled_first + 1

    def _steps_per_call(self):  # Keras reads the same device variable before each call
        spe = getattr(self.model, "_steps_per_execution", None)
        return 1 if spe is None else int(spe.numpy())


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
            json.dump({"step_end_times": measure.step_end_times, "peak_gpu_bytes": peak,
                       "profiled_steps": measure.profiled_steps}, f)


if __name__ == "__main__":
    main()
