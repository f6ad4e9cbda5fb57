// CUDA kernels for the fused embedding: lookup + scale + timing signal + dropout, and the
// deterministic gradient.
#include "tf_ops/embedding/embedding_cuda.h"

#include <algorithm>
#include <type_traits>

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/embedding/timing_signal.h"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;

int grid_for(int64_t threads) {
  return static_cast<int>(std::min<int64_t>((threads + kThreads - 1) / kThreads, 1 << 16));
}

// ker_embedding: thread t handles elements [4t, 4t + 4) of y [rows, dim] (half a Philox draw),
// grid-stride, element by element (any dim, any alignment).
template <typename T, typename TT, typename I>
__global__ void ker_embedding(T* y, uint8_t* mask, const I* ids, const TT* table, int64_t n,
                              int64_t length, int64_t vocab, int64_t dim, float scale,
                              bool sinusoids, float inc, uint32_t threshold, float keep_scale,
                              const int64_t* seed_ptr, const int64_t* offset_ptr) {
  wait_for_previous_grid();
  const uint64_t seed = mask != nullptr ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = mask != nullptr ? static_cast<uint64_t>(*offset_ptr) : 0;
  for (int64_t t = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x; 4 * t < n;
       t += static_cast<int64_t>(gridDim.x) * blockDim.x) {
    const int64_t i0 = 4 * t;
    float v[4];
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
    if (mask != nullptr) {
      bool keep[4];
      keep_flags<4>(seed, offset, i0, threshold, keep);
#pragma unroll
      for (int k = 0; k < 4; ++k) {
        if (i0 + k < n) mask[i0 + k] = keep[k];
        v[k] = keep[k] ? v[k] * keep_scale : 0.f;
      }
    }
    for (int k = 0; k < 4 && i0 + k < n; ++k) y[i0 + k] = from_float<T>(v[k]);
  }
}

// ker_embedding_positions (dim % 4 == 0, 16-byte aligned y, table, mask): thread x of block
// (bx, p, bz) owns the 4 columns from 4 (bx * blockDim.x + x) at position p (grid-stride over
// positions) for the batch entries bz, bz + gridDim.z, ...: the timing signal of its columns is
// computed once per position, not once per row, and kUnroll entries' ids and table rows are
// loaded before their results are stored. Element i = row * dim + col keeps as dropout_rng.h says,
// as in ker_embedding.
constexpr int kEmbeddingThreads = 128;
template <typename T, typename TT, typename I>
__global__ void __launch_bounds__(kEmbeddingThreads)
    ker_embedding_positions(T* y, uint8_t* mask, const I* ids, const TT* table, int64_t batch,
                            int64_t length, int64_t vocab, int64_t dim, float scale,
                            bool sinusoids, float inc, uint32_t threshold, float keep_scale,
                            const int64_t* seed_ptr, const int64_t* offset_ptr) {
  constexpr int kUnroll = 4;
  wait_for_previous_grid();
  const int64_t col = 4 * (static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x);
  if (col >= dim) return;
  const uint64_t seed = mask != nullptr ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = mask != nullptr ? static_cast<uint64_t>(*offset_ptr) : 0;
  for (int64_t p = blockIdx.y; p < length; p += gridDim.y) {
    float signal[4] = {};
    if (sinusoids) {
#pragma unroll
      for (int k = 0; k < 4; ++k) signal[k] = timing_signal(p, col + k, dim, inc);
    }
    for (int64_t b0 = blockIdx.z; b0 < batch; b0 += static_cast<int64_t>(kUnroll) * gridDim.z) {
      int64_t id[kUnroll];
#pragma unroll
      for (int u = 0; u < kUnroll; ++u) {
        const int64_t b = b0 + static_cast<int64_t>(u) * gridDim.z;
        id[u] = b < batch ? static_cast<int64_t>(ids[b * length + p]) : 0;
      }
      float v[kUnroll][4];
#pragma unroll
      for (int u = 0; u < kUnroll; ++u) {
        if (id[u] >= 0 && id[u] < vocab) {
          load_float<TT, 4>(table + id[u] * dim + col, v[u]);
        } else {
#pragma unroll
          for (int k = 0; k < 4; ++k) v[u][k] = NAN;
        }
      }
#pragma unroll
      for (int u = 0; u < kUnroll; ++u) {
        const int64_t b = b0 + static_cast<int64_t>(u) * gridDim.z;
        if (b >= batch) break;
        const int64_t i0 = (b * length + p) * dim + col;
#pragma unroll
        for (int k = 0; k < 4; ++k) v[u][k] = v[u][k] * scale + signal[k];
        if (mask != nullptr) {
          bool keep[4];
          keep_flags<4>(seed, offset, i0, threshold, keep);
          Vec<uint8_t, 4> m;
#pragma unroll
          for (int k = 0; k < 4; ++k) {
            m.v[k] = keep[k];
            v[u][k] = keep[k] ? v[u][k] * keep_scale : 0.f;
          }
          *reinterpret_cast<Vec<uint8_t, 4>*>(mask + i0) = m;
        }
        store_float<T, 4>(y + i0, v[u]);
      }
    }
  }
}

// ---- Table gradient: deterministic, without a sort ----
// Rows are taken in segments of at most kSegmentRows (a later segment adds to the sums of the
// earlier ones, in float32). Per segment, after the workspace's counts and cursors are zeroed:
// ker_grad_list (a thread per row): counts each id's rows with atomics (one per warp and id) and
//   lists its first kSlots rows, in arrival order, in the id's slots; an id of more rows is long.
//   The last block to finish cuts each long id of n rows into p = ceil(n / kPieceRows) pieces:
//   piece q covers the rows [q rows / p, (q + 1) rows / p) of the segment.
// ker_grad_pieces (a block per piece): the warps scan consecutive slices of the piece's rows for
//   its id and sum the rows found in row order; the warps' sums are added in warp order and
//   written to the table row (an id of one piece) or to the piece's partial row, and the id's
//   last piece to finish adds its pieces' partial rows up in piece order.
// ker_grad_rows (kRowWarps warps per table row, beside ker_grad_pieces): an absent id's row is
//   zero; a listed id's slots are sorted and its rows summed in row order.
// Every sum has a fixed order: the gradient is deterministic, and each table row is written
// once per segment.
constexpr int kSlots = 16;
constexpr int kPieceRows = 32;
constexpr int64_t kSegmentRows = 65536;
constexpr int kListThreads = 256;
constexpr int kPieceWarps = 8;
// Warps per block of ker_grad_rows: small blocks schedule evenly (H100, 16384 Zipf ids: 8 warps
// 64.6 us, 4 63.2, 2 60.1; 16 68.6).
constexpr int kTableWarps = 2;
// Warps per table row in ker_grad_rows, each taking every kRowWarps-th pass of half the usual
// width: 34 registers instead of 63, more rows in flight (H100, 16384 tokens: uniform ids 46.6 ->
// 44.5 us, padding 63.9 -> 62.5, Zipf equal; in blocks of 4 or 8 warps Zipf lost 4-8 us).
constexpr int kRowWarps = 2;
// Ids each lane loads before a piece's ballots (the L2 reads' latency overlapped).
constexpr int kScanUnroll = 8;

// A long id: its id, its first piece and piece count, and its first partial row (-1 when it is
// one piece, written straight to the table).
struct LongInfo {
  int32_t id, piece, pieces, partial;
};

enum Cursor { kLongs, kPieces, kTicket, kCursors };

struct GradWorkspace {
  int32_t* count;       // [vocab]: rows of each id; then cursors and tickets: zeroed before ker_grad_list
  int32_t* cursors;     // [kCursors]
  int32_t* tickets;     // [max_longs]: the pieces of each long id done
  int32_t* slots;       // [vocab, kSlots]: an id's first kSlots rows, in arrival order
  int32_t* longs;       // [max_longs]: the long ids, in arrival order
  LongInfo* info;       // [max_longs]
  int32_t* piece_long;  // [max_pieces]: the long id (index into longs) of each piece
  float* partial;       // [max_partials, dim]: a row per piece of the long ids of several pieces
  float* sums;          // [vocab, dim]: the sums of the segments before the last (16-bit tables)
};

int64_t max_longs(int64_t rows) { return rows / (kSlots + 1) + 1; }
int64_t max_pieces(int64_t rows) { return rows / kPieceRows + max_longs(rows); }
// An id of n > kPieceRows rows has ceil(n / kPieceRows) < 2 n / kPieceRows pieces.
int64_t max_partials(int64_t rows) { return 2 * rows / kPieceRows + 1; }

// A lane's columns in one pass over a row: VEC (dim % 8 == 0, 16-byte aligned tensors): slot k
// holds the 8 columns from 8 * (lane + 32 k), full_slots = 2 slots (512 columns a pass); else
// column lane + 32 k, 8 slots (256 columns a pass). S < full_slots: narrower passes of S slots.
constexpr int full_slots(bool vec) { return vec ? 2 : 8; }

template <bool VEC, int S = full_slots(VEC)>
struct Lanes {
  static constexpr int kWidth = VEC ? 8 : 1;
  static constexpr int kSlots = S;
  static constexpr int kPass = 32 * kWidth * kSlots;
  __device__ static int64_t col(int lane, int k) { return static_cast<int64_t>(kWidth) * (lane + 32 * k); }
};

template <bool VEC, int S = full_slots(VEC)>
using Acc = float[S][Lanes<VEC>::kWidth];

// acc += dy[r] * factor where mask[r] is set (or mask is null), for the rows r held by lanes
// 0, ..., n - 1 (n <= 32) of lane_row, in lane order, over the lane's columns of the pass that
// starts at column c0.
template <typename T, bool VEC, int S = full_slots(VEC)>
__device__ __forceinline__ void add_rows(Acc<VEC, S>& acc, const T* dy, const uint8_t* mask,
                                         int32_t lane_row, int n, int64_t dim, int64_t c0,
                                         int lane, float factor) {
  using L = Lanes<VEC, S>;
#pragma unroll 8
  for (int i = 0; i < n; ++i) {
    const int64_t base = static_cast<int64_t>(__shfl_sync(0xffffffffu, lane_row, i)) * dim;
#pragma unroll
    for (int k = 0; k < L::kSlots; ++k) {
      const int64_t c = c0 + L::col(lane, k);
      if (c >= dim) continue;
      float v[L::kWidth];
      load_float<T, L::kWidth>(dy + base + c, v);
      if (mask != nullptr) {
        const auto m = *reinterpret_cast<const Vec<uint8_t, L::kWidth>*>(mask + base + c);
#pragma unroll
        for (int e = 0; e < L::kWidth; ++e) acc[k][e] += m.v[e] ? v[e] * factor : 0.f;
      } else {
#pragma unroll
        for (int e = 0; e < L::kWidth; ++e) acc[k][e] += v[e] * factor;
      }
    }
  }
}

// acc = the lane's columns of row (a pass from c0), or zeros when row is null.
template <bool VEC, int S = full_slots(VEC)>
__device__ __forceinline__ void load_row(Acc<VEC, S>& acc, const float* row, int64_t dim, int64_t c0, int lane) {
  using L = Lanes<VEC, S>;
#pragma unroll
  for (int k = 0; k < L::kSlots; ++k) {
    const int64_t c = c0 + L::col(lane, k);
    if (row != nullptr && c < dim) {
      load_float<float, L::kWidth>(row + c, acc[k]);
    } else {
#pragma unroll
      for (int e = 0; e < L::kWidth; ++e) acc[k][e] = 0.f;
    }
  }
}

template <typename U, bool VEC, int S = full_slots(VEC)>
__device__ __forceinline__ void store_row(U* row, const Acc<VEC, S>& acc, int64_t dim, int64_t c0,
                                          int lane) {
  using L = Lanes<VEC, S>;
#pragma unroll
  for (int k = 0; k < L::kSlots; ++k) {
    const int64_t c = c0 + L::col(lane, k);
    if (c < dim) store_float<U, L::kWidth>(row + c, acc[k]);
  }
}

// row = prev_row (when not null) + acc over the lane's columns of the pass from c0.
template <typename OT, bool VEC>
__device__ __forceinline__ void store_onto(OT* row, const float* prev_row, Acc<VEC>& acc, int64_t dim,
                                           int64_t c0, int lane) {
  using L = Lanes<VEC>;
  Acc<VEC> before;
  load_row<VEC>(before, prev_row, dim, c0, lane);
#pragma unroll
  for (int k = 0; k < L::kSlots; ++k)
#pragma unroll
    for (int e = 0; e < L::kWidth; ++e) acc[k][e] = before[k][e] + acc[k][e];
  store_row<OT, VEC>(row, acc, dim, c0, lane);
}

__device__ __forceinline__ int warp_exclusive_sum(int x, int lane) {
  int sum = x;
#pragma unroll
  for (int d = 1; d < 32; d *= 2) {
    const int y = __shfl_up_sync(0xffffffffu, sum, d);
    if (lane >= d) sum += y;
  }
  return sum - x;
}

// Lane i < n gets the i-th smallest of the distinct values x of lanes 0, ..., n - 1 (n <= 32).
__device__ __forceinline__ int32_t sorted_lanes(int32_t x, int n, int lane) {
  int rank = 0;
  for (int k = 0; k < n; ++k) rank += __shfl_sync(0xffffffffu, x, k) < x;
  int32_t out = x;
  for (int k = 0; k < n; ++k) {
    const int src = __ffs(__ballot_sync(0xffffffffu, lane < n && rank == k)) - 1;
    const int32_t y = __shfl_sync(0xffffffffu, x, src);
    if (lane == k) out = y;
  }
  return out;
}

template <typename I>
__global__ void __launch_bounds__(kListThreads)
    ker_grad_list(GradWorkspace w, const I* ids, int32_t rows, int64_t vocab) {
  constexpr int kWarps = kListThreads / 32;
  enum { kPiece, kPartial, kSums };
  __shared__ int32_t warp_sums[kWarps][kSums];
  __shared__ int32_t carry[kSums];
  __shared__ bool last;
  wait_for_previous_grid();
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  const unsigned lanes_below = (1u << lane) - 1u;
  const int64_t stride = static_cast<int64_t>(gridDim.x) * blockDim.x;
  // The warp's lanes with the same id take consecutive slots with one atomic add.
  for (int64_t r0 = static_cast<int64_t>(blockIdx.x) * blockDim.x + warp * 32; r0 < rows; r0 += stride) {
    const int64_t r = r0 + lane;
    int64_t v = r < rows ? static_cast<int64_t>(ids[r]) : -1;
    if (v >= vocab) v = -1;
    const unsigned peers = __match_any_sync(0xffffffffu, static_cast<long long>(v));
    const int leader = __ffs(peers) - 1;
    int32_t first = 0;
    if (v >= 0 && lane == leader) first = atomicAdd(&w.count[v], __popc(peers));
    first = __shfl_sync(0xffffffffu, first, leader);
    if (v < 0) continue;
    const int32_t s = first + __popc(peers & lanes_below);
    if (s < kSlots) {
      w.slots[v * kSlots + s] = static_cast<int32_t>(r);
    } else if (s == kSlots) {
      w.longs[atomicAdd(&w.cursors[kLongs], 1)] = static_cast<int32_t>(v);
    }
  }
  __threadfence();
  __syncthreads();
  if (threadIdx.x == 0) last = atomicAdd(&w.cursors[kTicket], 1) == static_cast<int>(gridDim.x) - 1;
  __syncthreads();
  if (!last) return;
  __threadfence();
  // The last block: block-wide exclusive sums over the long ids (in arrival order) give each its
  // first piece and first partial row.
  if (threadIdx.x < kSums) carry[threadIdx.x] = 0;
  const int32_t longs = __ldcg(&w.cursors[kLongs]);
  for (int32_t l0 = 0; l0 < longs; l0 += kListThreads) {
    const int32_t l = l0 + threadIdx.x;
    int32_t id = 0, pieces = 0;
    if (l < longs) {
      id = __ldcg(&w.longs[l]);
      pieces = (__ldcg(&w.count[id]) + kPieceRows - 1) / kPieceRows;
    }
    const int need[kSums] = {pieces, pieces > 1 ? pieces : 0};
    int at[kSums];
#pragma unroll
    for (int c = 0; c < kSums; ++c) {
      at[c] = warp_exclusive_sum(need[c], lane);
      if (lane == 31) warp_sums[warp][c] = at[c] + need[c];
    }
    __syncthreads();
    if (threadIdx.x < kSums) {
      const int c = threadIdx.x;
      int sum = carry[c];
      for (int v = 0; v < kWarps; ++v) {
        const int x = warp_sums[v][c];
        warp_sums[v][c] = sum;
        sum += x;
      }
      carry[c] = sum;
    }
    __syncthreads();
#pragma unroll
    for (int c = 0; c < kSums; ++c) at[c] += warp_sums[warp][c];
    if (l < longs) {
      w.info[l] = LongInfo{id, at[kPiece], pieces, pieces > 1 ? at[kPartial] : -1};
      for (int i = 0; i < pieces; ++i) w.piece_long[at[kPiece] + i] = l;
    }
    __syncthreads();
  }
  if (threadIdx.x == 0) w.cursors[kPieces] = carry[kPiece];
}

// The rows of piece q of a long id (block of kPieceWarps warps): warp `warp` scans its slice of
// the piece's rows for the id, kScanUnroll groups of 32 rows at a time (the next groups' ids
// loaded before this one's rows), and adds the rows found, in row order, into acc.
template <typename T, typename I, bool VEC>
__device__ __forceinline__ void add_piece_rows(Acc<VEC>& acc, const T* dy, const uint8_t* mask,
                                               const I* ids, int64_t id, int64_t begin, int64_t end,
                                               int64_t dim, int64_t c0, int warp, int lane,
                                               float factor) {
  const int64_t span = ((end - begin + kPieceWarps - 1) / kPieceWarps + 31) / 32 * 32;
  const int64_t wbegin = std::min(end, begin + warp * span), wend = std::min(end, wbegin + span);
  bool hit[kScanUnroll];
  const auto find = [&](int64_t g) {
#pragma unroll
    for (int u = 0; u < kScanUnroll; ++u) {
      const int64_t r = g + 32 * u + lane;
      hit[u] = r < wend && static_cast<int64_t>(ids[r]) == id;
    }
  };
  if (wbegin < wend) find(wbegin);
  for (int64_t g = wbegin; g < wend; g += 32 * kScanUnroll) {
    unsigned hits[kScanUnroll];
    int before[kScanUnroll + 1];  // hits in the groups before group u
    before[0] = 0;
#pragma unroll
    for (int u = 0; u < kScanUnroll; ++u) {
      hits[u] = __ballot_sync(0xffffffffu, hit[u]);
      before[u + 1] = before[u] + __popc(hits[u]);
    }
    if (g + 32 * kScanUnroll < wend) find(g + 32 * kScanUnroll);
    // Lane i takes hit t0 + i: its group u and that group's bit.
    for (int t0 = 0; t0 < before[kScanUnroll]; t0 += 32) {
      const int t = t0 + lane;
      int32_t row = 0;
#pragma unroll
      for (int u = 0; u < kScanUnroll; ++u) {
        if (t >= before[u] && t < before[u + 1])
          row = static_cast<int32_t>(g + 32 * u + __fns(hits[u], 0, t - before[u] + 1));
      }
      add_rows<T, VEC>(acc, dy, mask, row, std::min(32, before[kScanUnroll] - t0), dim, c0, lane, factor);
    }
  }
}

// Adds the block's kPieceWarps warps' acc in warp order (through sums) into warp 0's acc; true on
// warp 0.
template <bool VEC>
__device__ __forceinline__ bool add_warps(Acc<VEC>& acc, float (*sums)[Lanes<VEC>::kSlots][32][Lanes<VEC>::kWidth],
                                          int warp, int lane) {
  using L = Lanes<VEC>;
#pragma unroll
  for (int k = 0; k < L::kSlots; ++k)
#pragma unroll
    for (int e = 0; e < L::kWidth; ++e) sums[warp][k][lane][e] = acc[k][e];
  __syncthreads();
  if (warp != 0) return false;
#pragma unroll
  for (int k = 0; k < L::kSlots; ++k)
#pragma unroll
    for (int e = 0; e < L::kWidth; ++e) {
      float s = 0.f;
#pragma unroll
      for (int v = 0; v < kPieceWarps; ++v) s += sums[v][k][lane][e];
      acc[k][e] = s;
    }
  return true;
}

// ker_grad_pieces: block q of the segment's pieces (see the section comment). It lets the next
// kernel (ker_grad_rows, whose rows are not its) start once every block has waited for
// ker_grad_list.
template <typename T, typename OT, typename I, bool VEC>
__global__ void __launch_bounds__(32 * kPieceWarps)
    ker_grad_pieces(OT* out, const float* prev, GradWorkspace w, const T* dy, const uint8_t* mask,
                    const I* ids, int32_t rows, int64_t dim, float factor) {
  using L = Lanes<VEC>;
  __shared__ float sums[kPieceWarps][L::kSlots][32][L::kWidth];
  wait_for_previous_grid();
  let_next_grid_start();
  if (static_cast<int32_t>(blockIdx.x) >= w.cursors[kPieces]) return;
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  const int32_t l = w.piece_long[blockIdx.x];
  const LongInfo info = w.info[l];
  const int64_t q = blockIdx.x - info.piece;
  const int64_t begin = rows * q / info.pieces, end = rows * (q + 1) / info.pieces;
  const int64_t at = static_cast<int64_t>(info.id) * dim;
  for (int64_t c0 = 0; c0 < dim; c0 += L::kPass) {
    Acc<VEC> acc = {};
    add_piece_rows<T, I, VEC>(acc, dy, mask, ids, info.id, begin, end, dim, c0, warp, lane, factor);
    if (add_warps<VEC>(acc, sums, warp, lane)) {
      if (info.pieces == 1) {
        store_onto<OT, VEC>(out + at, prev == nullptr ? nullptr : prev + at, acc, dim, c0, lane);
      } else {
        store_row<float, VEC>(w.partial + (info.partial + q) * dim, acc, dim, c0, lane);
      }
    }
    __syncthreads();
  }
  if (info.pieces == 1) return;
  // The id's last piece to finish: warp v adds the partial rows of pieces v, v + kPieceWarps, ...
  // in order (read from L2: other blocks wrote them), the warps' sums in warp order onto prev's.
  __shared__ bool last;
  __threadfence();
  __syncthreads();
  if (threadIdx.x == 0) last = atomicAdd(&w.tickets[l], 1) == info.pieces - 1;
  __syncthreads();
  if (!last) return;
  __threadfence();
  for (int64_t c0 = 0; c0 < dim; c0 += L::kPass) {
    Acc<VEC> acc = {};
#pragma unroll 8
    for (int p = warp; p < info.pieces; p += kPieceWarps) {
      const float* part = w.partial + static_cast<int64_t>(info.partial + p) * dim;
#pragma unroll
      for (int k = 0; k < L::kSlots; ++k) {
        const int64_t c = c0 + L::col(lane, k);
        if (c >= dim) continue;
        if constexpr (L::kWidth % 4 == 0) {
#pragma unroll
          for (int e = 0; e < L::kWidth; e += 4) {
            const float4 x = __ldcg(reinterpret_cast<const float4*>(part + c + e));
            acc[k][e] += x.x;
            acc[k][e + 1] += x.y;
            acc[k][e + 2] += x.z;
            acc[k][e + 3] += x.w;
          }
        } else {
#pragma unroll
          for (int e = 0; e < L::kWidth; ++e) acc[k][e] += __ldcg(part + c + e);
        }
      }
    }
    if (add_warps<VEC>(acc, sums, warp, lane)) {
      store_onto<OT, VEC>(out + at, prev == nullptr ? nullptr : prev + at, acc, dim, c0, lane);
    }
    __syncthreads();
  }
}

// ker_grad_rows: kRowWarps warps per table row of an id of at most kSlots rows (see the section
// comment), warp `part` of the row taking its passes part, part + kRowWarps, ...;
// out (OT) = prev (when not null; may alias out) + this segment's sums. The id's slots are read
// with its count, not after it (lanes past the count read slots they do not use: 4096 tokens
// 39 -> 45 us when the read waited for the count). It runs beside
// ker_grad_pieces: it starts after every block of that kernel waited for ker_grad_list, so
// ker_grad_list's results are complete, and its last block waits for ker_grad_pieces at its end,
// so that the grid completes after the pieces and the kernel after it sees their rows. (With every
// block waiting there, the first wave held all of its SM slots until the pieces finished and the
// rows ran after them, not beside: 16384 tokens, 20% padding 62.5 -> 52.5 us, Zipf 60.4 -> 52.3.)
template <typename T, typename OT, bool VEC>
__global__ void __launch_bounds__(32 * kTableWarps)
    ker_grad_rows(OT* out, const float* prev, GradWorkspace w, const T* dy, const uint8_t* mask,
                  int64_t vocab, int64_t dim, float factor) {
  static_assert(Lanes<VEC>::kSlots % kRowWarps == 0, "whole slots a warp");
  constexpr int S = Lanes<VEC>::kSlots / kRowWarps;
  using L = Lanes<VEC, S>;
  const int lane = threadIdx.x % 32;
  const int64_t warp = (static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x) / 32;
  const int64_t v = warp / kRowWarps, part = warp % kRowWarps;
  if (v < vocab) {
    const int n = w.count[v];
    const int32_t slot = w.slots[v * kSlots + lane % kSlots];
    OT* row = out + v * dim;
    const float* prev_row = prev == nullptr ? nullptr : prev + v * dim;
    // A long id's row is its pieces'; an absent id's row is unchanged when adding in place.
    if (n <= kSlots && !(n == 0 && prev_row == reinterpret_cast<const float*>(row))) {
      const int32_t lane_row = n > 1 ? sorted_lanes(slot, n, lane) : slot;
      for (int64_t c0 = part * L::kPass; c0 < dim; c0 += kRowWarps * L::kPass) {
        Acc<VEC, S> acc;
        load_row<VEC, S>(acc, prev_row, dim, c0, lane);
        add_rows<T, VEC, S>(acc, dy, mask, lane_row, n, dim, c0, lane, factor);
        store_row<OT, VEC, S>(row, acc, dim, c0, lane);
      }
    }
  }
  if (blockIdx.x == gridDim.x - 1) wait_for_previous_grid();
}

inline size_t align_up(size_t x) { return (x + 255) / 256 * 256; }

// Carves the workspace (see GradWorkspace) from base; returns the bytes taken.
size_t carve(void* base, int64_t rows, int64_t vocab, int64_t dim, GradWorkspace* w) {
  char* p = static_cast<char*>(base);
  size_t taken = 0;
  const auto take = [&](size_t bytes) {
    char* at = p == nullptr ? nullptr : p + taken;
    taken += align_up(bytes);
    return at;
  };
  const int64_t segment = std::min(rows, kSegmentRows);
  w->count = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * (vocab + kCursors + max_longs(segment))));
  w->cursors = w->count == nullptr ? nullptr : w->count + vocab;
  w->tickets = w->count == nullptr ? nullptr : w->cursors + kCursors;
  w->slots = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * vocab * kSlots));
  w->longs = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * max_longs(segment)));
  w->info = reinterpret_cast<LongInfo*>(take(sizeof(LongInfo) * max_longs(segment)));
  w->piece_long = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * max_pieces(segment)));
  w->partial = reinterpret_cast<float*>(take(sizeof(float) * max_partials(segment) * dim));
  w->sums = rows > kSegmentRows ? reinterpret_cast<float*>(take(sizeof(float) * vocab * dim)) : nullptr;
  return taken;
}

}  // namespace

size_t embedding_grad_workspace_bytes(int64_t rows, int64_t vocab, int64_t dim) {
  GradWorkspace w;
  return carve(nullptr, rows, vocab, dim, &w);
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
  if (vec) {
    const auto kernel = ker_embedding_positions<CT, CTT, I>;
    const int64_t batch = rows / length;
    const int64_t column_blocks = (dim / 4 + kEmbeddingThreads - 1) / kEmbeddingThreads;
    const int64_t positions = std::min<int64_t>(length, 65535);
    // Batch splits enough for two waves of resident blocks, each entry split at most once.
    const int64_t resident = resident_blocks(reinterpret_cast<const void*>(kernel), kEmbeddingThreads, 0);
    const int64_t splits = std::max<int64_t>(
        1, std::min<int64_t>({batch, 65535, (2 * resident + column_blocks * positions - 1) / (column_blocks * positions)}));
    launch_after_previous_may_overlap(
        kernel, dim3(static_cast<unsigned>(column_blocks), static_cast<unsigned>(positions), static_cast<unsigned>(splits)),
        dim3(kEmbeddingThreads), 0, stream, cuda_ptr(y), mask, ids, cuda_ptr(table), batch, length, vocab, dim, scale,
        sinusoids, inc, dropout_threshold(rate), dropout_scale(rate), seed, offset);
  } else {
    launch_after_previous_may_overlap(ker_embedding<CT, CTT, I>, dim3(grid_for((n + 3) / 4)), dim3(kThreads), 0, stream,
                                      cuda_ptr(y), mask, ids, cuda_ptr(table), n, length, vocab, dim, scale, sinusoids,
                                      inc, dropout_threshold(rate), dropout_scale(rate), seed, offset);
  }
  return status_of_last_launch();
}

// One segment of rows: out = prev (or 0) + the segment's sums.
template <typename T, typename OT, typename I, bool VEC>
int launch_segment(OT* out, const float* prev, const GradWorkspace& w, const T* dy, const I* ids,
                   const uint8_t* mask, int64_t rows, int64_t vocab, int64_t dim, float factor,
                   cudaStream_t stream) {
  const cudaError_t status =
      cudaMemsetAsync(w.count, 0, sizeof(int32_t) * (vocab + kCursors + max_longs(rows)), stream);
  if (status != cudaSuccess) return static_cast<int>(status);
  const int64_t list_blocks =
      std::max<int64_t>(1, std::min<int64_t>((rows + kListThreads - 1) / kListThreads, 1 << 16));
  launch_after_previous_may_overlap(ker_grad_list<I>, dim3(static_cast<unsigned>(list_blocks)), dim3(kListThreads), 0,
                                    stream, w, ids, static_cast<int32_t>(rows), vocab);
  launch_after_previous_may_overlap(ker_grad_pieces<T, OT, I, VEC>, dim3(static_cast<unsigned>(max_pieces(rows))),
                                    dim3(32 * kPieceWarps), 0, stream, out, prev, w, dy, mask, ids,
                                    static_cast<int32_t>(rows), dim, factor);
  launch_after_previous_may_overlap(ker_grad_rows<T, OT, VEC>,
                                    dim3(static_cast<unsigned>((vocab * kRowWarps + kTableWarps - 1) / kTableWarps)),
                                    dim3(32 * kTableWarps), 0, stream, out, prev, w, dy, mask, vocab, dim, factor);
  return status_of_last_launch();
}

// The segments in order: all but the last sum into float32 (the table itself, or w.sums for a
// 16-bit table), the last writes the table.
template <typename T, typename TT, typename I, bool VEC>
int launch_grad(TT* dtable, const GradWorkspace& w, const T* dy, const I* ids, const uint8_t* mask,
                int64_t rows, int64_t vocab, int64_t dim, float factor, cudaStream_t stream) {
  float* sums = nullptr;
  if constexpr (std::is_same<TT, float>::value) {
    sums = dtable;
  } else {
    sums = w.sums;
  }
  for (int64_t r0 = 0;; r0 += kSegmentRows) {
    const int64_t n = std::min(kSegmentRows, rows - r0);
    const float* prev = r0 > 0 ? sums : nullptr;
    const uint8_t* segment_mask = mask == nullptr ? nullptr : mask + r0 * dim;
    if (r0 + n >= rows) {
      return launch_segment<T, TT, I, VEC>(dtable, prev, w, dy + r0 * dim, ids + r0, segment_mask, n, vocab, dim,
                                           factor, stream);
    }
    const int status = launch_segment<T, float, I, VEC>(sums, prev, w, dy + r0 * dim, ids + r0, segment_mask, n,
                                                        vocab, dim, factor, stream);
    if (status != 0) return status;
  }
}

template <typename T, typename TT, typename I>
int launch_embedding_grad(TT* dtable, void* workspace, const T* dy, const I* ids,
                          const uint8_t* mask, int64_t rows, int64_t vocab, int64_t dim,
                          float scale, float rate, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  using CTT = typename CudaType<TT>::type;
  if (vocab * dim == 0) return 0;
  GradWorkspace w;
  carve(workspace, rows, vocab, dim, &w);
  const float factor = scale * dropout_scale(rate);
  const bool vec = dim % 8 == 0 && aligned16(dtable) && aligned16(dy) && aligned16(mask);
  return vec ? launch_grad<CT, CTT, I, true>(cuda_ptr(dtable), w, cuda_ptr(dy), ids, mask, rows, vocab, dim,
                                             factor, stream)
             : launch_grad<CT, CTT, I, false>(cuda_ptr(dtable), w, cuda_ptr(dy), ids, mask, rows, vocab, dim,
                                              factor, stream);
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
