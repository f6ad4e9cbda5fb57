"""How fast NeurST's training input pipeline alone delivers batches, with no model: builds the
Seq2Seq training dataset as `neurst-run` does for bench_neurst.py's config and synthetic corpus
(NeurST's default buckets, its Python text pipeline, `cache_dataset` as given), reads two epochs
and reports target tokens per second, real and padded (NeurST's logged rate counts padded
tokens). A training step that consumes tokens faster than this waits for data.

  python benchmarks/input_pipeline.py --batch_tokens=4096,16384 --sentences=20000 --cache_dataset
"""

import time

from absl import app, flags
import yaml

import bench_neurst

FLAGS = flags.FLAGS
flags.DEFINE_integer("epochs", 2, "Epochs read (with --cache_dataset the later ones come from the cache).")


def epoch_rates(dataset, pad_id, epochs):
    """[(batches, real target tokens, padded target tokens, seconds)] per epoch."""
    import tensorflow as tf  # noqa: PLC0415

    rates = []
    for _ in range(epochs):  # one iterator per epoch: the cache fills during the first
        batches = real = padded = 0
        start = time.perf_counter()
        for batch in dataset:
            label = batch["label"]
            batches += 1
            padded += int(tf.size(label))
            real += int(tf.reduce_sum(tf.cast(label != pad_id, tf.int64)))
        rates.append((batches, real, padded, time.perf_counter() - start))
    return rates


def main(_):
    import neurst  # noqa: F401,PLC0415  (NeurST's TF 2.21 fixes pick Keras 2 before TensorFlow is imported)
    import tensorflow as tf  # noqa: PLC0415
    from neurst.data.datasets import build_dataset  # noqa: PLC0415
    from neurst.tasks import build_task  # noqa: PLC0415
    from neurst.training import training_utils  # noqa: PLC0415
    from neurst.utils.compat import ModeKeys  # noqa: PLC0415

    work, _ = bench_neurst.workspace("input_pipeline_")
    lines = ["%s: NeurST's Seq2Seq training pipeline alone, %d sentence pairs, vocabulary %d, cache_dataset %s; "
             "target tokens/s over each whole epoch" % (bench_neurst.device_name(), FLAGS.sentences, FLAGS.vocab,
                                                       FLAGS.cache_dataset), "",
             "| target tokens per batch | epoch | batches | real tok/s | padded tok/s |", "|---|---|---|---|---|"]
    for batch in FLAGS.batch_tokens:
        with open(bench_neurst.write_config(work, batch, 1, 1)) as f:
            config = yaml.safe_load(f)
        task = build_task({"class": config["task.class"], "params": config["task.params"]})
        dataset = build_dataset({"class": config["dataset.class"], "params": config["dataset.params"]})
        tfds = training_utils.build_datasets(ModeKeys.TRAIN, tf.distribute.get_strategy(), dataset, task)
        tfds = tfds.prefetch(tf.data.experimental.AUTOTUNE)  # as NeurST's trainer
        pad_id = task._trg_data_pipeline.meta["pad_id"]  # pylint: disable=protected-access
        for epoch, (batches, real, padded, seconds) in enumerate(epoch_rates(tfds, pad_id, FLAGS.epochs), 1):
            lines.append("| %s | %d | %d | %.0f | %.0f |" % (batch, epoch, batches, real / seconds, padded / seconds))
            print(lines[-1], flush=True)
    bench_neurst.report("\n".join(lines) + "\n")


if __name__ == "__main__":
    FLAGS.set_default("sentences", 20000)
    app.run(main)
