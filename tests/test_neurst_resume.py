"""Interrupt and resume: NeurST training with the fused layers is killed with SIGKILL mid-run and
resumed from its last checkpoint; the resumed steps give the losses of the uninterrupted run
(Adam's moments, the data position and the step restored) and model_dir stays readable.

Dropout is off: NeurST's own dropout on the stacks' inputs is tf.nn.dropout without a seed, so no
two NeurST runs draw the same masks (the fused layers' masks are keyed by the restored step)."""

import os
import shutil
import signal
import subprocess
import sys
import time

import numpy as np
import tensorflow as tf

from tests import neurst_tiny
from tests.test_neurst_training import FUSED, TRAIN, neurst_environment, neurst_run, step_losses, write

STEPS = 48
SAVE_EVERY = 8


def configs(tmp):
    train = dict(TRAIN, **{"entry.params": dict(TRAIN["entry.params"], train_steps=STEPS,
                                                save_checkpoint_steps=SAVE_EVERY, checkpoints_max_to_keep=3)})
    return [write(tmp / "train.yml", train), write(tmp / "model.yml", neurst_tiny.configs())]


def per_step(running_means):
    """Each step's loss from the running means over a run that Keras logs."""
    means = [running_means[s] for s in sorted(running_means)]
    return [(i + 1) * m - i * (means[i - 1] if i else 0.0) for i, m in enumerate(means)]


def start(tmp, configs_, model_dir):
    env = neurst_environment(stock=False)  # as the uninterrupted and resumed runs
    log = open(str(tmp / "killed.log"), "w", encoding="utf-8")  # pylint: disable=consider-using-with
    return subprocess.Popen([sys.executable, "-m", "neurst.cli.run_exp", "--config_paths", ",".join(configs_),
                             "--model_dir", model_dir, "--dtype", "float32"], cwd=str(tmp), env=env,
                            stdout=log, stderr=subprocess.STDOUT)


def test_killed_training_resumes_as_if_uninterrupted(tmp_path):
    configs_ = configs(tmp_path)
    # The same initial weights for both runs (NeurST's initializers are unseeded), counted as step 0.
    neurst_run(tmp_path, "init", configs_ + [write(tmp_path / "one_step.yml", {"entry.params": {
        "train_steps": 1, "save_checkpoint_steps": 1}})], str(tmp_path / "init"), stock=True)
    from_init = configs_ + [write(tmp_path / "from_init.yml", {"entry.params": {"initial_global_step": 0}})]
    shutil.copytree(str(tmp_path / "init"), str(tmp_path / "whole"))
    whole = step_losses(neurst_run(tmp_path, "whole", from_init, str(tmp_path / "whole"), stock=False))
    assert sorted(whole) == list(range(1, STEPS + 1))

    model_dir = tmp_path / "killed"
    shutil.copytree(str(tmp_path / "init"), str(model_dir))
    process = start(tmp_path, from_init, str(model_dir))
    state = model_dir / "training_state" / ("ckpt-%d.index" % (2 * SAVE_EVERY))
    deadline = time.time() + 600
    while not state.exists() and process.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "training ended before it could be killed"

    # model_dir is intact: the latest checkpoint reads, with the state saved next to it.
    latest = tf.train.latest_checkpoint(str(model_dir))
    restored = int(latest.rsplit("-", 1)[1])
    assert 2 * SAVE_EVERY <= restored < STEPS
    assert tf.train.load_checkpoint(latest).get_variable_to_shape_map()
    assert (model_dir / "training_state" / ("ckpt-%d.index" % restored)).exists()

    log = neurst_run(tmp_path, "resumed", configs_, str(model_dir), stock=False)
    assert FUSED in log and "resumed at step %d with the optimizer state" % restored in log
    resumed = step_losses(log)  # NeurST runs train_steps more steps after a restored one
    common = list(range(restored + 1, STEPS + 1))
    assert sorted(resumed)[:len(common)] == common
    np.testing.assert_allclose(per_step(resumed)[:len(common)], per_step(whole)[restored:], rtol=1e-4)
    # Only the checkpoints NeurST keeps have a training state.
    kept = {os.path.basename(p) for p in tf.train.get_checkpoint_state(str(model_dir)).all_model_checkpoint_paths}
    assert {n.split(".")[0] for n in os.listdir(str(model_dir / "training_state"))} == kept
