#!/usr/bin/env bash
# Runs the GPU test suite, the main job and the benchmarks on the lent GPU machine
# (../shared/gpu/README.md). Expects TensorFlow staged in /root/stage and, in .gpu_build/
# (carried, git-ignored), the op library, the _lightseq_kernels module built for that machine's
# Python, and pytest wheels. Writes result tables and test/main-job logs to $OUT (default
# ./gpu_out); benchmark logs go to $OUT only when a benchmark fails.
# TESTS=0 skips the test suite and the main job, TEST_PATHS narrows the suite (the whole suite outlasts
# one 10-minute device call), MAIN_JOB=0 skips the main job;
# SANITIZE=1 runs tests/test_odd_sizes.py under compute-sanitizer; BENCH selects benchmarks (default
# "kernels ops layers step_ops neurst"; also "profile", "loss_curve", "step_op_count",
# "input_pipeline"), NEURST_FLAGS / PROFILE_FLAGS / LOSS_FLAGS
# add flags. The device tool brings back only a handful of files from $OUT: point --neurst_logs
# elsewhere unless the logs are what the call is for.
set -uo pipefail
OUT=${OUT:-$PWD/gpu_out}
LOGS=$(mktemp -d)
mkdir -p "$OUT"
bash /root/stage/device-setup.sh > "$LOGS/setup.log" 2>&1 || { cat "$LOGS/setup.log"; exit 1; }
source /tmp/tf-gpu.env
python3 -m pip install -q --no-index --no-deps --target /tmp/pyextra .gpu_build/wheels/*.whl > /dev/null 2>&1
export PYTHONPATH=$PWD:/tmp/pyextra:$PYTHONPATH
export LIGHTSEQ_TF_OPS_LIBRARY=$PWD/.gpu_build/_lightseq_ops.so LIGHTSEQ_TF_KERNELS_DIR=$PWD/.gpu_build
export TF_CPP_MIN_LOG_LEVEL=2
# What `pip install` does for the start-up hook: the .pth in site-packages (of the machine's venv;
# a venv ignores the user site directory).
cp neurst_ext/lightseq_tf_neurst.pth "$(python3 -c 'import site; print(site.getsitepackages()[0])')/"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv > "$OUT/device.txt"
python3 -c "import tensorflow as tf, cupy; print('TensorFlow', tf.__version__, 'CuPy', cupy.__version__)" >> "$OUT/device.txt" 2>&1
cat "$OUT/device.txt"
status=0
if [ "${TESTS:-1}" != 0 ]; then
  python3 -m pytest ${TEST_PATHS:-tests} -rfs -p no:cacheprovider > "$OUT/gpu_tests.txt" 2>&1 || status=1
  grep -E "^(FAILED|ERROR)|passed|failed" "$OUT/gpu_tests.txt"
fi
if [ "${SANITIZE:-0}" != 0 ]; then
  # Our kernels (all named ker_*) under memcheck and racecheck on the odd-size cases; one
  # cudaMalloc per tensor so that memcheck sees each tensor's bounds. CUDA API errors are not
  # reported: cudart's lazy loading makes one benign cuKernelGetFunction error at the first launch.
  for tool in memcheck racecheck; do
    TF_GPU_ALLOCATOR=cuda_malloc_async timeout ${SANITIZE_TIMEOUT:-1200} compute-sanitizer --tool $tool \
      --report-api-errors no --kernel-name kns=ker_ --print-limit 20 \
      --error-exitcode 9 python3 -m pytest tests/test_odd_sizes.py -k gpu -q -p no:cacheprovider \
      > "$OUT/sanitizer_$tool.txt" 2>&1 || status=1
    tail -4 "$OUT/sanitizer_$tool.txt"
  done
fi
if [ "${TESTS:-1}" != 0 ] && [ "${MAIN_JOB:-1}" != 0 ]; then
  python3 examples/tiny_nmt/run.py --overwrite --model_dir=/tmp/tiny_nmt/model > "$OUT/main_job.log" 2>&1 || status=1
  tail -9 "$OUT/main_job.log"
fi
bench() {  # name, script, output table, flags...
  local name=$1 script=$2 table=$3; shift 3
  case " ${BENCH-kernels ops layers step_ops neurst} " in *" $name "*) ;; *) return 0 ;; esac
  python3 "$script" --out="$OUT/$table" "$@" > "$LOGS/$name.log" 2>&1 || { cp "$LOGS/$name.log" "$OUT/"; tail -20 "$LOGS/$name.log"; status=1; }
  cat "$OUT/$table" 2>/dev/null
}
bench kernels benchmarks/bench_kernels.py kernels.md
bench ops benchmarks/bench_ops.py ops_float16.md --dtype=float16
bench layers benchmarks/bench_layers.py layers_float16.md
bench step_ops benchmarks/bench_step_ops.py step_ops_float16.md --dtype=float16
bench neurst benchmarks/bench_neurst.py neurst_float16.md --plot="$OUT/neurst_float16.png" ${NEURST_FLAGS:-}
bench profile benchmarks/profile_neurst.py profile_neurst.md ${PROFILE_FLAGS:-}
bench loss_curve benchmarks/loss_curve.py loss_curve.md --plot="$OUT/loss_curve.png" ${LOSS_FLAGS:-}
bench step_op_count benchmarks/step_op_count.py step_op_count.md --vocab=1000 --batch_tokens=512
bench input_pipeline benchmarks/input_pipeline.py input_pipeline.md --batch_tokens=4096,16384 --cache_dataset
exit $status
