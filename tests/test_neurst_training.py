"""NeurST end to end through its own CLI (`python -m neurst.cli.run_exp`, as `neurst-run`), with
the fused layers put in by the start-up hook that installing lightseq_tf registers: training-loss
parity with stock NeurST, checkpoints that restore both ways, the evaluator and beam-search
prediction, SavedModel export, XLA auto-clustering, the opt-out, and the fallback for a broken op
library. CPU, float32, dropout off."""

import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest
import yaml

from neurst_ext import compat, startup, substitute
from tests import neurst_tiny

STEPS = 6

TRAIN = dict(neurst_tiny.dataset("train"), **{
    "entry.class": "trainer",
    "entry.params": {"train_steps": STEPS, "summary_steps": 1, "save_checkpoint_steps": STEPS,
                     "criterion.class": "label_smoothed_cross_entropy", "optimizer.class": "adam",
                     "lr_schedule.class": "noam",
                     "lr_schedule.params": {"initial_factor": 1.0, "dmodel": 32, "warmup_steps": 10}}})
EVALUATE = dict(neurst_tiny.dataset("dev"), **{
    "entry.class": "evaluator", "entry.params": {"criterion.class": "label_smoothed_cross_entropy"},
    "task.params": {"batch_size": 64}})
PREDICT = dict(neurst_tiny.dataset("dev"), **{
    "entry.class": "SequenceGenerator",
    "entry.params": {"search_method.class": "beam_search",
                     "search_method.params": {"beam_size": 2, "maximum_decode_length": 20}, "metric.class": "bleu"},
    "task.params": {"batch_size": 64}})

EXPORT = {"entry.class": "generation_savedmodel",
          "entry.params": {"search_method.class": "beam_search",
                           "search_method.params": {"beam_size": 2, "maximum_decode_length": 20}}}
# Loads and runs a SavedModel in plain TensorFlow; prints what it ran and what it decoded.
SERVE = """
import json, sys
import tensorflow as tf
serve = tf.saved_model.load(sys.argv[1]).signatures["serving_default"]
graph = serve.graph.as_graph_def()
types = {n.op for n in graph.node} | {n.op for f in graph.library.function for n in f.node_def}
ids = serve(feature=tf.ragged.constant(json.loads(sys.argv[2]), tf.int64).to_tensor())["beam_search"]
print(json.dumps({"custom_ops": sorted(t for t in types if not hasattr(tf.raw_ops, t)),
                  "lightseq_tf_imported": "lightseq_tf" in sys.modules, "ids": ids.numpy().tolist()}))
"""

FUSED = "NeurST Transformer encoder/decoder layers use fused kernels"
STEP_LOSS = re.compile(r"'step': (\d+),.*?'loss': ([0-9.e+-]+)")


def write(path, config):
    """Writes a NeurST config (a dict) as YAML; returns the path."""
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(config, f)
    return str(path)


def neurst_environment(stock, env=None):
    """The environment of a NeurST run in a fresh interpreter: stock or fused layers, env added. Every run
    whose losses a test compares with another's must have it."""
    # As tests/conftest.py in this process: no TF32 matmuls on a GPU. With TF32 allowed, the GEMMs' kernels
    # (picked per process, and others for the fused attention's padded keys than for stock's) round differently.
    environment = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", NVIDIA_TF32_OVERRIDE="0")
    environment.update(env or {})
    environment["LIGHTSEQ_TF_DISABLE"] = "1" if stock else "0"
    environment.pop("TF_USE_LEGACY_KERAS", None)  # the hook selects Keras 2 itself
    return environment


def neurst_run(tmp, name, configs, model_dir, stock, env=None, succeeds=True, dtype="float32", args=()):
    """Runs NeurST's CLI in a fresh interpreter; returns its log (asserting success or failure)."""
    environment = neurst_environment(stock, env)
    command = [sys.executable, "-m", "neurst.cli.run_exp", "--config_paths", ",".join(configs),
               "--model_dir", model_dir, "--dtype", dtype, *args]
    result = subprocess.run(command, cwd=str(tmp), capture_output=True, text=True, env=environment, timeout=600,
                            check=False)
    log = result.stdout + result.stderr
    with open(os.path.join(str(tmp), name + ".log"), "w", encoding="utf-8") as f:
        f.write(log)
    assert (result.returncode == 0) == succeeds, log[-4000:]
    return log


def step_losses(log):
    return {int(step): float(loss) for step, loss in STEP_LOSS.findall(log)}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """One step of stock training makes a shared starting point; from it, fused and stock NeurST
    train the same steps on the same batches; each checkpoint is then evaluated by the other."""
    tmp = tmp_path_factory.mktemp("neurst")
    configs = [write(tmp / "train.yml", TRAIN), write(tmp / "model.yml", neurst_tiny.configs())]
    init = str(tmp / "init")
    neurst_run(tmp, "init", configs[:1] + [write(tmp / "one_step.yml", {"entry.params": {
        "train_steps": 1, "save_checkpoint_steps": 1}})] + configs[1:], init, stock=True)
    logs = {}
    for name, stock in (("fused", False), ("stock", True)):
        shutil.copytree(init, str(tmp / name))
        logs[name] = neurst_run(tmp, name, configs, str(tmp / name), stock)
    evaluate = [write(tmp / "evaluate.yml", EVALUATE)]
    logs["stock_evaluates_fused"] = neurst_run(tmp, "eval1", evaluate, str(tmp / "fused"), stock=True)
    logs["fused_evaluates_stock"] = neurst_run(tmp, "eval2", evaluate, str(tmp / "stock"), stock=False)
    return tmp, logs


def test_hook_substitutes_and_opt_out_keeps_stock(runs):
    _, logs = runs
    assert FUSED in logs["fused"] and FUSED in logs["fused_evaluates_stock"]
    for name in ("stock", "stock_evaluates_fused"):
        assert FUSED not in logs[name]
        assert "NeurST runs its stock layers (LIGHTSEQ_TF_DISABLE is set)" in logs[name]


def test_training_loss_matches_stock(runs):
    _, logs = runs
    fused, stock = step_losses(logs["fused"]), step_losses(logs["stock"])
    assert sorted(fused) == sorted(stock) == list(range(1, STEPS + 1))  # from the same restored weights
    np.testing.assert_allclose([fused[s] for s in sorted(fused)], [stock[s] for s in sorted(stock)], rtol=2e-5)
    assert fused[STEPS] < fused[1]  # and it trains


def test_two_steps_per_call_log_and_checkpoint_as_one(runs, tmp_path):
    """Summaries every 2 steps let the trainer run 2 steps per call of Keras's training function:
    from the same checkpoint it logs the same steps with the same losses as one step per call
    (LIGHTSEQ_TF_STEPS_PER_EXECUTION=1) and writes the same checkpoint."""
    tmp, _ = runs
    configs = [str(tmp / "train.yml"), write(tmp_path / "every2.yml", {"entry.params": {"summary_steps": 2}}),
               str(tmp / "model.yml")]
    logs = {}
    for k in (2, 1):
        model_dir = str(tmp_path / ("k%d" % k))
        shutil.copytree(str(tmp / "init"), model_dir)
        logs[k] = neurst_run(tmp_path, "k%d" % k, configs, model_dir, stock=False,
                             env={"LIGHTSEQ_TF_STEPS_PER_EXECUTION": str(k)})
    assert "NeurST runs 2 training steps per call (gcd of" in logs[2], logs[2][-3000:]
    assert "NeurST runs 1 training step per call" in logs[1]
    two, one = step_losses(logs[2]), step_losses(logs[1])
    assert sorted(two) == sorted(one) == list(range(2, STEPS + 1, 2))
    np.testing.assert_allclose([two[s] for s in sorted(two)], [one[s] for s in sorted(one)], rtol=1e-5)
    assert os.path.exists(os.path.join(str(tmp_path / "k2"), "ckpt-%d.index" % STEPS))


def test_checkpoints_restore_both_ways_in_neurst_evaluator(runs):
    _, logs = runs
    for name in ("stock_evaluates_fused", "fused_evaluates_stock"):
        assert "All variables matched with checkpoint" in logs[name], name
        assert "Unrestored" not in logs[name]


def _dev_loss(model_dir, fused):
    """NeurST's model and criterion on the first dev batch, restored from model_dir."""
    from neurst.criterions import build_criterion  # noqa: PLC0415
    from neurst.data.datasets import build_dataset  # noqa: PLC0415
    from neurst.tasks import build_task  # noqa: PLC0415
    from neurst.utils import compat as neurst_compat  # noqa: PLC0415
    from neurst.utils.checkpoints import restore_checkpoint_if_possible  # noqa: PLC0415
    from neurst.utils.configurable import ModelConfigs  # noqa: PLC0415

    configs = ModelConfigs.load(model_dir)
    if fused:
        assert substitute.apply()
    try:
        task = build_task(configs)
        model = task.build_model(configs)
    finally:
        substitute.revert()
    dataset = build_dataset(neurst_tiny.dataset("dev"))
    batch = next(iter(task.create_and_batch_tfds(dataset, neurst_compat.ModeKeys.EVAL, args={"batch_size": 32})))
    inputs = task.example_to_input(batch, neurst_compat.ModeKeys.EVAL)
    model(inputs, is_training=False)  # creates the variables
    assert restore_checkpoint_if_possible(model, model_dir)
    outputs = model(inputs, is_training=False)
    criterion = build_criterion({"criterion.class": "label_smoothed_cross_entropy"})
    return float(criterion.reduce_loss(inputs, outputs))


def test_each_checkpoint_gives_the_same_loss_in_both_models(runs):
    tmp, _ = runs
    compat.apply()
    for trained in ("fused", "stock"):
        model_dir = str(tmp / trained)
        ours, stock = _dev_loss(model_dir, fused=True), _dev_loss(model_dir, fused=False)
        np.testing.assert_allclose(ours, stock, rtol=1e-5, err_msg=trained)


def test_beam_search_prediction_scores_bleu_with_fused_layers(runs):
    tmp, _ = runs
    log = neurst_run(tmp, "predict", [write(tmp / "predict.yml", PREDICT)], str(tmp / "stock"), stock=False)
    assert FUSED in log
    assert re.search(r"sacre_bleu=[0-9.]+", log), log[-3000:]


def test_savedmodel_export_serves_in_plain_tensorflow(runs, tmp_path):
    """NeurST's exporter, run with acceleration on a fused-trained checkpoint, writes a SavedModel
    of TensorFlow's own ops that a fresh interpreter without lightseq_tf loads and decodes with,
    giving the translations of NeurST's own beam search with the fused layers."""
    from neurst.data.data_pipelines.text_data_pipeline import TextDataPipeline  # noqa: PLC0415

    tmp, _ = runs
    model_dir = str(tmp_path / "model")  # trained on until it translates
    shutil.copytree(str(tmp / "fused"), model_dir)
    neurst_run(tmp_path, "train", [str(tmp / "train.yml"), str(tmp / "model.yml"), write(tmp_path / "steps.yml", {
        "entry.params": {"train_steps": 500, "save_checkpoint_steps": 500, "summary_steps": 50}})], model_dir, stock=False)
    export = dict(EXPORT, **{"entry.params": dict(EXPORT["entry.params"], export_path=str(tmp_path / "export"))})
    log = neurst_run(tmp_path, "export", [write(tmp_path / "export.yml", export)], model_dir, stock=False)
    assert "exports its SavedModel with stock layers" in log and "All variables matched with checkpoint" in log
    predict = dict(PREDICT, **{"entry.params": dict(PREDICT["entry.params"], output_file=str(tmp_path / "hyp.txt"))})
    log = neurst_run(tmp_path, "predict", [write(tmp_path / "predict.yml", predict)], model_dir, stock=False)
    assert FUSED in log

    src = TextDataPipeline(vocab_path=os.path.join(neurst_tiny.DATA, "vocab.src"))
    trg = TextDataPipeline(vocab_path=os.path.join(neurst_tiny.DATA, "vocab.trg"))
    with open(os.path.join(neurst_tiny.DATA, "dev.src"), encoding="utf-8") as f:
        sentences = [src.encode(line.strip(), is_processed=True) for line in f][:8]
    result = subprocess.run([sys.executable, "-c", SERVE, str(tmp_path / "export" / "1"), json.dumps(sentences)],
                            capture_output=True, text=True, timeout=300, check=False,
                            env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2"))
    assert result.returncode == 0, result.stderr[-3000:]
    served = json.loads(result.stdout.strip().splitlines()[-1])
    assert served["custom_ops"] == [] and not served["lightseq_tf_imported"]
    with open(str(tmp_path / "hyp.txt"), encoding="utf-8") as f:
        predicted = [line.strip() for line in f][:8]
    assert len(predicted) == 8 and all(predicted)
    assert [trg.decode(ids) for ids in served["ids"]] == predicted


def test_broken_op_library_falls_back_to_stock_with_one_reason(runs, tmp_path):
    tmp, _ = runs
    corrupt = tmp_path / "_lightseq_ops.so"
    corrupt.write_bytes(b"not a shared object")
    model_dir = str(tmp_path / "model")
    shutil.copytree(str(tmp / "init"), model_dir)
    configs = [str(tmp / "train.yml"), str(tmp / "model.yml"),
               write(tmp_path / "steps.yml", {"entry.params": {"train_steps": 2}})]
    log = neurst_run(tmp_path, "corrupt", configs, model_dir, stock=False,
                     env={"LIGHTSEQ_TF_OPS_LIBRARY": str(corrupt)})
    assert FUSED not in log
    reasons = [line for line in log.splitlines() if "lightseq_tf: NeurST runs its stock layers" in line]
    assert len(reasons) == 1 and str(corrupt) in reasons[0], reasons
    assert "'step': 2," in log  # and it trained


def test_mixed_precision_training_with_fused_layers(runs, tmp_path):
    """NeurST's default --dtype float16: fp16 layers around its float32 LayerNorm outputs, loss
    scaling without tf.cond, summaries every other step (tensor logs in between)."""
    tmp, _ = runs
    model_dir = str(tmp_path / "model")
    shutil.copytree(str(tmp / "init"), model_dir)
    configs = [str(tmp / "train.yml"), str(tmp / "model.yml"),
               write(tmp_path / "steps.yml", {"entry.params": {"train_steps": 4, "summary_steps": 2}})]
    log = neurst_run(tmp_path, "float16", configs, model_dir, stock=False, dtype="float16")
    assert FUSED in log
    assert "NeurST loss scaling unscales gradients with fused kernels" in log
    assert "NeurST loss scaling skips non-finite steps and updates its scale on the device" in log
    losses = step_losses(log)
    assert sorted(losses) == [2, 4] and all(np.isfinite(list(losses.values())))


def test_xla_auto_clustering_around_fused_ops_trains_as_without(runs, tmp_path):
    """NeurST's --enable_xla (auto-clustering; on the CPU only with --tf_xla_cpu_global_jit): the
    fused ops stay outside XLA's clusters, the rest compiles, and the losses are those without XLA."""
    tmp, logs = runs
    model_dir = str(tmp_path / "model")
    shutil.copytree(str(tmp / "init"), model_dir)
    log = neurst_run(tmp_path, "xla", [str(tmp / "train.yml"), str(tmp / "model.yml")], model_dir, stock=False,
                     env={"TF_XLA_FLAGS": "--tf_xla_cpu_global_jit", "TF_CPP_MIN_LOG_LEVEL": "0"},
                     args=["--enable_xla"])
    assert FUSED in log
    assert "Compiled cluster using XLA" in log
    xla, fused = step_losses(log), step_losses(logs["fused"])
    assert sorted(xla) == sorted(fused)
    np.testing.assert_allclose([xla[s] for s in sorted(xla)], [fused[s] for s in sorted(fused)], rtol=1e-4)


def test_mismatched_checkpoint_is_a_clear_error_and_leaves_model_dir_alone(runs, tmp_path):
    tmp, _ = runs
    model_dir = tmp_path / "model"
    shutil.copytree(str(tmp / "fused"), str(model_dir))
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in model_dir.iterdir() if p.is_file()}
    wider = neurst_tiny.configs()
    wider["model.params"].update({k: 48 for k in wider["model.params"] if k.endswith(("hidden_size", ".dim"))})
    configs = [str(tmp / "train.yml"), write(tmp_path / "wider.yml", wider)]
    log = neurst_run(tmp_path, "mismatch", configs, str(model_dir), stock=False, succeeds=False)
    assert re.search(r"Cannot assign value to variable '[^']+': Shape mismatch", log), log[-3000:]
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in model_dir.iterdir() if p.is_file()} == before


def test_hook_is_registered_at_start_up():
    result = subprocess.run([sys.executable, "-c", "import sys; print([type(f).__name__ for f in sys.meta_path])"],
                            capture_output=True, text=True, check=True)
    assert "NeurstImportHook" in result.stdout, (
        "lightseq_tf_neurst.pth is not installed: `pip install -e .` (scripts/bootstrap.sh) installs it")
    import neurst  # noqa: F401,PLC0415  (a no-op where an earlier test imported it)
    assert not startup.installed()  # NeurST is imported in this process: the hook has fired
