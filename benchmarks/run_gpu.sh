#!/usr/bin/env bash
# Runs the GPU test suite and the benchmarks on the lent GPU machine (../shared/gpu/README.md).
# Expects TensorFlow staged in /root/stage and, in .gpu_build/ (carried, git-ignored), the op
# library, the _lightseq_kernels module built for that machine's Python, and pytest wheels.
# Writes logs and result tables to $OUT (default: ./gpu_out).
set -uo pipefail
OUT=${OUT:-$PWD/gpu_out}
mkdir -p "$OUT"
bash /root/stage/device-setup.sh > "$OUT/setup.log" 2>&1 || { cat "$OUT/setup.log"; exit 1; }
source /tmp/tf-gpu.env
python3 -m pip install -q --no-index --no-deps --target /tmp/pyextra .gpu_build/wheels/*.whl > /dev/null 2>&1
export PYTHONPATH=$PWD:/tmp/pyextra:$PYTHONPATH
export LIGHTSEQ_TF_OPS_LIBRARY=$PWD/.gpu_build/_lightseq_ops.so LIGHTSEQ_TF_KERNELS_DIR=$PWD/.gpu_build
export TF_CPP_MIN_LOG_LEVEL=2
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv > "$OUT/device.txt"
python3 -c "import tensorflow as tf, cupy; print('TensorFlow', tf.__version__, 'CuPy', cupy.__version__)" >> "$OUT/device.txt" 2>&1
cat "$OUT/device.txt"
status=0
python3 -m pytest tests -rfs -p no:cacheprovider > "$OUT/gpu_tests.txt" 2>&1 || status=1
grep -E "^(FAILED|ERROR)|passed|failed" "$OUT/gpu_tests.txt"
python3 scripts/demo.py --steps=30 --batch=64 --seq_len=128 --d_model=512 > "$OUT/demo.log" 2>&1 || status=1
grep -v "^I0000\|^W0000\|^E0000" "$OUT/demo.log" | tail -12
[ "${SKIP_BENCH:-0}" = 1 ] && exit $status
python3 benchmarks/bench_kernels.py --out="$OUT/kernels.md" > "$OUT/kernels.log" 2>&1 || { tail -20 "$OUT/kernels.log"; status=1; }
python3 benchmarks/bench_ops.py --dtype=float16 --out="$OUT/ops_float16.md" > "$OUT/ops.log" 2>&1 || { tail -20 "$OUT/ops.log"; status=1; }
cat "$OUT/kernels.md" "$OUT/ops_float16.md" 2>/dev/null
exit $status
