#!/usr/bin/env bash
# Sets up a fresh machine (idempotent): Debian's Bazel 4.2.3, a .venv with the pinned stack,
# lightseq_tf installed editable, and a CUDA 13 compiler from PyPI if the machine has none.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
log() { echo "[bootstrap] $*"; }

if ! command -v bazel >/dev/null && ! command -v bazel-4 >/dev/null; then
  log "installing bazel-bootstrap (Debian)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq bazel-bootstrap >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  log "creating .venv with $($PY --version)"
  $PY -m venv .venv
fi
if ! .venv/bin/python -c 'import tensorflow, tf_keras, pybind11, pytest, absl, neurst, scipy, tensorboard' 2>/dev/null; then
  log "installing Python packages (requirements.txt)"
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -r requirements.txt
fi
if [ -z "${LIGHTSEQ_CPU_ONLY:-}" ] && [ -z "${LIGHTSEQ_CUDA_HOME:-}" ] && ! [ -x /usr/local/cuda/bin/nvcc ] &&
   ! .venv/bin/python -c 'import nvidia, os, sys; sys.exit(not any(os.path.exists(p + "/cu13/bin/nvcc") for p in nvidia.__path__))' 2>/dev/null; then
  log "installing the CUDA 13 compiler from PyPI"
  .venv/bin/pip install -q "nvidia-cuda-nvcc==13.0.*" "nvidia-nvvm==13.0.*" "nvidia-cuda-crt==13.0.*" \
    "nvidia-cuda-runtime==13.0.*" "nvidia-cuda-cccl==13.0.*"
fi
# Editable install; it also puts lightseq_tf_neurst.pth (NeurST start-up hook) into site-packages.
if ! .venv/bin/python -c 'import importlib.metadata as m, os, sys, sysconfig; m.version("lightseq-tf")
sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["purelib"], "lightseq_tf_neurst.pth")))' 2>/dev/null; then
  log "installing lightseq_tf (editable)"
  .venv/bin/pip install -q --no-deps --no-build-isolation -e .
fi
log "ready"
