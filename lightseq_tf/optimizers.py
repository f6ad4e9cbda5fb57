"""Keras optimizers whose updates run as multi-tensor ops."""

import collections
import contextlib

import tensorflow as tf

from lightseq_tf.ops import _checks
from lightseq_tf.ops.optimizer import multi_tensor_adam


class Adam(tf.keras.optimizers.legacy.Adam):
    """tf.keras's (legacy) Adam with the dense updates of each device and dtype in one
    `multi_tensor_adam` op instead of one ResourceApplyAdam per variable.

    Same hyperparameters, slots ("m", "v"), iteration counter and checkpoint as the stock class,
    so the two restore each other's checkpoints. Sparse gradients, variable constraints and
    amsgrad take the stock per-variable path.
    """

    _apply_update = None  # see updates_only_if

    @contextlib.contextmanager
    def updates_only_if(self, apply_update):
        """Within the block, apply_gradients changes variables and slots only where the boolean
        scalar `apply_update` is true, deciding on the device (tf.cond would copy the flag to
        the host and wait for it); `iterations` advances either way, as in a skipped step of a
        LossScaleOptimizer. Every gradient must then take the multi-tensor path."""
        previous, self._apply_update = self._apply_update, apply_update
        try:
            yield
        finally:
            self._apply_update = previous

    def _fusable(self, grad, var):
        return (not self.amsgrad and grad is not None and not isinstance(grad, tf.IndexedSlices)
                and var.constraint is None and var.dtype.base_dtype in _checks.FLOAT_DTYPES)

    def _distributed_apply(self, distribution, grads_and_vars, apply_state, name):
        grads_and_vars = list(grads_and_vars)
        fused = [(g, v) for g, v in grads_and_vars if self._fusable(g, v)]
        rest = [(g, v) for g, v in grads_and_vars if not self._fusable(g, v)]
        apply_update = True if self._apply_update is None else self._apply_update
        if self._apply_update is not None and rest:
            raise ValueError("updates_only_if needs every update on the multi-tensor path; not: %s"
                             % ", ".join(v.name for _, v in rest))
        # Per (replica, dtype): the replica-local variables, slots and gradients.
        groups = collections.defaultdict(list)
        for grad, var in fused:
            local = zip(distribution.experimental_local_results(var),
                        distribution.experimental_local_results(self.get_slot(var, "m")),
                        distribution.experimental_local_results(self.get_slot(var, "v")),
                        distribution.experimental_local_results(grad))
            for replica, (v, m, s, g) in enumerate(local):
                groups[replica, var.dtype.base_dtype].append((v, m, s, g))
        updates = []
        with tf.name_scope(name or self._name):
            for (_, dtype), items in groups.items():
                device = items[0][0].device
                with tf.device(device):
                    c = (apply_state or {}).get((device, dtype)) or self._fallback_apply_state(device, dtype)
                    updates.append(multi_tensor_adam(
                        [i[0] for i in items], [i[1] for i in items], [i[2] for i in items],
                        [i[3] for i in items], c["lr_t"], c["beta_1_power"], c["beta_2_power"],
                        c["beta_1_t"], c["beta_2_t"], c["epsilon"], apply_update))
        # The stock path applies the rest and then advances `iterations`.
        with tf.control_dependencies(updates if not tf.executing_eagerly() else []):
            return super()._distributed_apply(distribution, rest, apply_state, name)
