"""Exact resumption of NeurST training.

NeurST's checkpoints hold the model's variables, and the step in their file name. Resumed from
one, stock NeurST starts Adam's moments from zero, reads the training data from its first batch
again, and the fused layers would draw the dropout masks of step 0 again. With lightseq_tf in
place the trainer also writes `training_state/ckpt-N` next to each `ckpt-N` (the optimizer's slot
variables, e.g. Adam's m and v, and its iteration count); resuming from `ckpt-N` it restores them, sets the fused layers'
dropout counters to N and skips the N batches already trained on (`train_steps` mode), so a run
that was killed continues as the uninterrupted run would have, given a deterministic data order
(NeurST shuffles without a seed unless `shuffle_buffer` is 0). Stock NeurST ignores the extra
folder; a checkpoint without it resumes as in stock NeurST. The dynamic loss scale of float16
training restarts at NeurST's initial value.
"""

import os

import tensorflow as tf
from absl import logging

STATE_DIR = "training_state"


def _slots(optimizer, variables):
    """{'<slot>/<variable name>': slot variable} of a tf.keras (legacy) optimizer."""
    return {"%s/%s" % (slot, v.name): optimizer.get_slot(v, slot)
            for v in variables for slot in optimizer.get_slot_names()}


def _inner(optimizer):
    return getattr(optimizer, "inner_optimizer", optimizer)


def _state_prefix(model_dir, step):
    return os.path.join(model_dir, STATE_DIR, "ckpt-%d" % step)


def save_state(keras_model, model_dir, step):
    """Writes the optimizer's slots for checkpoint `step`; drops the states of checkpoints that
    NeurST no longer keeps."""
    optimizer = _inner(keras_model.optimizer)
    tf.train.Checkpoint(slots=_slots(optimizer, keras_model.trainable_variables),
                        iterations=optimizer.iterations).write(_state_prefix(model_dir, step))
    kept = {os.path.basename(p) for p in tf.train.get_checkpoint_state(model_dir).all_model_checkpoint_paths}
    state_dir = os.path.join(model_dir, STATE_DIR)
    for name in tf.io.gfile.listdir(state_dir):
        if name.split(".")[0] not in kept:
            tf.io.gfile.remove(os.path.join(state_dir, name))


def restore_state(trainer, step):
    """Restores the state saved with checkpoint `step` of trainer.model_dir into the trainer's
    optimizer (creating its slots now); returns whether there was one."""
    prefix = _state_prefix(trainer.model_dir, step)
    if not tf.io.gfile.exists(prefix + ".index"):
        return False
    optimizer = _inner(trainer._optimizer)  # pylint: disable=protected-access
    variables = trainer.model.trainable_variables
    optimizer._create_all_weights(variables)  # pylint: disable=protected-access
    tf.train.Checkpoint(slots=_slots(optimizer, variables), iterations=optimizer.iterations).read(
        prefix).assert_existing_objects_matched()
    return True


class Resumption:
    """The hooks, for neurst_ext.substitute to put in place."""

    def __init__(self):
        self.skip_batches = 0
        self.restored_iterations = False

    def checkpoint_callback_on_batch_end(self, stock):
        def custom_on_train_batch_end(callback, step, logs=None):
            stock(callback, step, logs)
            if step % callback._save_checkpoint_steps == 0:  # pylint: disable=protected-access
                model_dir = callback._checkpoint_manager.directory  # pylint: disable=protected-access
                latest = tf.train.latest_checkpoint(model_dir)
                if latest and latest.endswith("-%d" % step):  # NeurST saved it
                    save_state(callback.model, model_dir, step)
        return custom_on_train_batch_end

    def trainer_restore(self, stock):
        from neurst.utils import compat  # noqa: PLC0415

        def _restore_ckpt_or_pretrain(trainer):
            stock(trainer)
            step = compat.get_registered_initial_step()
            self.skip_batches, self.restored_iterations = 0, False
            if not step or not tf.train.latest_checkpoint(trainer.model_dir):
                return
            for layer in trainer.model.submodules:
                if hasattr(layer, "_dropout_step"):
                    layer._dropout_step.assign(step)  # pylint: disable=protected-access
            if restore_state(trainer, step):
                self.restored_iterations = True
                if not trainer._train_epochs:  # pylint: disable=protected-access
                    self.skip_batches = step
                logging.info("lightseq_tf: resumed at step %d with the optimizer state, dropout offsets and data "
                             "position of the uninterrupted run", step)
            else:
                logging.info("lightseq_tf: resumed at step %d without %s (written with stock NeurST?): the "
                             "optimizer starts afresh and the data from its start, as in stock NeurST", step,
                             _state_prefix(trainer.model_dir, step))
        return _restore_ckpt_or_pretrain

    def build_lr_schedule(self, stock):
        """NeurST's schedules add the restored step to the optimizer's iterations, which start at
        0 in stock NeurST; restored iterations already count the steps."""
        from neurst.utils import compat  # noqa: PLC0415

        def build_lr_schedule(*args, **kwargs):
            if not self.restored_iterations:
                return stock(*args, **kwargs)
            step = compat.get_registered_initial_step()
            compat.register_initial_step(0)
            try:
                return stock(*args, **kwargs)
            finally:
                compat.register_initial_step(step)
        return build_lr_schedule

    def map_data_for_keras(self, stock):
        def map_data_for_keras(dataset):
            if self.skip_batches:
                dataset = dataset.skip(self.skip_batches)
            return stock(dataset)
        return map_data_for_keras
