// CUDA kernels for the label-smoothed cross-entropy, forward and backward.
#include "tf_ops/loss/cross_entropy_cuda.h"

#include <cmath>

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;

inline int row_grid(int64_t rows) { return static_cast<int>(rows < (1 << 20) ? rows : (1 << 20)); }

// Online (max, sum of exp(x - max)) pair; merging keeps sum relative to the larger max.
struct MaxSum {
  float m, s;
};

__device__ __forceinline__ MaxSum merge(MaxSum a, MaxSum b) {
  const float m = fmaxf(a.m, b.m);
  if (m == -INFINITY) return {m, 0.f};
  return {m, a.s * __expf(a.m - m) + b.s * __expf(b.m - m)};
}

// Block-wide reduction of (max-sum, sum of x); every thread gets the result.
__device__ __forceinline__ void block_reduce(MaxSum& ms, float& sum_x) {
  __shared__ float sm[3][kThreads / 32];
#pragma unroll
  for (int d = 16; d > 0; d >>= 1) {
    const MaxSum other{__shfl_xor_sync(0xffffffffu, ms.m, d), __shfl_xor_sync(0xffffffffu, ms.s, d)};
    ms = merge(ms, other);
    sum_x += __shfl_xor_sync(0xffffffffu, sum_x, d);
  }
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  if (lane == 0) {
    sm[0][warp] = ms.m;
    sm[1][warp] = ms.s;
    sm[2][warp] = sum_x;
  }
  __syncthreads();
  ms = {sm[0][0], sm[1][0]};
  sum_x = sm[2][0];
  for (int w = 1; w < kThreads / 32; ++w) {
    ms = merge(ms, {sm[0][w], sm[1][w]});
    sum_x += sm[2][w];
  }
  __syncthreads();  // sm is reused by the next row
}

// A row of `vocab` elements starting at element `start` of a 16-byte aligned buffer, split
// for N-element vectors: `head` scalars up to the first aligned element, `nvec` aligned vectors,
// then scalars from `tail` on (rows of an odd vocabulary start at every alignment).
struct RowSplit {
  int64_t head, nvec, tail, vocab;

  // Scalars of the row: the head and everything from tail on (fewer than 2N).
  __device__ int64_t scalars() const { return head + vocab - tail; }
  // Row element of the i-th scalar, i < scalars().
  __device__ int64_t scalar(int64_t i) const { return i < head ? i : tail + i - head; }
};

template <int N>
__device__ __forceinline__ RowSplit split_row(int64_t start, int64_t vocab) {
  const int64_t to_aligned = (N - start % N) % N;
  const int64_t head = to_aligned < vocab ? to_aligned : vocab;
  const int64_t nvec = (vocab - head) / N;
  return {head, nvec, head + nvec * N, vocab};
}

// ker_xent: one block per row of [rows, vocab] (grid-stride); thread t reads vectors
// t + kThreads * k of N logits (and, for unaligned rows, head/tail scalars), keeping an online
// max-sum and the sum of (logit - the row's first logit).
template <typename T, typename L, int N>
__global__ void ker_xent(float* loss, float* lse, const T* logits, const L* labels, int64_t rows,
                         int64_t vocab, SmoothedTarget target) {
  wait_for_previous_grid();
  for (int64_t row = blockIdx.x; row < rows; row += gridDim.x) {
    const T* x = logits + row * vocab;
    const RowSplit split = split_row<N>(row * vocab, vocab);
    MaxSum ms{-INFINITY, 0.f};
    float sum_x = 0.f;
    const float first = vocab > 0 ? to_float(x[0]) : 0.f;  // vocab 0: no logit to read
    const float x0 = isfinite(first) ? first : 0.f;
    auto add = [&](const float* a, int k) {
      float m = a[0];
      for (int i = 1; i < k; ++i) m = fmaxf(m, a[i]);
      float s = 0.f;
      for (int i = 0; i < k; ++i) {
        s += __expf(a[i] - m);
        sum_x += a[i] - x0;
      }
      ms = merge(ms, {m, m == -INFINITY ? 0.f : s});
    };
    for (int64_t v = threadIdx.x; v < split.nvec; v += kThreads) {
      float a[N];
      load_float<T, N>(x + split.head + v * N, a);
      add(a, N);
    }
    if (threadIdx.x < split.scalars()) {
      const float a = to_float(x[split.scalar(threadIdx.x)]);
      add(&a, 1);
    }
    block_reduce(ms, sum_x);
    if (threadIdx.x == 0) {
      const float m = ms.m == -INFINITY ? 0.f : ms.m;
      const L label = labels[row];
      const bool valid = label >= 0 && label < vocab;
      const float at_label = valid ? to_float(x[label]) : NAN;
      lse[row] = m + logf(ms.s);
      loss[row] = smoothed_row_loss(target, at_label, m, ms.s, x0, sum_x, vocab);
    }
  }
}

// ker_xent_grad: one block per row, split as in ker_xent; dlogits = dloss * (exp(x - lse) - t).
// Rows with dloss == 0 (padding) or an invalid label are written as zeros without reading logits.
template <typename T, typename L, int N>
__global__ void ker_xent_grad(T* dlogits, const float* dloss, const T* logits, const L* labels,
                              const float* lse, int64_t rows, int64_t vocab, SmoothedTarget target) {
  wait_for_previous_grid();
  for (int64_t row = blockIdx.x; row < rows; row += gridDim.x) {
    const L label = labels[row];
    const float g = label >= 0 && label < vocab ? dloss[row] : 0.f;
    const float row_lse = lse[row];
    const T* x = logits + row * vocab;
    T* dx = dlogits + row * vocab;
    const RowSplit split = split_row<N>(row * vocab, vocab);
    // Gradient of the K logits at row elements e .. e + K - 1, in place.
    auto grad = [&](float* a, int64_t e, int k) {
      for (int i = 0; i < k; ++i) {
        const float t = e + i == label ? target.confidence : target.low;
        a[i] = g != 0.f ? g * (expf(a[i] - row_lse) - t) : 0.f;
      }
    };
    for (int64_t v = threadIdx.x; v < split.nvec; v += kThreads) {
      const int64_t e = split.head + v * N;
      float a[N] = {};
      if (g != 0.f) load_float<T, N>(x + e, a);
      grad(a, e, N);
      store_float<T, N>(dx + e, a);
    }
    if (threadIdx.x < split.scalars()) {
      const int64_t e = split.scalar(threadIdx.x);
      float a = g != 0.f ? to_float(x[e]) : 0.f;
      grad(&a, e, 1);
      dx[e] = from_float<T>(a);
    }
  }
}

}  // namespace

template <typename T, typename L>
int launch_label_smoothed_xent(float* loss, float* lse, const T* logits, const L* labels,
                               int64_t rows, int64_t vocab, SmoothedTarget target,
                               cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  if (rows == 0) return 0;
  constexpr int N = vec_width<T>();
  launch_after_previous_may_overlap(aligned16(logits) ? ker_xent<CT, L, N> : ker_xent<CT, L, 1>, dim3(row_grid(rows)),
                                    dim3(kThreads), 0, stream, loss, lse, cuda_ptr(logits), labels, rows, vocab,
                                    target);
  return status_of_last_launch();
}

template <typename T, typename L>
int launch_label_smoothed_xent_grad(T* dlogits, const float* dloss, const T* logits,
                                    const L* labels, const float* lse, int64_t rows,
                                    int64_t vocab, SmoothedTarget target, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  if (rows == 0 || vocab == 0) return 0;
  constexpr int N = vec_width<T>();
  launch_after_previous_may_overlap(
      aligned16(logits) && aligned16(dlogits) ? ker_xent_grad<CT, L, N> : ker_xent_grad<CT, L, 1>,
      dim3(row_grid(rows)), dim3(kThreads), 0, stream, cuda_ptr(dlogits), dloss, cuda_ptr(logits), labels, lse, rows,
      vocab, target);
  return status_of_last_launch();
}

#define INSTANTIATE(T, L)                                                                        \
  template int launch_label_smoothed_xent<T, L>(float*, float*, const T*, const L*, int64_t,     \
                                                int64_t, SmoothedTarget, cudaStream_t);          \
  template int launch_label_smoothed_xent_grad<T, L>(T*, const float*, const T*, const L*,       \
                                                     const float*, int64_t, int64_t,             \
                                                     SmoothedTarget, cudaStream_t);
#define INSTANTIATE_LABELS(T) INSTANTIATE(T, int32_t) INSTANTIATE(T, int64_t)
INSTANTIATE_LABELS(float)
INSTANTIATE_LABELS(fp16)
INSTANTIATE_LABELS(bf16)
#undef INSTANTIATE_LABELS
#undef INSTANTIATE

}  // namespace lightseq_tf
