"""NeurST's training callbacks without a host synchronization per step, and with several
steps per `tf.function` call.

Keras converts a step's logs (loss, metrics: GPU tensors) to NumPy after every step unless all
callbacks with batch hooks declare `_supports_tf_logs`; NeurST's do not, so the host waited for
each step to finish on the GPU before it could queue the next, and the GPU idled while the host
went through Keras's loop and the first ops of the next step. NeurST's own callbacks read the
logs only on summary steps (MetricReductionCallback) or not at all, so they can take tensors:
the summary callback converts them itself when it logs, and measures its window by the wall
clock (from the first step's start to the summary, after the logs are read back) instead of
summing step times that no longer include the GPU's work.

Keras's `steps_per_execution` = k runs k steps per call of the training function, so the host
goes through Keras's loop, the callbacks and the function call once per k steps (the step is
bound by the host's dispatch; NeurST's trainer sets no k and its callbacks count one step per
call). With the hooks below they count the steps of each call, and `steps_per_execution` picks
a k that divides every interval they act on (summaries, checkpoints, validation) and the step
training starts from, so that they act on the same steps as with one step per call.
"""

import math
import os

from tf_keras.src.utils import tf_utils

# Steps per training-function call when the intervals allow (LIGHTSEQ_TF_STEPS_PER_EXECUTION).
DEFAULT_STEPS_PER_EXECUTION = 8

# NeurST's callbacks (neurst.training) whose batch hooks ignore `logs`, or read them through
# summary_batch_end below.
TF_LOGS_CALLBACKS = ("CustomCheckpointCallback", "LearningRateScheduler", "MetricReductionCallback", "Validator",
                     "CriterionValidator")


def tf_logs_init(stock_init):
    """CentralizedCallback.__init__ that marks NeurST's own callbacks as taking tensor logs
    (instances of other subclasses keep Keras's NumPy logs)."""

    def __init__(self, *args, **kwargs):
        stock_init(self, *args, **kwargs)
        if type(self).__name__ in TF_LOGS_CALLBACKS and type(self).__module__.startswith("neurst."):
            self._supports_tf_logs = True

    return __init__


def summary_batch_begin(stock):
    """MetricReductionCallback's batch start: the clock starts at the first step of a window."""

    def custom_on_train_batch_begin(self, step, logs=None):
        if self._last_triggered_time is None or (step - 1) % self._summary_steps == 0:
            stock(self, step, logs)

    return custom_on_train_batch_begin


def summary_batch_end(stock):
    """MetricReductionCallback's batch end: only summary steps reach NeurST's code, with logs
    read back to NumPy (waiting for the GPU), so that its time is the window's wall clock."""

    def custom_on_train_batch_end(self, step, logs=None):
        if step % self._summary_steps == 0:
            stock(self, step, tf_utils.sync_to_numpy_or_python_type(logs))
            self._last_triggered_time = None

    return custom_on_train_batch_end


def batch_begin(stock):  # pylint: disable=unused-argument
    """CentralizedCallback's batch start: notes the call's first batch; NeurST's hook gets the
    global step of the call's first step."""

    def on_train_batch_begin(self, batch, logs=None):
        # pylint: disable=protected-access
        self._lightseq_first_batch = batch
        self.custom_on_train_batch_begin(self._CentralizedCallback__global_step + 1, logs)

    return on_train_batch_begin


def batch_end(stock):  # pylint: disable=unused-argument
    """CentralizedCallback's batch end: advances the global step by the call's steps (Keras
    passes the call's last batch); NeurST's hook gets the step reached."""

    def on_train_batch_end(self, batch, logs=None):
        # pylint: disable=protected-access
        self._CentralizedCallback__global_step += batch - self._lightseq_first_batch + 1
        self.custom_on_train_batch_end(self._CentralizedCallback__global_step, logs)

    return on_train_batch_end


def steps_per_execution(trainer, initial_step):
    """(k, reason): steps per training-function call for NeurST's trainer: the largest divisor of
    LIGHTSEQ_TF_STEPS_PER_EXECUTION (default 8) that divides the summary, checkpoint and
    validation intervals and the initial step; 1 when training by epochs (a call cut short by
    the end of the data would lose its steps' logs) or with Horovod (its callbacks count calls)."""
    wanted = int(os.environ.get("LIGHTSEQ_TF_STEPS_PER_EXECUTION", DEFAULT_STEPS_PER_EXECUTION))
    # pylint: disable=protected-access
    if trainer._train_epochs:
        return 1, "training by epochs"
    if trainer._hvd_backend is not None:
        return 1, "Horovod"
    intervals = {"summary_steps": trainer._summary_steps, "save_checkpoint_steps": trainer._save_checkpoint_steps,
                 "initial step": initial_step or 0}
    if trainer._validator is not None and hasattr(trainer._validator, "_eval_steps"):
        intervals["eval_steps"] = trainer._validator._eval_steps
    k = math.gcd(max(wanted, 1), *intervals.values())
    return k, "gcd of LIGHTSEQ_TF_STEPS_PER_EXECUTION=%d and %s" % (wanted, ", ".join(
        "%s %d" % item for item in intervals.items()))
