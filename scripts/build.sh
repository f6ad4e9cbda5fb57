#!/usr/bin/env bash
# Builds the op library with Bazel (offline) and copies it into the lightseq_tf package.
#   LIGHTSEQ_CPU_ONLY=1        skip CUDA kernels even if nvcc is found
#   LIGHTSEQ_CUDA_HOME=/path   use this CUDA toolkit (bin/nvcc) instead of searching
#   LIGHTSEQ_CUDA_ARCHS=80,90  SM versions to compile for (PTX of the last one is embedded)
#   PYTHON_BIN_PATH=...        Python whose TensorFlow to build against (default: .venv)
#   LIGHTSEQ_KERNELS_PYTHON=.. Python whose headers the _lightseq_kernels module uses
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export PYTHON_BIN_PATH=${PYTHON_BIN_PATH:-$ROOT/.venv/bin/python}
BAZEL=$(command -v bazel || command -v bazel-4 || true)
[ -n "$BAZEL" ] || { echo "bazel not found: run scripts/bootstrap.sh first" >&2; exit 1; }
# The kernels module exists only in CUDA builds: drop any copy left by an earlier build.
rm -f bazel-bin/tf_ops/pybind/_lightseq_kernels.so lightseq_tf/_lightseq_kernels.so
# All Bazel state stays inside the checkout.
"$BAZEL" --output_user_root="$ROOT/build/bazel" build //tf_ops/... "$@"
install -m 0755 bazel-bin/tf_ops/_lightseq_ops.so lightseq_tf/_lightseq_ops.so
echo "built lightseq_tf/_lightseq_ops.so"
if [ -f bazel-bin/tf_ops/pybind/_lightseq_kernels.so ]; then
  install -m 0755 bazel-bin/tf_ops/pybind/_lightseq_kernels.so lightseq_tf/_lightseq_kernels.so
  echo "built lightseq_tf/_lightseq_kernels.so (CUDA launchers for kernel tests)"
fi
