#!/usr/bin/env bash
# README command 1: set up a fresh machine (apt, .venv, pip, Bazel build) and run the main job:
# `neurst-run` trains a small Transformer on the bundled tiny corpus with the fused layers,
# then beam-search decodes the test set and scores BLEU (examples/tiny_nmt/run.py; flags: --help).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bash scripts/bootstrap.sh
bash scripts/build.sh
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-2}
exec .venv/bin/python examples/tiny_nmt/run.py --overwrite "$@"
