// CUDA kernels for bias + activation + dropout (+ residual), forward and backward.
#include "tf_ops/dropout/dropout_cuda.h"

#include <algorithm>

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/dropout/activations.h"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;

// Dropout of the E elements [i0, i0 + E) in place.
template <int E>
__device__ __forceinline__ void dropout_in_place(float (&v)[E], int64_t i0, uint32_t threshold, float scale,
                                                 uint64_t seed, uint64_t offset) {
  bool keep[E];
  keep_flags<E>(seed, offset, i0, threshold, keep);
#pragma unroll
  for (int k = 0; k < E; ++k) v[k] = keep[k] ? v[k] * scale : 0.f;
}

// ker_bias_act_dropout: n = rows * cols elements; thread t handles elements [E*t, E*t + E)
// (E a multiple of 4), grid-stride. VEC: cols % E == 0 and 16-byte aligned pointers, so the E
// elements lie in one row and move as vectors. A null seed_ptr means rate == 0.
template <typename T, int E, bool VEC>
__global__ void ker_bias_act_dropout(T* y, const T* x, const T* bias, const T* residual, int64_t n,
                                     int64_t cols, int act, uint32_t threshold, float scale,
                                     const int64_t* seed_ptr, const int64_t* offset_ptr) {
  wait_for_previous_grid();
  const bool drop = seed_ptr != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  for (int64_t t = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x; t * E < n;
       t += static_cast<int64_t>(gridDim.x) * blockDim.x) {
    const int64_t i0 = t * E;
    float v[E], b[E], r[E];
    if (VEC) {
      load_float<T, E>(x + i0, v);
      load_float<T, E>(bias + i0 % cols, b);
      if (residual != nullptr) load_float<T, E>(residual + i0, r);
    } else {
#pragma unroll
      for (int k = 0; k < E; ++k) {
        const bool in = i0 + k < n;
        v[k] = in ? to_float(x[i0 + k]) : 0.f;
        b[k] = in ? to_float(bias[(i0 + k) % cols]) : 0.f;
        r[k] = in && residual != nullptr ? to_float(residual[i0 + k]) : 0.f;
      }
    }
#pragma unroll
    for (int k = 0; k < E; ++k) v[k] = activation_forward(act, v[k] + b[k]);
    if (drop) dropout_in_place<E>(v, i0, threshold, scale, seed, offset);
    if (residual != nullptr) {
#pragma unroll
      for (int k = 0; k < E; ++k) v[k] += r[k];
    }
    if (VEC) {
      store_float<T, E>(y + i0, v);
    } else {
#pragma unroll
      for (int k = 0; k < E; ++k)
        if (i0 + k < n) y[i0 + k] = from_float<T>(v[k]);
    }
  }
}

// ker_bias_act_dropout_residual_cols: the residual variant with vectors (cols % E == 0, aligned).
// Grid (column_blocks(cols, E), chunks), block (32, kColRows): thread owns E adjacent columns
// (bias in registers, no per-element column index) and walks rows ty + kColRows * (chunk +
// chunks * k). At most 64 registers (4 blocks per SM). 16384 x 512 fp16: 67 -> 74% of HBM
// against the flat kernel (benchmarks/NOTES.md entry 19).
template <typename T, int E>
__global__ void __launch_bounds__(32 * kColRows, 4)
    ker_bias_act_dropout_residual_cols(T* y, const T* x, const T* bias, const T* residual, int64_t rows,
                                       int64_t cols, int act, uint32_t threshold, float scale,
                                       const int64_t* seed_ptr, const int64_t* offset_ptr, int chunks) {
  wait_for_previous_grid();
  const int64_t col0 = (static_cast<int64_t>(blockIdx.x) * 32 + threadIdx.x) * E;
  if (col0 >= cols) return;
  const bool drop = seed_ptr != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  float b[E];
  load_float<T, E>(bias + col0, b);
  for (int64_t row = static_cast<int64_t>(blockIdx.y) * kColRows + threadIdx.y; row < rows;
       row += static_cast<int64_t>(chunks) * kColRows) {
    const int64_t i0 = row * cols + col0;
    float v[E], r[E];
    load_float<T, E>(x + i0, v);
    load_float<T, E>(residual + i0, r);
#pragma unroll
    for (int k = 0; k < E; ++k) v[k] = activation_forward(act, v[k] + b[k]);
    if (drop) dropout_in_place<E>(v, i0, threshold, scale, seed, offset);
#pragma unroll
    for (int k = 0; k < E; ++k) v[k] += r[k];
    store_float<T, E>(y + i0, v);
  }
}

// ker_bias_act_dropout_grad: dx [rows, cols] and partial[chunk][col] = sum of dx over the
// chunk's rows, the keep-decisions drawn again (a null seed_ptr means rate == 0). Grid
// (column_blocks, chunks), block (32, kColRows); thread owns N columns.
// __restrict__ and at most 64 registers (4 blocks per SM): the compiler then issues a row's
// loads ahead of the previous row's store (benchmarks/NOTES.md entry 18, 16384 x 512 / 1024
// fp16: ReLU 57 -> 64% / 65 -> 72% of HBM, identity 66 -> 70% / 60 -> 66%).
template <typename T, int N>
__global__ void __launch_bounds__(32 * kColRows, 4)
    ker_bias_act_dropout_grad(T* __restrict__ dx, float* __restrict__ partial,
                              const T* __restrict__ dy, const T* __restrict__ x,
                              const T* __restrict__ bias, int64_t rows, int64_t cols, int act,
                              uint32_t threshold, float scale, const int64_t* __restrict__ seed_ptr,
                              const int64_t* __restrict__ offset_ptr, int chunks) {
  wait_for_previous_grid();
  const bool drop = seed_ptr != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  float acc[1][N] = {};
  const int64_t col0 = (static_cast<int64_t>(blockIdx.x) * 32 + threadIdx.x) * N;
  if (col0 < cols) {
    float b[N];
    if (act != kIdentity) load_float<T, N>(bias + col0, b);
    for (int64_t row = static_cast<int64_t>(blockIdx.y) * kColRows + threadIdx.y; row < rows;
         row += static_cast<int64_t>(chunks) * kColRows) {
      const int64_t at = row * cols + col0;
      const Vec<T, N> d_in = *reinterpret_cast<const Vec<T, N>*>(dy + at);
      Vec<T, N> a;
      if (act != kIdentity) a = *reinterpret_cast<const Vec<T, N>*>(x + at);
      bool keep[N];
      if (drop) keep_flags<N>(seed, offset, at, threshold, keep);
      float d[N];
#pragma unroll
      for (int i = 0; i < N; ++i) {
        d[i] = to_float(d_in.v[i]);
        if (drop) d[i] = keep[i] ? d[i] * scale : 0.f;
        if (act != kIdentity) d[i] *= activation_grad(act, to_float(a.v[i]) + b[i]);
        acc[0][i] += d[i];
      }
      store_float<T, N>(dx + at, d);
    }
  }
  block_column_partials<1, N>(acc, partial, cols, chunks);
}

template <typename T, int N>
void bias_act_dropout_backward(T* dx, T* dbias, float* workspace, const T* dy, const T* x,
                               const T* bias, int64_t rows, int64_t cols, int act, float rate,
                               const int64_t* seed, const int64_t* offset, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  const int chunks = column_chunks(rows, cols);
  const bool drop = rate > 0.f;
  launch_after_previous_may_overlap(ker_bias_act_dropout_grad<CT, N>, dim3(column_blocks(cols, N), chunks),
                                    dim3(32, kColRows), 0, stream, cuda_ptr(dx), workspace, cuda_ptr(dy),
                                    cuda_ptr(x), cuda_ptr(bias), rows, cols, act, dropout_threshold(rate),
                                    dropout_scale(rate), drop ? seed : nullptr, drop ? offset : nullptr, chunks);
  launch_sum_partials<CT>(cuda_ptr(dbias), nullptr, workspace, cols, chunks, stream);
}

}  // namespace

template <typename T>
int launch_bias_act_dropout(T* y, const T* x, const T* bias, const T* residual, int64_t rows,
                            int64_t cols, int activation, float rate, const int64_t* seed,
                            const int64_t* offset, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  const int64_t n = rows * cols;
  if (n == 0) return 0;
  constexpr int E = 16 / sizeof(T) < 4 ? 4 : 16 / sizeof(T);
  const int64_t threads_needed = (n + E - 1) / E;
  const int blocks = static_cast<int>(std::min<int64_t>((threads_needed + kThreads - 1) / kThreads, 1 << 16));
  const bool vec = cols % E == 0 && aligned16(y) && aligned16(x) && aligned16(bias) &&
                   (residual == nullptr || aligned16(residual));
  const uint32_t threshold = dropout_threshold(rate);
  const float scale = dropout_scale(rate);
  if (rate <= 0.f) seed = offset = nullptr;
  if (vec && residual != nullptr) {
    // Two rows per thread: as fast as four at 16384 x 512-2048 and faster at 4096 x 512; one
    // and eight were slower (benchmarks/NOTES.md entry 19).
    const int chunks =
        static_cast<int>(std::min<int64_t>((rows + 2 * kColRows - 1) / (2 * kColRows), 65535));
    launch_after_previous_may_overlap(ker_bias_act_dropout_residual_cols<CT, E>, dim3(column_blocks(cols, E), chunks),
                                      dim3(32, kColRows), 0, stream, cuda_ptr(y), cuda_ptr(x), cuda_ptr(bias),
                                      cuda_ptr(residual), rows, cols, activation, threshold, scale, seed, offset,
                                      chunks);
  } else {
    launch_after_previous_may_overlap(vec ? ker_bias_act_dropout<CT, E, true> : ker_bias_act_dropout<CT, E, false>,
                                      dim3(blocks), dim3(kThreads), 0, stream, cuda_ptr(y), cuda_ptr(x),
                                      cuda_ptr(bias), cuda_ptr(residual), n, cols, activation, threshold, scale,
                                      seed, offset);
  }
  return status_of_last_launch();
}

template <typename T>
int launch_bias_act_dropout_grad(T* dx, T* dbias, float* workspace, const T* dy, const T* x,
                                 const T* bias, int64_t rows, int64_t cols, int activation, float rate,
                                 const int64_t* seed, const int64_t* offset, cudaStream_t stream) {
  if (cols == 0) return 0;
  constexpr int N = 16 / sizeof(T);
  const bool vec = cols % N == 0 && aligned16(dx) && aligned16(dy) &&
                   (activation == kIdentity || (aligned16(x) && aligned16(bias)));
  if (vec) {
    bias_act_dropout_backward<T, N>(dx, dbias, workspace, dy, x, bias, rows, cols, activation, rate, seed, offset,
                                    stream);
  } else {
    bias_act_dropout_backward<T, 1>(dx, dbias, workspace, dy, x, bias, rows, cols, activation, rate, seed, offset,
                                    stream);
  }
  return status_of_last_launch();
}

#define INSTANTIATE(T)                                                                         \
  template int launch_bias_act_dropout<T>(T*, const T*, const T*, const T*, int64_t, int64_t,  \
                                          int, float, const int64_t*, const int64_t*,           \
                                          cudaStream_t);                                         \
  template int launch_bias_act_dropout_grad<T>(T*, T*, float*, const T*, const T*, const T*,   \
                                               int64_t, int64_t, int, float, const int64_t*,   \
                                               const int64_t*, cudaStream_t);
INSTANTIATE(float)
INSTANTIATE(fp16)
INSTANTIATE(bf16)
#undef INSTANTIATE

}  // namespace lightseq_tf
