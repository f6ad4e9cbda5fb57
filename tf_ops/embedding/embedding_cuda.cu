// CUDA kernels for the fused embedding: lookup + scale + timing signal + dropout, and the
// deterministic sort-based gradient.
#include "tf_ops/embedding/embedding_cuda.h"

#include <cub/device/device_radix_sort.cuh>

#include <algorithm>

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/embedding/timing_signal.h"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
// Sorted rows per piece of the gradient's first pass.
constexpr int kPiece = 8;
// Columns per lane: a warp covers 32 * kCols columns of one piece.
constexpr int kCols = 4;
constexpr int kChunkCols = 32 * kCols;
// Warps per block of ker_grad_pieces.
constexpr int kWarps = 4;

int grid_for(int64_t threads) {
  return static_cast<int>(std::min<int64_t>((threads + kThreads - 1) / kThreads, 1 << 16));
}

// ker_embedding: thread t handles elements [4t, 4t + 4) of y [rows, dim] (one Philox draw),
// grid-stride. VEC: dim % 4 == 0 and aligned pointers, so the 4 elements share a row and move
// as vectors.
template <typename T, typename TT, typename I, bool VEC>
__global__ void ker_embedding(T* y, uint8_t* mask, const I* ids, const TT* table, int64_t n,
                              int64_t length, int64_t vocab, int64_t dim, float scale,
                              bool sinusoids, float inc, uint32_t threshold, float keep_scale,
                              const int64_t* seed_ptr, const int64_t* offset_ptr) {
  const uint64_t seed = mask != nullptr ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = mask != nullptr ? static_cast<uint64_t>(*offset_ptr) : 0;
  for (int64_t t = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x; 4 * t < n;
       t += static_cast<int64_t>(gridDim.x) * blockDim.x) {
    const int64_t i0 = 4 * t;
    float v[4];
    if (VEC) {
      const int64_t row = i0 / dim, col = i0 % dim;
      const int64_t id = static_cast<int64_t>(ids[row]);
      if (id >= 0 && id < vocab) {
        load_float<TT, 4>(table + id * dim + col, v);
      } else {
#pragma unroll
        for (int k = 0; k < 4; ++k) v[k] = NAN;
      }
#pragma unroll
      for (int k = 0; k < 4; ++k) {
        v[k] *= scale;
        if (sinusoids) v[k] += timing_signal(row % length, col + k, dim, inc);
      }
    } else {
#pragma unroll
      for (int k = 0; k < 4; ++k) {
        const int64_t i = i0 + k, row = i / dim, col = i % dim;
        if (i >= n) {
          v[k] = 0.f;
          continue;
        }
        const int64_t id = static_cast<int64_t>(ids[row]);
        v[k] = id >= 0 && id < vocab ? to_float(table[id * dim + col]) * scale : NAN;
        if (sinusoids) v[k] += timing_signal(row % length, col, dim, inc);
      }
    }
    if (mask != nullptr) {
      const auto words = dropout_words(seed, offset, t);
      Vec<uint8_t, 4> m;
#pragma unroll
      for (int k = 0; k < 4; ++k) {
        const bool keep = words[k] >= threshold;
        m.v[k] = keep;
        v[k] = keep ? v[k] * keep_scale : 0.f;
      }
      if (VEC) {
        *reinterpret_cast<Vec<uint8_t, 4>*>(mask + i0) = m;
      } else {
        for (int k = 0; k < 4 && i0 + k < n; ++k) mask[i0 + k] = m.v[k];
      }
    }
    if (VEC) {
      store_float<T, 4>(y + i0, v);
    } else {
      for (int k = 0; k < 4 && i0 + k < n; ++k) y[i0 + k] = from_float<T>(v[k]);
    }
  }
}

// keys[r] = ids[r] (vocab for an invalid id, which sorts last and is skipped), rows[r] = r.
template <typename I>
__global__ void ker_sort_input(int32_t* keys, int32_t* rows_out, const I* ids, int64_t rows,
                               int64_t vocab) {
  for (int64_t r = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x; r < rows;
       r += static_cast<int64_t>(gridDim.x) * blockDim.x) {
    const int64_t id = static_cast<int64_t>(ids[r]);
    keys[r] = static_cast<int32_t>(id >= 0 && id < vocab ? id : vocab);
    rows_out[r] = static_cast<int32_t>(r);
  }
}

// True when sorted position a starts its run of equal keys.
__device__ __forceinline__ bool run_head(const int32_t* keys, int64_t a) {
  return a == 0 || keys[a - 1] != keys[a];
}

// ker_grad_pieces: warp w (of blockDim.y per block) owns piece p = sorted positions
// [p * kPiece, p * kPiece + kPiece) for the column chunk c0 = blockIdx.y * kChunkCols; lanes own
// columns c0 + lane + 32 k. Each run of equal keys
// in the piece is summed in sorted (= row) order; a complete run is written to dtable, a run cut
// by the piece's start goes to partial[p][0], one that starts here and goes on to partial[p][1].
template <typename T, typename TT>
__global__ void ker_grad_pieces(TT* dtable, float* partial, const T* dy, const uint8_t* mask,
                                const int32_t* keys, const int32_t* sorted_rows, int64_t rows,
                                int64_t vocab, int64_t dim, float factor, int64_t pieces) {
  const int lane = threadIdx.x;
  const int64_t p = static_cast<int64_t>(blockIdx.x) * blockDim.y + threadIdx.y;
  if (p >= pieces) return;
  const int64_t s = p * kPiece, e = std::min<int64_t>(rows, s + kPiece);
  const int64_t c0 = static_cast<int64_t>(blockIdx.y) * kChunkCols;
  {
    float acc[kCols] = {};
    int64_t a = s;
    for (int64_t j = s; j < e; ++j) {
      const int32_t key = keys[j];
      const int64_t r = sorted_rows[j];
#pragma unroll
      for (int k = 0; k < kCols; ++k) {
        const int64_t c = c0 + lane + 32 * k;
        if (c < dim && key < vocab) {
          const int64_t i = r * dim + c;
          if (mask == nullptr || mask[i]) acc[k] += to_float(dy[i]) * factor;
        }
      }
      const bool run_ends = j + 1 == e || keys[j + 1] != key;
      if (!run_ends) continue;
      if (key < vocab) {
        const bool head = run_head(keys, a);
        const bool complete = head && (j + 1 == rows || keys[j + 1] != key);
        float* dst = complete ? nullptr : partial + (2 * p + (head ? 1 : 0)) * dim;
#pragma unroll
        for (int k = 0; k < kCols; ++k) {
          const int64_t c = c0 + lane + 32 * k;
          if (c >= dim) continue;
          if (complete) {
            dtable[static_cast<int64_t>(key) * dim + c] = from_float<TT>(acc[k]);
          } else {
            dst[c] = acc[k];
          }
        }
      }
#pragma unroll
      for (int k = 0; k < kCols; ++k) acc[k] = 0.f;
      a = j + 1;
    }
  }
}

// ker_grad_merge: block (32, kMergeWarps) per piece p and column chunk blockIdx.y, for a p whose
// last run starts in p and continues into later pieces: the warps find the last piece q_end of
// that run (lanes test 32 pieces at a time), warp w adds the continuation partials
// partial[q][0], q = p + 1 + w, p + 1 + w + kMergeWarps, ... <= q_end, in order, and warp 0
// adds partial[p][1] and the warps' sums in warp order (deterministic) and writes dtable for
// that id. One warp per run with 8 interleaved accumulators summed the same terms in the same
// order, but a padding run of thousands of rows then kept one warp busy for ~85 us (16384
// tokens, 20% padding: 176 -> 102 us for the whole gradient, benchmarks/NOTES.md entry 19).
constexpr int kMergeWarps = 8;
template <typename TT>
__global__ void __launch_bounds__(32 * kMergeWarps)
    ker_grad_merge(TT* dtable, const float* partial, const int32_t* keys, int64_t rows,
                   int64_t vocab, int64_t dim, int64_t pieces) {
  __shared__ float sums[kMergeWarps][kChunkCols];
  const int lane = threadIdx.x, w = threadIdx.y;
  const int64_t p = blockIdx.x;
  const int64_t s = p * kPiece, e = std::min<int64_t>(rows, s + kPiece);
  const int32_t key = keys[e - 1];
  const bool continues = e < rows && keys[e] == key;
  const bool starts_here = keys[s] != key || run_head(keys, s);
  if (!continues || !starts_here || key >= vocab) return;
  int64_t q_end = -1;
  for (int64_t base = p + 1; q_end < 0; base += 32) {
    const int64_t q = base + lane;
    const int64_t eq = std::min<int64_t>(rows, (q + 1) * kPiece);
    const bool goes_on = q < pieces && eq < rows && keys[eq] == key;
    const unsigned stops = __ballot_sync(0xffffffffu, !goes_on);
    if (stops != 0u) q_end = base + __ffs(stops) - 1;
  }
  const int64_t c0 = static_cast<int64_t>(blockIdx.y) * kChunkCols + lane;
  float acc[kCols] = {};
  for (int64_t q = p + 1 + w; q <= q_end; q += kMergeWarps) {
#pragma unroll
    for (int j = 0; j < kCols; ++j)
      if (c0 + 32 * j < dim) acc[j] += partial[(2 * q) * dim + c0 + 32 * j];
  }
#pragma unroll
  for (int j = 0; j < kCols; ++j) sums[w][lane + 32 * j] = acc[j];
  __syncthreads();
  if (w != 0) return;
#pragma unroll
  for (int j = 0; j < kCols; ++j) {
    const int64_t c = c0 + 32 * j;
    if (c >= dim) continue;
    float sum = partial[(2 * p + 1) * dim + c];
#pragma unroll
    for (int v = 0; v < kMergeWarps; ++v) sum += sums[v][lane + 32 * j];
    dtable[static_cast<int64_t>(key) * dim + c] = from_float<TT>(sum);
  }
}

// First sorted position with keys[j] >= target, found by a warp (all lanes get it): each step
// the lanes probe 32 evenly spaced positions of [lo, hi), so 16384 keys take 3-4 steps.
__device__ int64_t warp_lower_bound(const int32_t* keys, int64_t rows, int64_t target) {
  const int lane = threadIdx.x % 32;
  int64_t lo = 0, hi = rows;
  while (lo < hi) {
    const int64_t step = (hi - lo + 31) / 32;
    const int64_t probe = lo + lane * step;
    const unsigned below = __ballot_sync(0xffffffffu, probe < hi && keys[probe] < target);
    const int c = __popc(below);
    if (c == 0) return lo;
    const int64_t last_below = lo + (c - 1) * step;
    hi = std::min<int64_t>(hi, last_below + step);
    lo = last_below + 1;
  }
  return lo;
}

// ker_zero_absent_rows: block b owns table rows [b * kZeroTile, b * kZeroTile + kZeroTile) and
// zeroes those no sorted key names (ker_grad_pieces / ker_grad_merge write the others), so each
// row of dtable is written once. Warps 0 and 1 find the block's segment of the sorted keys, the
// head of each run there marks its row present in shared memory, then warp w zeroes the absent
// rows w, w + 8, ... in W-sized words (W = uint4 when a row is a multiple of 16 bytes and dtable
// is 16-byte aligned).
constexpr int kZeroTile = 32;
template <typename W>
__global__ void __launch_bounds__(kThreads)
    ker_zero_absent_rows(W* dtable, const int32_t* keys, int64_t rows, int64_t vocab,
                         int64_t row_words) {
  __shared__ bool present[kZeroTile];
  __shared__ int64_t segment[2];
  const int64_t v0 = static_cast<int64_t>(blockIdx.x) * kZeroTile;
  const int64_t v1 = std::min<int64_t>(vocab, v0 + kZeroTile);
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  if (threadIdx.x < kZeroTile) present[threadIdx.x] = false;
  if (warp < 2) {
    const int64_t at = warp_lower_bound(keys, rows, warp == 0 ? v0 : v1);
    if (lane == 0) segment[warp] = at;
  }
  __syncthreads();
  for (int64_t j = segment[0] + threadIdx.x; j < segment[1]; j += blockDim.x)
    if (run_head(keys, j)) present[keys[j] - v0] = true;
  __syncthreads();
  for (int64_t v = v0 + warp; v < v1; v += blockDim.x / 32) {
    if (present[v - v0]) continue;
    W* row = dtable + v * row_words;
    for (int64_t i = lane; i < row_words; i += 32) row[i] = W{};
  }
}

struct GradWorkspace {
  int32_t *keys_in, *keys, *rows_in, *rows;
  float* partial;
  void* sort_temp;
  size_t sort_bytes;
};

inline size_t align_up(size_t x) { return (x + 255) / 256 * 256; }

int key_bits(int64_t vocab) {
  int bits = 1;
  while ((int64_t{1} << bits) <= vocab) ++bits;  // vocab itself is the invalid-id key
  return bits;
}

size_t sort_temp_bytes(int64_t rows, int64_t vocab) {
  size_t bytes = 0;
  cub::DeviceRadixSort::SortPairs(nullptr, bytes, static_cast<const int32_t*>(nullptr),
                                  static_cast<int32_t*>(nullptr), static_cast<const int32_t*>(nullptr),
                                  static_cast<int32_t*>(nullptr), static_cast<int>(rows), 0,
                                  key_bits(vocab));
  return bytes;
}

// Carves the workspace: four int32[rows] arrays, float partial[2 * pieces * dim], sort temp.
GradWorkspace carve(void* base, int64_t rows, int64_t vocab, int64_t dim) {
  GradWorkspace w;
  char* p = static_cast<char*>(base);
  const size_t ints = align_up(sizeof(int32_t) * rows);
  w.keys_in = reinterpret_cast<int32_t*>(p);
  w.keys = reinterpret_cast<int32_t*>(p + ints);
  w.rows_in = reinterpret_cast<int32_t*>(p + 2 * ints);
  w.rows = reinterpret_cast<int32_t*>(p + 3 * ints);
  const int64_t pieces = (rows + kPiece - 1) / kPiece;
  w.partial = reinterpret_cast<float*>(p + 4 * ints);
  w.sort_temp = p + 4 * ints + align_up(sizeof(float) * 2 * pieces * dim);
  w.sort_bytes = sort_temp_bytes(rows, vocab);
  return w;
}

}  // namespace

size_t embedding_grad_workspace_bytes(int64_t rows, int64_t vocab, int64_t dim) {
  const int64_t pieces = (rows + kPiece - 1) / kPiece;
  return 4 * align_up(sizeof(int32_t) * rows) + align_up(sizeof(float) * 2 * pieces * dim) +
         align_up(sort_temp_bytes(rows, vocab));
}

template <typename T, typename TT, typename I>
int launch_embedding(T* y, uint8_t* mask, const I* ids, const TT* table, int64_t rows,
                     int64_t length, int64_t vocab, int64_t dim, float scale, bool sinusoids,
                     float rate, const int64_t* seed, const int64_t* offset, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  using CTT = typename CudaType<TT>::type;
  const int64_t n = rows * dim;
  if (n == 0) return 0;
  const float inc = sinusoids ? timing_increment(dim) : 0.f;
  const bool vec = dim % 4 == 0 && aligned16(y) && aligned16(table) && aligned16(mask);
  const int blocks = grid_for((n + 3) / 4);
  if (vec) {
    ker_embedding<CT, CTT, I, true><<<blocks, kThreads, 0, stream>>>(
        cuda_ptr(y), mask, ids, cuda_ptr(table), n, length, vocab, dim, scale, sinusoids, inc,
        dropout_threshold(rate), dropout_scale(rate), seed, offset);
  } else {
    ker_embedding<CT, CTT, I, false><<<blocks, kThreads, 0, stream>>>(
        cuda_ptr(y), mask, ids, cuda_ptr(table), n, length, vocab, dim, scale, sinusoids, inc,
        dropout_threshold(rate), dropout_scale(rate), seed, offset);
  }
  return status_of_last_launch();
}

template <typename T, typename TT, typename I>
int launch_embedding_grad(TT* dtable, void* workspace, const T* dy, const I* ids,
                          const uint8_t* mask, int64_t rows, int64_t vocab, int64_t dim,
                          float scale, float rate, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  using CTT = typename CudaType<TT>::type;
  if (vocab * dim == 0) return 0;
  GradWorkspace w = carve(workspace, rows, vocab, dim);
  if (rows > 0) {
    ker_sort_input<I><<<grid_for(rows), kThreads, 0, stream>>>(w.keys_in, w.rows_in, ids, rows,
                                                               vocab);
    const cudaError_t status = cub::DeviceRadixSort::SortPairs(
        w.sort_temp, w.sort_bytes, w.keys_in, w.keys, w.rows_in, w.rows, static_cast<int>(rows),
        0, key_bits(vocab), stream);
    if (status != cudaSuccess) return static_cast<int>(status);
  }
  const unsigned tiles = static_cast<unsigned>((vocab + kZeroTile - 1) / kZeroTile);
  const int64_t row_bytes = static_cast<int64_t>(sizeof(TT)) * dim;
  if (row_bytes % 16 == 0 && aligned16(dtable)) {
    ker_zero_absent_rows<uint4><<<tiles, kThreads, 0, stream>>>(
        reinterpret_cast<uint4*>(dtable), w.keys, rows, vocab, row_bytes / 16);
  } else {
    ker_zero_absent_rows<CTT><<<tiles, kThreads, 0, stream>>>(cuda_ptr(dtable), w.keys, rows,
                                                             vocab, dim);
  }
  if (rows == 0) return status_of_last_launch();
  const int64_t pieces = (rows + kPiece - 1) / kPiece;
  const dim3 grid(static_cast<unsigned>((pieces + kWarps - 1) / kWarps), static_cast<unsigned>((dim + kChunkCols - 1) / kChunkCols));
  ker_grad_pieces<CT, CTT><<<grid, dim3(32, kWarps), 0, stream>>>(
      cuda_ptr(dtable), w.partial, cuda_ptr(dy), mask, w.keys, w.rows, rows, vocab, dim,
      scale * dropout_scale(rate), pieces);
  ker_grad_merge<CTT><<<dim3(static_cast<unsigned>(pieces), grid.y), dim3(32, kMergeWarps), 0, stream>>>(
      cuda_ptr(dtable), w.partial, w.keys, rows, vocab, dim, pieces);
  return status_of_last_launch();
}

#define INSTANTIATE(T, TT, I)                                                                     \
  template int launch_embedding<T, TT, I>(T*, uint8_t*, const I*, const TT*, int64_t, int64_t,    \
                                          int64_t, int64_t, float, bool, float, const int64_t*,   \
                                          const int64_t*, cudaStream_t);                          \
  template int launch_embedding_grad<T, TT, I>(TT*, void*, const T*, const I*, const uint8_t*,    \
                                               int64_t, int64_t, int64_t, float, float,           \
                                               cudaStream_t);
#define INSTANTIATE_TABLES(I)      \
  INSTANTIATE(float, float, I)     \
  INSTANTIATE(fp16, fp16, I)       \
  INSTANTIATE(fp16, float, I)      \
  INSTANTIATE(bf16, bf16, I)       \
  INSTANTIATE(bf16, float, I)
INSTANTIATE_TABLES(int32_t)
INSTANTIATE_TABLES(int64_t)
#undef INSTANTIATE_TABLES
#undef INSTANTIATE

}  // namespace lightseq_tf
