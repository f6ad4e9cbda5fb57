#!/usr/bin/env bash
# README command 2: set up (idempotent), build, and run the test suite.
# GPU variants run when TensorFlow sees a GPU; CuPy kernel tests when CuPy and a GPU are present.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
bash scripts/bootstrap.sh
bash scripts/build.sh
export TF_USE_LEGACY_KERAS=1 TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-2}
exec .venv/bin/python -m pytest tests -p no:cacheprovider -rs "$@"
