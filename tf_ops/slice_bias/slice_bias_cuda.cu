// CUDA kernels for the sliced bias add (launchers declared in slice_bias_cuda.h).
// The rows of y and dy start at arbitrary element offsets (cols is often odd), so no kernel
// here moves 16-byte vectors: lanes take consecutive elements instead, which keeps every warp
// access one contiguous span whatever the row alignment.
#include "tf_ops/slice_bias/slice_bias_cuda.h"

#include <algorithm>

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
constexpr int kItems = 8;  // elements per thread per row, loaded before any is stored

// ker_slice_bias_add: grid (column tiles of kThreads * kItems, row groups), grid-stride over
// rows; thread t of a tile handles columns tile + t + kThreads * k.
template <typename T>
__global__ void ker_slice_bias_add(T* y, const T* x, const T* bias, int64_t rows, int64_t cols,
                                   int64_t x_cols) {
  wait_for_previous_grid();
  const int64_t col0 = static_cast<int64_t>(blockIdx.x) * kThreads * kItems + threadIdx.x;
  float b[kItems];
#pragma unroll
  for (int k = 0; k < kItems; ++k) {
    const int64_t c = col0 + kThreads * k;
    b[k] = c < cols ? to_float(bias[c]) : 0.f;
  }
  for (int64_t row = blockIdx.y; row < rows; row += gridDim.y) {
    float v[kItems];
#pragma unroll
    for (int k = 0; k < kItems; ++k) {
      const int64_t c = col0 + kThreads * k;
      v[k] = c < cols ? to_float(x[row * x_cols + c]) : 0.f;
    }
#pragma unroll
    for (int k = 0; k < kItems; ++k) {
      const int64_t c = col0 + kThreads * k;
      if (c < cols) y[row * cols + c] = from_float<T>(v[k] + b[k]);
    }
  }
}

// ker_slice_bias_add_grad: dx [rows, x_cols] and partial[chunk][col] = sum of dy over the
// chunk's rows. Grid (column_blocks(x_cols, kItems), chunks), block (32, kColRows); lane l of
// a block owns columns block * 32 * kItems + l + 32 k.
template <typename T>
__global__ void ker_slice_bias_add_grad(T* dx, float* partial, const T* dy, int64_t rows,
                                        int64_t cols, int64_t x_cols, int chunks) {
  wait_for_previous_grid();
  float acc[1][kItems] = {};
  const int64_t col0 = static_cast<int64_t>(blockIdx.x) * 32 * kItems + threadIdx.x;
  for (int64_t row = static_cast<int64_t>(blockIdx.y) * kColRows + threadIdx.y; row < rows;
       row += static_cast<int64_t>(chunks) * kColRows) {
    float d[kItems];
#pragma unroll
    for (int k = 0; k < kItems; ++k) {
      const int64_t c = col0 + 32 * k;
      d[k] = c < cols ? to_float(dy[row * cols + c]) : 0.f;
    }
#pragma unroll
    for (int k = 0; k < kItems; ++k) {
      const int64_t c = col0 + 32 * k;
      if (c < x_cols) dx[row * x_cols + c] = from_float<T>(d[k]);
      acc[0][k] += d[k];
    }
  }
  block_column_partials<1, kItems, true>(acc, partial, cols, chunks);
}

}  // namespace

template <typename T>
int launch_slice_bias_add(T* y, const T* x, const T* bias, int64_t rows, int64_t cols,
                          int64_t x_cols, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  if (rows * cols == 0) return 0;
  const dim3 grid(static_cast<unsigned>((cols + kThreads * kItems - 1) / (kThreads * kItems)),
                  static_cast<unsigned>(std::min<int64_t>(rows, 65535)));
  launch_after_previous_may_overlap(ker_slice_bias_add<CT>, grid, dim3(kThreads), 0, stream, cuda_ptr(y), cuda_ptr(x),
                                    cuda_ptr(bias), rows, cols, x_cols);
  return status_of_last_launch();
}

template <typename T>
int launch_slice_bias_add_grad(T* dx, T* dbias, float* workspace, const T* dy, int64_t rows,
                               int64_t cols, int64_t x_cols, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  if (x_cols == 0) return 0;
  const int chunks = column_chunks(rows, cols);
  launch_after_previous_may_overlap(ker_slice_bias_add_grad<CT>, dim3(column_blocks(x_cols, kItems), chunks),
                                    dim3(32, kColRows), 0, stream, cuda_ptr(dx), workspace, cuda_ptr(dy), rows, cols,
                                    x_cols, chunks);
  if (cols > 0) launch_sum_partials<CT>(cuda_ptr(dbias), nullptr, workspace, cols, chunks, stream);
  return status_of_last_launch();
}

#define INSTANTIATE(T)                                                                        \
  template int launch_slice_bias_add<T>(T*, const T*, const T*, int64_t, int64_t, int64_t,    \
                                        cudaStream_t);                                         \
  template int launch_slice_bias_add_grad<T>(T*, T*, float*, const T*, int64_t, int64_t,      \
                                             int64_t, cudaStream_t);
INSTANTIATE(float)
INSTANTIATE(fp16)
INSTANTIATE(bf16)
#undef INSTANTIATE

}  // namespace lightseq_tf
