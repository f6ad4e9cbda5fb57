// CUDA kernels for the fused embedding: lookup + scale + timing signal + dropout, and the
// deterministic gradient.
#include "tf_ops/embedding/embedding_cuda.h"

#include <algorithm>

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/embedding/timing_signal.h"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;

int grid_for(int64_t threads) {
  return static_cast<int>(std::min<int64_t>((threads + kThreads - 1) / kThreads, 1 << 16));
}

// ker_embedding: thread t handles elements [4t, 4t + 4) of y [rows, dim] (one Philox draw),
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
      const auto words = dropout_words(seed, offset, t);
#pragma unroll
      for (int k = 0; k < 4; ++k) {
        const bool keep = words[k] >= threshold;
        if (i0 + k < n) mask[i0 + k] = keep;
        v[k] = keep ? v[k] * keep_scale : 0.f;
      }
    }
    for (int k = 0; k < 4 && i0 + k < n; ++k) y[i0 + k] = from_float<T>(v[k]);
  }
}

// ker_embedding_positions (dim % 4 == 0, 16-byte aligned y, table, mask): thread x of block
// (bx, p, bz) owns the 4 columns from 4 (bx * blockDim.x + x) at position p (grid-stride over
// positions) for the batch entries bz, bz + gridDim.z, ...: the timing signal of its columns is
// computed once per position, not once per row, and kUnroll entries' ids and table rows are
// loaded before their results are stored. Element i = row * dim + col uses Philox draw i / 4, as
// in ker_embedding.
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
          const auto words = dropout_words(seed, offset, i0 / 4);
          Vec<uint8_t, 4> m;
#pragma unroll
          for (int k = 0; k < 4; ++k) {
            const bool keep = words[k] >= threshold;
            m.v[k] = keep;
            v[u][k] = keep ? v[u][k] * keep_scale : 0.f;
          }
          *reinterpret_cast<Vec<uint8_t, 4>*>(mask + i0) = m;
        }
        store_float<T, 4>(y + i0, v[u]);
      }
    }
  }
}

// ---- Table gradient: deterministic, without a sort ----
// The table's ids are cut into tiles of kTileIds, the rows into parts of kPartRows (at most
// kMaxParts parts: longer ones for larger batches, so part_rank stays <= 256 B per id); block
// (tile, part) of the first two kernels has one thread per id of its tile. After the workspace's
// cursors and tickets are zeroed:
// ker_grad_count: counts the part's rows of each id of the tile; the tile's last block to finish
//   adds the parts' counts up, turns them into each part's first rank per id, and sorts the ids
//   out: an id of at most kLightMax rows, while the tile's such rows stay within kLightBudget, is
//   light (its rows will be listed in the tile's light list); any other id present is a run (its
//   rows will go to entries, in pieces of kPieceRows rows).
// ker_grad_place: gives each of the part's rows of the tile's ids its rank among its id's rows
//   (earlier parts, warps, lanes) and writes it to the id's list; zeroes the table rows of the
//   absent ids part, part + parts, ... of the tile. It scans the ids before waiting for
//   ker_grad_count: they are an input, complete once ker_grad_count's blocks (which waited for
//   the kernel before them) have run.
// ker_grad_rows: warps, grid-stride, take the pieces, then the table rows: a piece's warp sums its
//   rows and writes the table row (a one-piece run) or the piece's partial row; a light id's warp
//   sums its rows and writes the table row.
// ker_grad_merge: adds up the partial rows of each run of several pieces, in a fixed order.
// Every sum adds rows in row order, and pieces in piece order: the gradient is deterministic, and
// each table row is written once.
constexpr int kTileWarps = 16;
constexpr int kTileIds = 32 * kTileWarps;
constexpr int kPartRows = 2048;
constexpr int kMaxParts = 64;
constexpr int kLightMax = 16;
constexpr int kLightBudget = 2048;
constexpr int kPieceRows = 16;
// Ids each lane loads before the scan's ballots (the L2 reads' latency overlapped).
constexpr int kScanUnroll = 4;
constexpr int kMatchCache = 64;
constexpr int kRowWarps = 8;
constexpr int kMergeWarps = 16;

// A run: the id, its first row in entries, its row count, its first piece, and its first partial
// row (-1 when it is one piece, written straight to the table).
struct RunInfo {
  int32_t id, entry, n, piece, partial;
};

enum Cursor { kEntries, kRuns, kPieces, kPartials, kMultiRuns, kCursors };

struct GradWorkspace {
  int32_t* cursors;     // [kCursors], then tickets [tiles]: zeroed before ker_grad_count
  int32_t* tickets;
  int32_t* part_rank;   // [tiles, parts, kTileIds]: the part's rows of each id, then its first rank
  int2* info;           // [vocab]: (first row in light, count) of a light or absent id, (-1, count) of a run
  int32_t* list_at;     // [vocab]: where the id's rows go (in light or in entries)
  int32_t* light;       // [tiles, kLightBudget]: the light ids' rows, each tile's by id, then row
  int32_t* entries;     // [rows]: the runs' rows, each run's in row order
  RunInfo* runs;        // [rows]
  int32_t* piece_run;   // [rows]: the run of each piece
  int32_t* multi;       // [rows / (kPieceRows + 1) + 1]: the runs of several pieces
  float* partial;       // [2 rows / kPieceRows + 1, dim]: a row per piece of those runs
};

int64_t parts_of(int64_t rows) {
  return std::min<int64_t>(kMaxParts, std::max<int64_t>(1, (rows + kPartRows - 1) / kPartRows));
}
int64_t tiles_of(int64_t vocab) { return (vocab + kTileIds - 1) / kTileIds; }
int64_t max_multi_runs(int64_t rows) { return rows / (kPieceRows + 1) + 1; }
// A run of n > kPieceRows rows has ceil(n / kPieceRows) < 2 n / kPieceRows pieces.
int64_t max_partials(int64_t rows) { return 2 * rows / kPieceRows + 1; }

// A lane's columns in one pass over a row: VEC (dim % 8 == 0, 16-byte aligned tensors): slot k
// holds the 8 columns from 8 * (lane + 32 k), 2 slots (512 columns a pass); else column
// lane + 32 k, 8 slots (256 columns a pass).
template <bool VEC>
struct Lanes {
  static constexpr int kWidth = VEC ? 8 : 1;
  static constexpr int kSlots = VEC ? 2 : 8;
  static constexpr int kPass = 32 * kWidth * kSlots;
  __device__ static int64_t col(int lane, int k) { return static_cast<int64_t>(kWidth) * (lane + 32 * k); }
};

template <bool VEC>
using Acc = float[Lanes<VEC>::kSlots][Lanes<VEC>::kWidth];

// acc += dy[r] * factor where mask[r] is set (or mask is null), for the rows r held by lanes
// 0, ..., n - 1 (n <= 32) of lane_row, in lane order, over the lane's columns of the pass that
// starts at column c0.
template <typename T, bool VEC>
__device__ __forceinline__ void add_rows(Acc<VEC>& acc, const T* dy, const uint8_t* mask,
                                         int32_t lane_row, int n, int64_t dim, int64_t c0,
                                         int lane, float factor) {
  using L = Lanes<VEC>;
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

template <typename U, bool VEC>
__device__ __forceinline__ void store_row(U* row, const Acc<VEC>& acc, int64_t dim, int64_t c0,
                                          int lane) {
  using L = Lanes<VEC>;
#pragma unroll
  for (int k = 0; k < L::kSlots; ++k) {
    const int64_t c = c0 + L::col(lane, k);
    if (c < dim) store_float<U, L::kWidth>(row + c, acc[k]);
  }
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

// The lanes among hits (the lanes with j >= 0) whose j (< kTileIds) equals this lane's: one
// ballot per bit of j.
__device__ __forceinline__ unsigned same_id_lanes(int j, unsigned hits) {
  unsigned peers = hits;
#pragma unroll
  for (int b = 0; (1 << b) < kTileIds; ++b) {
    const bool set = (j >> b) & 1;
    const unsigned with = __ballot_sync(0xffffffffu, set);
    peers &= set ? with : ~with;
  }
  return peers;
}

// Calls body(r, j, peers) on every lane for the rows r of [begin, end) in order, 32 at a time,
// skipping groups with no owned id: j = the row's id - v0 when it lies in [0, tile), else -1;
// peers = the lanes of the group with the same j (for j >= 0).
template <typename I, typename Body>
__device__ __forceinline__ void scan_tile_rows(const I* ids, int32_t begin, int32_t end,
                                               int64_t v0, int tile, int lane, Body body) {
  for (int64_t g = begin; g < end; g += 32 * kScanUnroll) {
    int js[kScanUnroll];
#pragma unroll
    for (int u = 0; u < kScanUnroll; ++u) {
      const int64_t r = g + 32 * u + lane;
      const int64_t j = r < end ? static_cast<int64_t>(ids[r]) - v0 : -1;
      js[u] = static_cast<uint64_t>(j) < static_cast<uint64_t>(tile) ? static_cast<int>(j) : -1;
    }
#pragma unroll
    for (int u = 0; u < kScanUnroll; ++u) {
      const int j = js[u];
      const unsigned hits = __ballot_sync(0xffffffffu, j >= 0);
      if (hits == 0u) continue;
      body(static_cast<int32_t>(g + 32 * u + lane), j, same_id_lanes(j, hits));
    }
  }
}

// The part of block b (of tiles x parts): its tile's first id v0 and ids (tile), its rows
// [begin, end) (part_rows each), and the rows [wbegin, wend) of warp `warp` (a contiguous
// 1/kTileWarps of them). 32-bit arithmetic: rows < 2^31.
struct TilePart {
  int32_t tile_index, part, tile, wbegin, wend;
  int64_t v0;
  __device__ TilePart(int32_t rows, int64_t vocab, int32_t parts, int32_t part_rows, int warp) {
    tile_index = static_cast<int32_t>(blockIdx.x / static_cast<uint32_t>(parts));
    part = static_cast<int32_t>(blockIdx.x - static_cast<uint32_t>(tile_index) * parts);
    v0 = static_cast<int64_t>(tile_index) * kTileIds;
    tile = static_cast<int>(std::min<int64_t>(kTileIds, vocab - v0));
    const int32_t begin = std::min<int64_t>(rows, static_cast<int64_t>(part) * part_rows);
    const int32_t end = std::min<int64_t>(rows, static_cast<int64_t>(begin) + part_rows);
    const int32_t warp_span = ((end - begin + kTileWarps - 1) / kTileWarps + 31) / 32 * 32;
    wbegin = std::min(end, begin + warp * warp_span);
    wend = std::min(end, wbegin + warp_span);
  }
};

template <typename I>
__global__ void __launch_bounds__(32 * kTileWarps)
    ker_grad_count(GradWorkspace w, const I* ids, int32_t rows, int64_t vocab, int32_t parts,
                   int32_t part_rows) {
  __shared__ int32_t count[kTileIds];
  __shared__ int32_t warp_sums[kTileWarps][kCursors + 1];
  __shared__ bool last;
  wait_for_previous_grid();
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32, mine = threadIdx.x;
  const TilePart tp(rows, vocab, parts, part_rows, warp);
  count[mine] = 0;
  __syncthreads();
  scan_tile_rows(ids, tp.wbegin, tp.wend, tp.v0, tp.tile, lane, [&](int32_t, int j, unsigned peers) {
    if (j >= 0 && lane == __ffs(peers) - 1) atomicAdd(&count[j], __popc(peers));
  });
  __syncthreads();
  int32_t* part_rank = w.part_rank + static_cast<int64_t>(tp.tile_index) * parts * kTileIds;
  part_rank[static_cast<int64_t>(tp.part) * kTileIds + mine] = count[mine];
  __threadfence();
  __syncthreads();
  if (threadIdx.x == 0) last = atomicAdd(&w.tickets[tp.tile_index], 1) == parts - 1;
  __syncthreads();
  if (!last) return;
  __threadfence();
  // The tile's last block: id v0 + mine has t rows; each part's count becomes its first rank.
  int t = 0;
  constexpr int kBatch = 8;  // parts' counts loaded at once
  for (int p0 = 0; p0 < parts; p0 += kBatch) {
    int32_t c[kBatch];
#pragma unroll
    for (int q = 0; q < kBatch; ++q)
      c[q] = p0 + q < parts ? __ldcg(part_rank + static_cast<int64_t>(p0 + q) * kTileIds + mine) : 0;
#pragma unroll
    for (int q = 0; q < kBatch; ++q) {
      if (p0 + q < parts) part_rank[static_cast<int64_t>(p0 + q) * kTileIds + mine] = t;
      t += c[q];
    }
  }
  // Light ids: the first (in id order) of at most kLightMax rows whose rows, added up, stay within
  // kLightBudget; the other ids present are runs. Block-wide exclusive sums order them; the tile's
  // runs take their workspace with one atomic add per cursor.
  constexpr int kLight = kCursors;
  const int light_t = t <= kLightMax ? t : 0;
  const int pieces = (t + kPieceRows - 1) / kPieceRows;
  int at[kCursors + 1];
  at[kLight] = warp_exclusive_sum(light_t, lane);
  if (lane == 31) warp_sums[warp][kLight] = at[kLight] + light_t;
  __syncthreads();
  if (threadIdx.x == 0) {
    int sum = 0;
    for (int v = 0; v < kTileWarps; ++v) {
      const int x = warp_sums[v][kLight];
      warp_sums[v][kLight] = sum;
      sum += x;
    }
  }
  __syncthreads();
  at[kLight] += warp_sums[warp][kLight];
  const bool is_run = t > 0 && (t > kLightMax || at[kLight] + t > kLightBudget);
  int need[kCursors] = {};
  need[kEntries] = is_run ? t : 0;
  need[kRuns] = is_run ? 1 : 0;
  need[kPieces] = is_run ? pieces : 0;
  need[kPartials] = is_run && pieces > 1 ? pieces : 0;
  need[kMultiRuns] = is_run && pieces > 1 ? 1 : 0;
#pragma unroll
  for (int c = 0; c < kCursors; ++c) {
    at[c] = warp_exclusive_sum(need[c], lane);
    if (lane == 31) warp_sums[warp][c] = at[c] + need[c];
  }
  __syncthreads();
  if (threadIdx.x < kCursors) {
    const int c = threadIdx.x;
    int sum = 0;
    for (int v = 0; v < kTileWarps; ++v) {
      const int x = warp_sums[v][c];
      warp_sums[v][c] = sum;
      sum += x;
    }
    const int base = sum > 0 ? atomicAdd(&w.cursors[c], sum) : 0;
    for (int v = 0; v < kTileWarps; ++v) warp_sums[v][c] += base;
  }
  __syncthreads();
#pragma unroll
  for (int c = 0; c < kCursors; ++c) at[c] += warp_sums[warp][c];
  if (mine >= tp.tile) return;
  const int64_t v = tp.v0 + mine;
  if (is_run) {
    int partial = -1;
    if (pieces > 1) {
      partial = at[kPartials];
      w.multi[at[kMultiRuns]] = at[kRuns];
    }
    w.runs[at[kRuns]] = RunInfo{static_cast<int32_t>(v), at[kEntries], t, at[kPieces], partial};
    for (int i = 0; i < pieces; ++i) w.piece_run[at[kPieces] + i] = at[kRuns];
    w.list_at[v] = at[kEntries];
    w.info[v] = make_int2(-1, t);
  } else {
    const int32_t first = static_cast<int32_t>(static_cast<int64_t>(tp.tile_index) * kLightBudget + at[kLight]);
    w.list_at[v] = first;
    w.info[v] = make_int2(first, t);
  }
}

template <typename TT, typename I, bool VEC>
__global__ void __launch_bounds__(32 * kTileWarps)
    ker_grad_place(TT* dtable, GradWorkspace w, const I* ids, int32_t rows, int64_t vocab, int64_t dim,
                   int32_t parts, int32_t part_rows) {
  // start[w][j]: rows of id v0 + j in warp w's rows, then the rank of the next one to place.
  __shared__ int32_t start[kTileWarps][kTileIds];
  __shared__ int32_t list_at[kTileIds];
  __shared__ bool in_run[kTileIds];
  __shared__ int32_t cached_row[kTileWarps][kMatchCache];
  __shared__ uint16_t cached_id[kTileWarps][kMatchCache];
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32, mine = threadIdx.x;
  const unsigned lanes_below = (1u << lane) - 1u;
  const TilePart tp(rows, vocab, parts, part_rows, warp);
#pragma unroll
  for (int v = 0; v < kTileWarps; ++v) start[v][mine] = 0;
  __syncthreads();
  int matches = 0;  // the warp's; only the first kMatchCache are cached when there are more
  scan_tile_rows(ids, tp.wbegin, tp.wend, tp.v0, tp.tile, lane, [&](int32_t r, int j, unsigned peers) {
    // An atomic add: the next group's leader for j may be another lane (no __syncwarp between).
    if (j >= 0 && lane == __ffs(peers) - 1) atomicAdd(&start[warp][j], __popc(peers));
    const unsigned hits = __ballot_sync(0xffffffffu, j >= 0);
    if (j >= 0 && matches + __popc(hits) <= kMatchCache) {
      const int slot = matches + __popc(hits & lanes_below);
      cached_row[warp][slot] = r;
      cached_id[warp][slot] = static_cast<uint16_t>(j);
    }
    matches += __popc(hits);
  });
  wait_for_previous_grid();
  __syncthreads();
  if (mine < tp.tile) {
    // The id's first rank in this part, then in each warp's rows.
    int32_t rank = w.part_rank[(static_cast<int64_t>(tp.tile_index) * parts + tp.part) * kTileIds + mine];
    list_at[mine] = w.list_at[tp.v0 + mine];
    in_run[mine] = w.info[tp.v0 + mine].x < 0;
#pragma unroll
    for (int v = 0; v < kTileWarps; ++v) {
      const int32_t c = start[v][mine];
      start[v][mine] = rank;
      rank += c;
    }
  }
  // The table rows of the tile's absent ids part, part + parts, ... are this block's to zero.
  for (int j = tp.part + parts * warp; j < tp.tile; j += parts * kTileWarps) {
    if (w.info[tp.v0 + j].y != 0) continue;
    const Acc<VEC> zeros = {};
    for (int64_t c0 = 0; c0 < dim; c0 += Lanes<VEC>::kPass)
      store_row<TT, VEC>(dtable + (tp.v0 + j) * dim, zeros, dim, c0, lane);
  }
  __syncthreads();
  const auto place = [&](int32_t r, int j, unsigned peers) {
    if (j >= 0) {
      const int rank = start[warp][j] + __popc(peers & lanes_below);
      (in_run[j] ? w.entries : w.light)[list_at[j] + rank] = r;
    }
    __syncwarp();
    if (j >= 0 && lane == __ffs(peers) - 1) start[warp][j] += __popc(peers);
    __syncwarp();
  };
  if (matches <= kMatchCache) {
    for (int i0 = 0; i0 < matches; i0 += 32) {
      const int i = i0 + lane;
      const int j = i < matches ? cached_id[warp][i] : -1;
      place(i < matches ? cached_row[warp][i] : 0, j, same_id_lanes(j, __ballot_sync(0xffffffffu, j >= 0)));
    }
  } else {
    scan_tile_rows(ids, tp.wbegin, tp.wend, tp.v0, tp.tile, lane, place);
  }
}

template <typename T, typename TT, bool VEC>
__global__ void __launch_bounds__(32 * kRowWarps)
    ker_grad_rows(TT* dtable, GradWorkspace w, const T* dy, const uint8_t* mask, int64_t vocab,
                  int64_t dim, float factor) {
  wait_for_previous_grid();
  const int lane = threadIdx.x % 32;
  const int64_t pieces = w.cursors[kPieces];
  const int64_t warps = static_cast<int64_t>(gridDim.x) * blockDim.x / 32;
  for (int64_t item = (static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x) / 32;
       item < pieces + vocab; item += warps) {
    const int32_t* list;
    int n;
    TT* row = nullptr;
    float* part = nullptr;
    if (item < pieces) {
      const RunInfo run = w.runs[w.piece_run[item]];
      const int i = static_cast<int>(item - run.piece), first = i * kPieceRows;
      n = std::min<int>(int{kPieceRows}, run.n - first);
      list = w.entries + run.entry + first;
      if (run.partial < 0) {
        row = dtable + static_cast<int64_t>(run.id) * dim;
      } else {
        part = w.partial + static_cast<int64_t>(run.partial + i) * dim;
      }
    } else {
      const int64_t v = item - pieces;
      const int2 info = w.info[v];
      if (info.x < 0 || info.y == 0) continue;  // a run's row, or zeroed by ker_grad_place
      n = info.y;
      list = w.light + info.x;
      row = dtable + v * dim;
    }
    const int32_t lane_row = lane < n ? list[lane] : 0;
    for (int64_t c0 = 0; c0 < dim; c0 += Lanes<VEC>::kPass) {
      Acc<VEC> acc = {};
      add_rows<T, VEC>(acc, dy, mask, lane_row, n, dim, c0, lane, factor);
      if (row != nullptr) {
        store_row<TT, VEC>(row, acc, dim, c0, lane);
      } else {
        store_row<float, VEC>(part, acc, dim, c0, lane);
      }
    }
  }
}

// ker_grad_merge: block (32 x kMergeWarps) per run of several pieces: warp v adds the partial
// rows of pieces v, v + kMergeWarps, ... in order, warp 0 adds the warps' sums in warp order and
// writes the table row.
template <typename TT, bool VEC>
__global__ void __launch_bounds__(32 * kMergeWarps)
    ker_grad_merge(TT* dtable, GradWorkspace w, int64_t dim) {
  using L = Lanes<VEC>;
  __shared__ float sums[kMergeWarps][L::kSlots][32][L::kWidth];
  wait_for_previous_grid();
  if (static_cast<int>(blockIdx.x) >= w.cursors[kMultiRuns]) return;
  const int warp = threadIdx.x / 32, lane = threadIdx.x % 32;
  const RunInfo run = w.runs[w.multi[blockIdx.x]];
  const int pieces = (run.n + kPieceRows - 1) / kPieceRows;
  for (int64_t c0 = 0; c0 < dim; c0 += L::kPass) {
    Acc<VEC> acc = {};
#pragma unroll 4
    for (int q = warp; q < pieces; q += kMergeWarps) {
      const float* part = w.partial + static_cast<int64_t>(run.partial + q) * dim;
#pragma unroll
      for (int k = 0; k < L::kSlots; ++k) {
        const int64_t c = c0 + L::col(lane, k);
        if (c >= dim) continue;
        float v[L::kWidth];
        load_float<float, L::kWidth>(part + c, v);
#pragma unroll
        for (int e = 0; e < L::kWidth; ++e) acc[k][e] += v[e];
      }
    }
#pragma unroll
    for (int k = 0; k < L::kSlots; ++k)
#pragma unroll
      for (int e = 0; e < L::kWidth; ++e) sums[warp][k][lane][e] = acc[k][e];
    __syncthreads();
    if (warp == 0) {
#pragma unroll
      for (int k = 0; k < L::kSlots; ++k)
#pragma unroll
        for (int e = 0; e < L::kWidth; ++e) {
          float s = 0.f;
#pragma unroll
          for (int v = 0; v < kMergeWarps; ++v) s += sums[v][k][lane][e];
          acc[k][e] = s;
        }
      store_row<TT, VEC>(dtable + static_cast<int64_t>(run.id) * dim, acc, dim, c0, lane);
    }
    __syncthreads();
  }
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
  w->cursors = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * (kCursors + tiles_of(vocab))));
  w->tickets = w->cursors == nullptr ? nullptr : w->cursors + kCursors;
  w->part_rank = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * tiles_of(vocab) * parts_of(rows) * kTileIds));
  w->info = reinterpret_cast<int2*>(take(sizeof(int2) * vocab));
  w->list_at = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * vocab));
  w->light = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * kLightBudget * tiles_of(vocab)));
  w->entries = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * rows));
  w->runs = reinterpret_cast<RunInfo*>(take(sizeof(RunInfo) * rows));
  w->piece_run = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * rows));
  w->multi = reinterpret_cast<int32_t*>(take(sizeof(int32_t) * max_multi_runs(rows)));
  w->partial = reinterpret_cast<float*>(take(sizeof(float) * max_partials(rows) * dim));
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

template <typename T, typename TT, typename I, bool VEC>
int launch_grad(TT* dtable, const GradWorkspace& w, const T* dy, const I* ids, const uint8_t* mask,
                int64_t rows, int64_t vocab, int64_t dim, float factor, cudaStream_t stream) {
  const int64_t tiles = tiles_of(vocab), parts = parts_of(rows);
  const int32_t part_rows = static_cast<int32_t>((rows + parts - 1) / parts);
  const cudaError_t status = cudaMemsetAsync(w.cursors, 0, sizeof(int32_t) * (kCursors + tiles), stream);
  if (status != cudaSuccess) return static_cast<int>(status);
  const dim3 tile_parts(static_cast<unsigned>(tiles * parts));
  launch_after_previous_may_overlap(ker_grad_count<I>, tile_parts, dim3(32 * kTileWarps), 0, stream, w, ids,
                                    static_cast<int32_t>(rows), vocab, static_cast<int32_t>(parts), part_rows);
  launch_after_previous_may_overlap(ker_grad_place<TT, I, VEC>, tile_parts, dim3(32 * kTileWarps), 0, stream, dtable, w,
                                    ids, static_cast<int32_t>(rows), vocab, dim, static_cast<int32_t>(parts),
                                    part_rows);
  // A warp per piece and per table row (pieces <= rows), the grid capped for very large tables.
  const int64_t blocks = std::min<int64_t>((rows + vocab + kRowWarps - 1) / kRowWarps, 1 << 20);
  launch_after_previous_may_overlap(ker_grad_rows<T, TT, VEC>, dim3(static_cast<unsigned>(blocks)),
                                    dim3(32 * kRowWarps), 0, stream, dtable, w, dy, mask, vocab, dim, factor);
  if (rows > kPieceRows) {
    launch_after_previous_may_overlap(ker_grad_merge<TT, VEC>, dim3(static_cast<unsigned>(max_multi_runs(rows))),
                                      dim3(32 * kMergeWarps), 0, stream, dtable, w, dim);
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
