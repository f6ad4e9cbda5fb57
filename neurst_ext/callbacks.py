"""NeurST's training callbacks without a host synchronization per step.

Keras converts a step's logs (loss, metrics: GPU tensors) to NumPy after every step unless all
callbacks with batch hooks declare `_supports_tf_logs`; NeurST's do not, so the host waited for
each step to finish on the GPU before it could queue the next, and the GPU idled while the host
went through Keras's loop and the first ops of the next step. NeurST's own callbacks read the
logs only on summary steps (MetricReductionCallback) or not at all, so they can take tensors:
the summary callback converts them itself when it logs, and measures its window by the wall
clock (from the first step's start to the summary, after the logs are read back) instead of
summing step times that no longer include the GPU's work.
"""

from tf_keras.src.utils import tf_utils

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
