// CUDA kernels converting between token-major [B, T, P * d] and head-major P x [B, N, T, H].
#include "tf_ops/attention/heads_cuda.h"

#include <algorithm>
#include <initializer_list>

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

// ker_split_heads: grid-stride over N-element vectors of `in` [rows, width]; N divides
// head_dim, so each vector lands contiguously in one output part. Then over the vectors of the
// key and value parts' padding rows (seq <= t < key_seq), which get zeros.
template <typename T, int N>
__global__ void ker_split_heads(T* out0, T* out1, T* out2, const T* in, const T* bias,
                                HeadLayout L, int64_t rows, float scale0) {
  wait_for_previous_grid();
  const int64_t nvec = rows * L.width() / N;
  const int64_t first = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x,
                stride = static_cast<int64_t>(gridDim.x) * blockDim.x;
  for (int64_t v = first; v < nvec; v += stride) {
    const int64_t e = v * N, row = e / L.width(), col = e - row * L.width();
    float a[N];
    load_float<T, N>(in + e, a);
    if (bias != nullptr) {
      float b[N];
      load_float<T, N>(bias + col, b);
#pragma unroll
      for (int i = 0; i < N; ++i) a[i] += b[i];
    }
    int p;
    const int64_t at = L.head_major(row, col, &p);
    if (p == 0 && scale0 != 1.f) {
#pragma unroll
      for (int i = 0; i < N; ++i) a[i] *= scale0;
    }
    store_float<T, N>((p == 0 ? out0 : p == 1 ? out1 : out2) + at, a);
  }
  // Padding vectors per (b, n) of a key part, and per key part.
  const int64_t per_head = (L.key_seq - L.seq) * L.head_dim / N, per_part = L.batch * L.heads * per_head;
  for (int64_t v = first; L.parts >= 2 && v < 2 * per_part; v += stride) {
    const int p = L.parts - 2 + static_cast<int>(v / per_part);
    const int64_t head = v % per_part / per_head, e = v % per_head * N;
    const float zeros[N] = {};
    store_float<T, N>((p == 0 ? out0 : p == 1 ? out1 : out2) + (head * L.key_seq + L.seq) * L.head_dim + e, zeros);
  }
}

// ker_merge_heads: out [rows, width] from the head-major parts; grid (column_blocks, chunks),
// block (32, kColRows), thread owns N columns. With partial != null also writes per-chunk
// column sums of out (for dbias).
template <typename T, int N>
__global__ void ker_merge_heads(T* out, float* partial, const T* in0, const T* in1, const T* in2,
                                HeadLayout L, int64_t rows, float scale0, int chunks) {
  wait_for_previous_grid();
  float acc[1][N] = {};
  const int64_t col0 = (static_cast<int64_t>(blockIdx.x) * 32 + threadIdx.x) * N;
  if (col0 < L.width()) {
    for (int64_t row = static_cast<int64_t>(blockIdx.y) * kColRows + threadIdx.y; row < rows;
         row += static_cast<int64_t>(chunks) * kColRows) {
      int p;
      const int64_t at = L.head_major(row, col0, &p);
      float a[N];
      load_float<T, N>((p == 0 ? in0 : p == 1 ? in1 : in2) + at, a);
      if (p == 0 && scale0 != 1.f) {
#pragma unroll
        for (int i = 0; i < N; ++i) a[i] *= scale0;
      }
      store_float<T, N>(out + row * L.width() + col0, a);
#pragma unroll
      for (int i = 0; i < N; ++i) acc[0][i] += a[i];
    }
  }
  if (partial != nullptr) block_column_partials<1, N>(acc, partial, L.width(), chunks);
}

// True if every non-null pointer is 16-byte aligned.
bool all_aligned(std::initializer_list<const void*> ptrs) {
  for (const void* p : ptrs)
    if (p != nullptr && !aligned16(p)) return false;
  return true;
}

}  // namespace

template <typename T>
int launch_split_heads(T* out0, T* out1, T* out2, const T* in, const T* bias, int parts,
                       int64_t batch, int64_t seq, int64_t heads, int64_t head_dim, int64_t key_seq,
                       float scale0, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  const HeadLayout L{parts, batch, seq, heads, head_dim, key_seq};
  const int64_t pad = parts >= 2 ? 2 * batch * heads * (key_seq - seq) * head_dim : 0;
  if (L.rows() * L.width() + pad == 0) return 0;
  constexpr int N = vec_width<T>();
  const bool vec = head_dim % N == 0 && all_aligned({out0, out1, out2, in, bias});
  const int64_t nvec = std::max(L.rows() * L.width(), pad) / (vec ? N : 1);
  const int blocks = static_cast<int>(std::min<int64_t>((nvec + 255) / 256, 1 << 16));
  launch_after_previous_may_overlap(vec ? ker_split_heads<CT, N> : ker_split_heads<CT, 1>, dim3(blocks), dim3(256), 0,
                                    stream, cuda_ptr(out0), cuda_ptr(out1), cuda_ptr(out2), cuda_ptr(in),
                                    cuda_ptr(bias), L, L.rows(), scale0);
  return status_of_last_launch();
}

template <typename T>
int launch_merge_heads(T* out, T* dbias, float* workspace, const T* in0, const T* in1,
                       const T* in2, int parts, int64_t batch, int64_t seq, int64_t heads,
                       int64_t head_dim, int64_t key_seq, float scale0, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  const HeadLayout L{parts, batch, seq, heads, head_dim, key_seq};
  const int64_t rows = L.rows();
  if (L.width() == 0) return 0;
  constexpr int N = vec_width<T>();
  const bool vec = head_dim % N == 0 && all_aligned({out, in0, in1, in2});
  const int chunks = column_chunks(rows, L.width());
  float* partial = dbias != nullptr ? workspace : nullptr;
  launch_after_previous_may_overlap(vec ? ker_merge_heads<CT, N> : ker_merge_heads<CT, 1>,
                                    dim3(column_blocks(L.width(), vec ? N : 1), chunks), dim3(32, kColRows), 0, stream,
                                    cuda_ptr(out), partial, cuda_ptr(in0), cuda_ptr(in1), cuda_ptr(in2), L, rows,
                                    scale0, chunks);
  if (dbias != nullptr) launch_sum_partials<CT>(cuda_ptr(dbias), nullptr, workspace, L.width(), chunks, stream);
  return status_of_last_launch();
}

#define INSTANTIATE(T)                                                                        \
  template int launch_split_heads<T>(T*, T*, T*, const T*, const T*, int, int64_t, int64_t,   \
                                     int64_t, int64_t, int64_t, float, cudaStream_t);         \
  template int launch_merge_heads<T>(T*, T*, float*, const T*, const T*, const T*, int,       \
                                     int64_t, int64_t, int64_t, int64_t, int64_t, float,      \
                                     cudaStream_t);
INSTANTIATE(float)
INSTANTIATE(fp16)
INSTANTIATE(bf16)
#undef INSTANTIATE

}  // namespace lightseq_tf
