"""A tiny NeurST Transformer on the bundled corpus (examples/tiny_nmt), as NeurST config dicts."""

import os

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples", "tiny_nmt", "data")


def configs(dropout=0.0):
    """NeurST's task and model configs: one encoder and one decoder layer of width 32."""
    sides = {}
    for side in ("encoder", "decoder"):
        sides.update({side + ".num_layers": 1, side + ".hidden_size": 32, side + ".num_attention_heads": 4,
                      side + ".filter_size": 64, side + ".attention_dropout_rate": dropout,
                      side + ".ffn_dropout_rate": dropout, side + ".layer_postprocess_dropout_rate": dropout})
    return {
        "task.class": "Seq2Seq",
        "task.params": {
            "src_data_pipeline.class": "TextDataPipeline",
            "src_data_pipeline.params": {"vocab_path": os.path.join(DATA, "vocab.src")},
            "trg_data_pipeline.class": "TextDataPipeline",
            "trg_data_pipeline.params": {"vocab_path": os.path.join(DATA, "vocab.trg")},
            "batch_size": 256, "batch_by_tokens": True, "shuffle_buffer": 0, "max_src_len": 64, "max_trg_len": 64,
        },
        "model.class": "Transformer",
        "model.params": dict({"modality.share_source_target_embedding": False,
                              "modality.share_embedding_and_softmax_weights": True,
                              "modality.dim": 32, "modality.timing": "sinusoids"}, **sides),
    }


def dataset(split):
    """NeurST's dataset config for a split (train, dev or test) of the corpus."""
    return {"dataset.class": "ParallelTextDataset",
            "dataset.params": {"src_file": os.path.join(DATA, split + ".src"),
                               "trg_file": os.path.join(DATA, split + ".trg"), "data_is_processed": True}}
