// CUDA kernels for the attention softmax (+ bias, causal mask, dropout) and its gradient.
#include "tf_ops/attention/softmax_cuda.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <type_traits>

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/dropout_rng.h"

namespace lightseq_tf {
namespace {

// Whether the key bias moves as vectors alongside the logits: its rows are theirs (bias_len == k_len, no
// padding keys) and it is 16-byte aligned. Else the kernels read it key by key, visible keys only.
template <typename I>
__device__ __forceinline__ bool bias_rows_aligned(const float* key_bias, I bias_len, I k_len) {
  return bias_len == k_len && reinterpret_cast<uintptr_t>(key_bias) % 16 == 0;
}

// ker_attention_softmax: one warp per row r of [rows, Tk] (grid-stride); row r is query
// q = r % Tq of batch r / (heads * Tq). Lane owns vectors lane + 32 k of N keys; ITEMS > 0
// keeps them (then their exponentials) in registers, else three streaming passes: max, sum,
// write. I: the index type, as in ker_attention_softmax_short. softmax is null when rate == 0.
template <typename T, int N, int ITEMS, typename I>
__global__ void ker_attention_softmax(T* probs, T* softmax, const T* logits,
                                      const float* key_bias, I rows, Divider<I> per_batch,
                                      Divider<I> per_query, I k_len, I bias_len, bool causal,
                                      uint32_t threshold, float scale, const int64_t* seed_ptr,
                                      const int64_t* offset_ptr) {
  constexpr int C = ITEMS > 0 ? ITEMS : 1;
  wait_for_previous_grid();
  const int lane = threadIdx.x;
  const I nvec = k_len / N;
  const bool bias_vectors = bias_rows_aligned(key_bias, bias_len, k_len);
  const bool drop = softmax != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  for (I row = static_cast<I>(blockIdx.x) * kRowsPerBlock + threadIdx.y; row < rows;
       row += static_cast<I>(gridDim.x) * kRowsPerBlock) {
    const I base = row * k_len;
    const float* bias = key_bias + per_batch.div(row) * bias_len;
    const I last_visible = causal ? per_query.mod(row) + bias_len - per_query.d : bias_len - 1;
    float cache[C][N];
    // Biased logits of vector v, -inf where masked.
    auto load = [&](I v, float (&a)[N]) {
      float b[N];
      load_float<T, N>(logits + base + v * N, a);
      if (bias_vectors) {
        load_float<float, N>(bias + v * N, b);
      } else {
#pragma unroll
        for (int i = 0; i < N; ++i) b[i] = v * N + i <= last_visible ? bias[v * N + i] : 0.f;
      }
#pragma unroll
      for (int i = 0; i < N; ++i) a[i] = v * N + i <= last_visible ? a[i] + b[i] : -INFINITY;
    };
    float m = -INFINITY;
    for_each_vec<ITEMS>(lane, nvec, [&](I v, int k) {
      float a[N];
      load(v, a);
#pragma unroll
      for (int i = 0; i < N; ++i) {
        if (ITEMS > 0) cache[k][i] = a[i];
        m = fmaxf(m, a[i]);
      }
    });
#pragma unroll
    for (int d = 16; d > 0; d >>= 1) m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, d));
    const float shift = m == -INFINITY ? 0.f : m;  // fully masked row: all exp() are 0
    float s = 0.f;
    for_each_vec<ITEMS>(lane, nvec, [&](I v, int k) {
      float a[N];
      if (ITEMS == 0) load(v, a);
#pragma unroll
      for (int i = 0; i < N; ++i) {
        const float e = exp_ftz((ITEMS > 0 ? cache[k][i] : a[i]) - shift);
        if (ITEMS > 0) cache[k][i] = e;
        s += e;
      }
    });
    s = warp_sum(s);
    // s >= 1 unless the row is masked or NaN; NaN logits give a NaN row, as in tf.nn.softmax.
    const float inv = m == -INFINITY ? 0.f : __fdividef(1.f, s);
    for_each_vec<ITEMS>(lane, nvec, [&](I v, int k) {
      float a[N];
      if (ITEMS == 0) load(v, a);
#pragma unroll
      for (int i = 0; i < N; ++i) a[i] = (ITEMS > 0 ? cache[k][i] : exp_ftz(a[i] - shift)) * inv;
      if (drop) {
        store_float<T, N>(softmax + base + v * N, a);
        bool keep[N];
        keep_flags<N>(seed, offset, base + v * N, threshold, keep);
#pragma unroll
        for (int i = 0; i < N; ++i) a[i] = keep[i] ? a[i] * scale : 0.f;
      }
      store_float<T, N>(probs + base + v * N, a);
    });
  }
}

// Threads per block of the short-row kernels, and the rows such a block takes at a time at `lanes` a row.
constexpr int kShortThreads = 128;
constexpr int rows_per_block(int lanes) { return kShortThreads / 32 * (32 / lanes); }

// The lanes of the short-row kernels: a row's L lanes are consecutive in a warp, which holds 32 / L rows
// (any L up to 16; pair_lanes() takes 5, 9 and 10, where 2, 5 and 2 lanes of each warp idle). `lane` is
// the thread's place in its row, `slot` its row's place among the block's rows_per_block(L), or
// rows_per_block(L) on an idle lane.
template <int L>
struct RowLanes {
  static constexpr bool kPowerOf2 = (L & (L - 1)) == 0;
  int lane, slot;
  __device__ RowLanes() {
    const int warp_lane = threadIdx.x % 32;
    lane = warp_lane % L;
    slot = threadIdx.x / 32 * (32 / L) + warp_lane / L;
    if constexpr (32 % L != 0) {
      if (warp_lane / L == 32 / L) slot = rows_per_block(L);
    }
  }
};

// v reduced by op over a row's L lanes (every lane of the warp calls it): a butterfly when L is a power of
// 2, else a tree down the row's lanes, whose first lane ends with the result, and a broadcast from it.
template <int L, typename Op>
__device__ __forceinline__ float row_reduce(float v, Op op) {
  if constexpr (RowLanes<L>::kPowerOf2) {
#pragma unroll
    for (int d = L / 2; d > 0; d >>= 1) v = op(v, __shfl_xor_sync(0xffffffffu, v, d));
    return v;
  } else {
    const int lane = threadIdx.x % 32 % L;
#pragma unroll
    for (int d = 1; d < L; d <<= 1) {
      const float other = __shfl_down_sync(0xffffffffu, v, d);
      if (lane + d < L) v = op(v, other);
    }
    return __shfl_sync(0xffffffffu, v, threadIdx.x % 32 - lane);
  }
}

// a[0..N) of one row over its L lanes (biased logits, -inf where masked; m their maximum in this
// lane) -> the row's softmax, max and sum over the L lanes (row_reduce()). A row with every key
// masked gives zeros; NaN logits a NaN row, as in tf.nn.softmax.
template <int L, int N>
__device__ __forceinline__ void row_softmax(float (&a)[N], float m) {
  m = row_reduce<L>(m, [](float x, float y) { return fmaxf(x, y); });
  const float shift = m == -INFINITY ? 0.f : m;
  float s = 0.f;
#pragma unroll
  for (int i = 0; i < N; ++i) {
    a[i] = exp_ftz(a[i] - shift);  // masked (-inf) -> 0
    s += a[i];
  }
  s = row_reduce<L>(s, [](float x, float y) { return x + y; });
  // s >= 1 (the maximum contributes exp(0)) unless the row is masked or NaN.
  const float inv = m == -INFINITY ? 0.f : __fdividef(1.f, s);
#pragma unroll
  for (int i = 0; i < N; ++i) a[i] *= inv;
}

// ker_attention_softmax_vectors: rows of k_len keys, a multiple of E = 4 * G up to E * L, L lanes a row
// (RowLanes), lane l the row's vector of E keys from E * l (lanes past the row's end idle). No branch separates a
// lane's draws from its loads (an idle lane loads the tensor's first vector), so the loads' latency overlaps the
// draws: with the draws under a run-time `if (drop)` and the bias loads under `if (active)`, the compiler waited on
// the logits before drawing and loaded the bias after the draws (NOTES entry 39: bench_kernels, H100, fp16, 16384
// tokens, 1.08-1.24x at 16-56 and 72-104 keys). For 16-bit T at up to 4 lanes a row (32 keys) the seed is read after
// the row's logits load, which otherwise waited for the seed the draws wait on (bench_kernels, fp16: 16 keys
// 1.09 / 1.04x at 16384 / 4096 tokens, 24-32 keys 0.97-1.07x; at 40 keys and for float32 0.88-1.02x, so there the seed
// is read once, before the rows; NOTES entry 40). Compiled for 16 blocks a SM at powers of 2 (32 registers, full
// occupancy) and 12 otherwise (35-36; with no bound 37-44). DROP: rate > 0 (the softmax is then stored as well). I
// is int32 where every element index fits (fits_int32_indices()).
template <typename T, int L, int G, typename I, bool DROP>
__global__ void __launch_bounds__(kShortThreads, RowLanes<L>::kPowerOf2 ? 16 : 12)
    ker_attention_softmax_vectors(T* probs, T* softmax, const T* logits, const float* key_bias, I rows,
                                  Divider<I> per_batch, Divider<I> per_query, I k_len, I bias_len, bool causal,
                                  uint32_t threshold, float scale, const int64_t* seed_ptr, const int64_t* offset_ptr) {
  constexpr int E = 4 * G;
  constexpr bool kSeedAfterLoad = DROP && sizeof(T) == 2 && L <= 4;
  wait_for_previous_grid();
  const RowLanes<L> at;
  uint64_t seed = 0, offset = 0;
  if (DROP && !kSeedAfterLoad) {
    seed = static_cast<uint64_t>(*seed_ptr);
    offset = static_cast<uint64_t>(*offset_ptr);
  }
  const bool bias_vectors = bias_rows_aligned(key_bias, bias_len, k_len);
  const I first = E * at.lane;
  for (I r0 = static_cast<I>(blockIdx.x) * rows_per_block(L); r0 < rows;
       r0 += static_cast<I>(gridDim.x) * rows_per_block(L)) {
    const I row = r0 + static_cast<I>(at.slot);
    const bool in_rows = at.slot < rows_per_block(L) && row < rows;
    const bool active = in_rows && first < k_len;
    const I start = active ? row * k_len + first : 0;
    uint32_t keep = 0;
    if (DROP && !kSeedAfterLoad) keep = keep_bits<E, E % kKeepsPerDraw == 0>(seed, offset, start, threshold);
    T x[E];
    load_vector<T, E>(logits + start, x);
    if (kSeedAfterLoad) {
      seed = static_cast<uint64_t>(*seed_ptr);
      offset = static_cast<uint64_t>(*offset_ptr);
      keep = keep_bits<E, E % kKeepsPerDraw == 0>(seed, offset, start, threshold);
    }
    // The bias of keys <= last_visible (a bias row's keys end there), else 0.
    const float* bias = key_bias + (in_rows ? per_batch.div(row) : 0) * bias_len;
    const I last_visible = causal ? per_query.mod(row) + bias_len - per_query.d : bias_len - 1;
    float b[E];
    if (bias_vectors) {
      load_float<float, E>(bias + (active ? first : 0), b);
    } else {
#pragma unroll
      for (int t = 0; t < E; ++t) b[t] = first + t <= last_visible ? bias[first + t] : 0.f;
    }
    float a[E];
    float m = -INFINITY;
#pragma unroll
    for (int t = 0; t < E; ++t) {
      a[t] = active && first + t <= last_visible ? to_float(x[t]) + b[t] : -INFINITY;
      m = fmaxf(m, a[t]);
    }
    row_softmax<L>(a, m);
    if (active) {
      if (DROP) {
        store_float<T, E>(softmax + start, a);
#pragma unroll
        for (int t = 0; t < E; ++t) a[t] = (keep >> t) & 1u ? a[t] * scale : 0.f;
      }
      store_float<T, E>(probs + start, a);
    }
  }
}

// ker_attention_softmax_short: rows of at most 4 * G * L - 3 keys, k_len % 4 == 0 but not a multiple of 4 * G
// (ker_attention_softmax_vectors takes those), 32 / L rows per warp, L lanes per row (RowLanes, L a power of 2),
// grid-stride over row groups. Lane l takes the 4 * G elements of groups base / 4 + G * l + g, g < G, of 4 (base =
// row * k_len; a group is half a Philox draw): those outside the row are masked out and not stored, so each lane
// draws once per 8 elements (once more where its first group is a draw's upper half) and loads/stores 4 elements a
// group, where one warp per row drew per element at short odd lengths. The kernel is bound by instruction issue
// (benchmarks/NOTES.md entries 19, 22, 31): I is int32 when every element index fits (32-bit index arithmetic, the
// batch index and causal query by multiply-high division), exp/reciprocal take approximate flush-to-zero forms,
// and two groups a lane share the row's index arithmetic and shuffles.
template <typename T, int L, int G, typename I>
__global__ void ker_attention_softmax_short(T* probs, T* softmax, const T* logits,
                                            const float* key_bias, I rows, Divider<I> per_batch,
                                            Divider<I> per_query, I k_len, I bias_len, bool causal,
                                            uint32_t threshold, float scale, const int64_t* seed_ptr,
                                            const int64_t* offset_ptr) {
  constexpr int E = 4 * G;
  static_assert(RowLanes<L>::kPowerOf2, "rows of L lanes tile the warp");
  wait_for_previous_grid();
  const RowLanes<L> at;
  const int lane = at.lane;
  const I total = rows * k_len;
  const bool drop = softmax != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  // Every thread runs the same number of steps, so the row groups' shuffles stay converged.
  for (I r0 = static_cast<I>(blockIdx.x) * rows_per_block(L); r0 < rows;
       r0 += static_cast<I>(gridDim.x) * rows_per_block(L)) {
    const I row = r0 + static_cast<I>(at.slot);
    const I base = row * k_len, group = base / 4 + G * lane, first = 4 * group - base;
    const bool active = row < rows;
    bool in[E], whole[G], any[G];
#pragma unroll
    for (int g = 0; g < G; ++g) {
      whole[g] = active;
      any[g] = false;
#pragma unroll
      for (int t = 4 * g; t < 4 * g + 4; ++t) {
        in[t] = active && first + t >= 0 && first + t < k_len;
        whole[g] = whole[g] && in[t];
        any[g] = any[g] || in[t];
      }
    }
    const uint32_t keep = drop ? keep_bits<E>(seed, offset, 4 * group, threshold) : 0u;
    float a[E];
#pragma unroll
    for (int g = 0; g < G; ++g) {
      const I at = 4 * (group + g);
      if (whole[g] || (any[g] && at + 4 <= total)) {
        float v[4];
        load_float<T, 4>(logits + at, v);  // a group inside the tensor: one 8-byte load
#pragma unroll
        for (int t = 0; t < 4; ++t) a[4 * g + t] = v[t];
      } else {
#pragma unroll
        for (int t = 0; t < 4; ++t) a[4 * g + t] = in[4 * g + t] ? to_float(logits[at + t]) : 0.f;
      }
    }
    float m = -INFINITY;
    if (active) {
      const float* bias = key_bias + per_batch.div(row) * bias_len;
      const I last_visible = causal ? per_query.mod(row) + bias_len - per_query.d : bias_len - 1;
      float b[E];
#pragma unroll
      for (int t = 0; t < E; ++t) b[t] = in[t] && first + t <= last_visible ? bias[first + t] : 0.f;
#pragma unroll
      for (int t = 0; t < E; ++t) {
        a[t] = in[t] && first + t <= last_visible ? a[t] + b[t] : -INFINITY;
        m = fmaxf(m, a[t]);
      }
    }
    row_softmax<L>(a, m);
    auto store = [&](T* out) {
#pragma unroll
      for (int g = 0; g < G; ++g) {
        const I at = 4 * (group + g);
        if (whole[g]) {
          float v[4];
#pragma unroll
          for (int t = 0; t < 4; ++t) v[t] = a[4 * g + t];
          store_float<T, 4>(out + at, v);
        } else {
#pragma unroll
          for (int t = 0; t < 4; ++t)
            if (in[4 * g + t]) out[at + t] = from_float<T>(a[4 * g + t]);
        }
      }
    };
    bool any_in = false;
#pragma unroll
    for (int g = 0; g < G; ++g) any_in = any_in || any[g];
    if (drop && any_in) {
      store(softmax);
#pragma unroll
      for (int t = 0; t < E; ++t) a[t] = (keep >> t) & 1u ? a[t] * scale : 0.f;
    }
    store(probs);
  }
}

// Tiles of rows through shared memory (ker_attention_softmax_tiles, ker_attention_softmax_grad_tiles):
// kTileRows rows, or a row a thread at 1-2 lanes a row; a lane takes at most kTileKeys keys of a row.
constexpr int kTileRows = 32;
constexpr int kTileKeys = 8;

// Rows a tile at L lanes a row: kTileRows, or a row a thread at 1-2 lanes a row.
constexpr int tile_rows(int lanes) { return lanes >= 4 ? kTileRows : kShortThreads / lanes; }

// A tile of T at L lanes a row: R rows, vectors of E elements (16 bytes of T, at least half a Philox
// draw, one draw for 16-bit T); the block's threads take whole passes of whole rows, and tiles start
// at a multiple of E.
template <typename T, int L>
struct TileShape {
  static constexpr int E = 16 / sizeof(T) < 4 ? 4 : 16 / sizeof(T), R = tile_rows(L);
  static_assert(kShortThreads % L == 0 && R % (kShortThreads / L) == 0 && R % E == 0, "tile shape");
};

// The tile vector of p at e (of count elements from p) as float: one load, or at the tensor's end
// the elements inside it (0 past).
template <typename T, int E>
__device__ __forceinline__ void load_tile_vector(const T* p, int e, int count, float (&v)[E]) {
  if (e + E <= count) {
    load_float<T, E>(p + e, v);
  } else {
#pragma unroll
    for (int i = 0; i < E; ++i) v[i] = e + i < count ? to_float(p[e + i]) : 0.f;
  }
}

template <typename T, int E>
__device__ __forceinline__ void store_tile_vector(T* p, int e, int count, const float (&v)[E]) {
  if (e + E <= count) {
    store_float<T, E>(p + e, v);
  } else {
#pragma unroll
    for (int i = 0; i < E; ++i)
      if (e + i < count) p[e + i] = from_float<T>(v[i]);
  }
}

// A vector of the tile in shared memory (16-byte aligned) from or to registers.
template <int E>
__device__ __forceinline__ void put_shared(float* p, const float (&v)[E]) {
#pragma unroll
  for (int i = 0; i < E; i += 4) *reinterpret_cast<float4*>(p + i) = make_float4(v[i], v[i + 1], v[i + 2], v[i + 3]);
}

template <int E>
__device__ __forceinline__ void get_shared(const float* p, float (&v)[E]) {
#pragma unroll
  for (int i = 0; i < E; i += 4) {
    const float4 f = *reinterpret_cast<const float4*>(p + i);
    v[i] = f.x, v[i + 1] = f.y, v[i + 2] = f.z, v[i + 3] = f.w;
  }
}

// ker_attention_softmax_tiles: the forward at up to 128 keys with k_len % 4 != 0, where a lane per
// group of 4 keys (ker_attention_softmax_short) loads, stores and draws the groups two rows share
// piecewise and twice. A block takes tile_rows(L) rows at a time (their elements start at a
// multiple of 8): phase 1 moves them into shared memory (as float) in whole vectors of E, phase 2
// gives each row L lanes, lane l keys l, l + L, ... (KEYS of them, dispatch_tile_shape()), for the
// max, sum and scale in place, phase 3 stores whole vectors again, drawing each vector's decisions
// once (H100, 16384 tokens, 4 keep-decisions a Philox draw then: k_len 5 14.8 -> 3.5 us, 13 9.6 ->
// 6.4 (quads of rows before, entry 33), 27 15.2 -> 10.8, 33 26.8 -> 16.0, 45 27.4 -> 17.5, 61 26.9
// -> 25.4, 97 52.3 -> 41.0, 126 57.1 -> 48.7; a warp per tile of 8 or 16 rows, tiles of 64 rows,
// or rows spread over the banks were slower; NOTES entry 35).
template <typename T, int L, int KEYS, typename I>
__global__ void __launch_bounds__(kShortThreads)
    ker_attention_softmax_tiles(T* probs, T* softmax, const T* logits, const float* key_bias, I rows,
                                Divider<I> per_batch, Divider<I> per_query, I k_len, I bias_len, bool causal,
                                uint32_t threshold, float scale, const int64_t* seed_ptr,
                                const int64_t* offset_ptr) {
  constexpr int E = TileShape<T, L>::E, R = TileShape<T, L>::R;
  __shared__ __align__(16) float tile[R * L * kTileKeys];
  wait_for_previous_grid();
  const int lane = threadIdx.x % L;
  const bool drop = softmax != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  const int k = static_cast<int>(k_len);
  for (I t = blockIdx.x; t * R < rows; t += gridDim.x) {
    const I row0 = t * R, start = row0 * k_len;
    const int count = static_cast<int>(min(static_cast<I>(R), rows - row0)) * k;
    for (int e = E * threadIdx.x; e < count; e += E * blockDim.x) {
      float v[E];
      load_tile_vector(logits + start, e, count, v);
      put_shared(tile + e, v);
    }
    __syncthreads();
    // Every thread runs the same passes, so the rows' shuffles stay converged.
    for (int r = threadIdx.x / L; r < R; r += kShortThreads / L) {
      const I row = row0 + r;
      float* x = tile + r * k;
      float a[KEYS];
      float m = -INFINITY;
      if (row < rows) {
        const float* bias = key_bias + per_batch.div(row) * bias_len;
        const int last_visible = static_cast<int>(causal ? per_query.mod(row) + bias_len - per_query.d : bias_len - 1);
#pragma unroll
        for (int i = 0; i < KEYS; ++i) {
          const int key = lane + L * i;
          a[i] = key < k && key <= last_visible ? x[key] + bias[key] : -INFINITY;
          m = fmaxf(m, a[i]);
        }
      } else {
#pragma unroll
        for (int i = 0; i < KEYS; ++i) a[i] = -INFINITY;
      }
      row_softmax<L>(a, m);
      if (row < rows) {
#pragma unroll
        for (int i = 0; i < KEYS; ++i)
          if (lane + L * i < k) x[lane + L * i] = a[i];
      }
    }
    __syncthreads();
    for (int e = E * threadIdx.x; e < count; e += E * blockDim.x) {
      float v[E];
      get_shared(tile + e, v);
      if (drop) {
        store_tile_vector(softmax + start, e, count, v);
        const uint32_t keep = keep_bits<E, E % kKeepsPerDraw == 0>(seed, offset, start + e, threshold);
#pragma unroll
        for (int i = 0; i < E; ++i) v[i] = (keep >> i) & 1u ? v[i] * scale : 0.f;
      }
      store_tile_vector(probs + start, e, count, v);
    }
    __syncthreads();
  }
}

// ker_attention_softmax_grad_tiles: the gradient with dropout in the forward's tiles
// (ker_attention_softmax_tiles): phase 1 stages the dropped dprobs and the softmax, each group's
// keep-decisions drawn once, phase 2 takes each row's sum of dprobs * softmax over L lanes and
// writes softmax * (dprobs - sum) in place, phase 3 stores whole vectors. Where grad_tile_lanes()
// says (harness, H100, 16384 tokens, 4 keep-decisions a draw then: k_len 5 10.6 -> 3.3 us, 10 5.9
// -> 4.7 (quads of rows before), 33 19.2 -> 13.1, 45 19.7 -> 15.1, 126 (a warp per row) 51.3 ->
// 45.4, but 61 19.3 -> 21.1 against a lane per group, NOTES entry 35; with 8 a draw, 16-bit tiles
// draw half as often and the lane per group as often: entry 36).
template <typename T, int L, int KEYS, typename I>
__global__ void __launch_bounds__(kShortThreads)
    ker_attention_softmax_grad_tiles(T* dlogits, const T* dprobs, const T* softmax, I rows, I k_len,
                                     uint32_t threshold, float scale, const int64_t* seed_ptr,
                                     const int64_t* offset_ptr) {
  constexpr int E = TileShape<T, L>::E, R = TileShape<T, L>::R;
  __shared__ __align__(16) float tile_dp[R * L * kTileKeys];
  __shared__ __align__(16) float tile_y[R * L * kTileKeys];
  wait_for_previous_grid();
  const int lane = threadIdx.x % L;
  const uint64_t seed = static_cast<uint64_t>(*seed_ptr), offset = static_cast<uint64_t>(*offset_ptr);
  const int k = static_cast<int>(k_len);
  for (I t = blockIdx.x; t * R < rows; t += gridDim.x) {
    const I row0 = t * R, start = row0 * k_len;
    const int count = static_cast<int>(min(static_cast<I>(R), rows - row0)) * k;
    for (int e = E * threadIdx.x; e < count; e += E * blockDim.x) {
      float dp[E], y[E];
      if (e + E <= count) {  // both loads in one branch: 1.05-1.18x over a load_tile_vector() each
        load_float<T, E>(dprobs + start + e, dp);
        load_float<T, E>(softmax + start + e, y);
      } else {  // the tensor's last elements
#pragma unroll
        for (int i = 0; i < E; ++i) {
          dp[i] = e + i < count ? to_float(dprobs[start + e + i]) : 0.f;
          y[i] = e + i < count ? to_float(softmax[start + e + i]) : 0.f;
        }
      }
      const uint32_t keep = keep_bits<E, E % kKeepsPerDraw == 0>(seed, offset, start + e, threshold);
#pragma unroll
      for (int i = 0; i < E; ++i) dp[i] = (keep >> i) & 1u ? dp[i] * scale : 0.f;
      put_shared(tile_dp + e, dp);
      put_shared(tile_y + e, y);
    }
    __syncthreads();
    auto row = [&](int r) {
      const bool active = row0 + r < rows;
      float* dp = tile_dp + r * k;
      const float* y = tile_y + r * k;
      float a[KEYS], b[KEYS];
      float s = 0.f;
#pragma unroll
      for (int i = 0; i < KEYS; ++i) {
        const bool in = active && lane + L * i < k;
        a[i] = in ? dp[lane + L * i] : 0.f;
        b[i] = in ? y[lane + L * i] : 0.f;
        s += a[i] * b[i];
      }
#pragma unroll
      for (int d = L / 2; d > 0; d >>= 1) s += __shfl_xor_sync(0xffffffffu, s, d);
#pragma unroll
      for (int i = 0; i < KEYS; ++i)
        if (active && lane + L * i < k) dp[lane + L * i] = b[i] * (a[i] - s);
    };
    // Every thread runs the same passes, so the rows' shuffles stay converged. From 4 lanes a row,
    // pass p of warp w takes rows c + D j (c = 4 p + w, j < 32 / L; D = L at odd k_len, else L / 2
    // and the two halves of the tile), so the row starts a warp reads lie L banks apart: no
    // conflicts; at 1-2 lanes a row, one pass of consecutive rows.
    if constexpr (L < 4) {
      row(threadIdx.x / L);
    } else {
      const int slot = threadIdx.x % 32 / L;
      for (int c = threadIdx.x / 32; c < L; c += kShortThreads / 32)
        row(k % 2 ? c + L * slot : c % (L / 2) + R / 2 * (c / (L / 2)) + L / 2 * slot);
    }
    __syncthreads();
    for (int e = E * threadIdx.x; e < count; e += E * blockDim.x) {
      float v[E];
      get_shared(tile_dp + e, v);
      store_tile_vector(dlogits + start, e, count, v);
    }
    __syncthreads();
  }
}

// Whether every element index of [rows, k_len] fits 32 bits, with room for a grid-stride step
// past the end.
inline bool fits_int32_indices(int64_t rows, int64_t k_len) {
  return 2 * (rows + kShortThreads + (int64_t{1} << 16) * kRowsPerBlock) * k_len < (int64_t{1} << 31);
}

// Lanes per row of the gradient's one-group short-row kernel for rows of k_len keys, or 0: rows
// too long, or 65-128 keys in vectors of 4, where one warp per row was faster (H100, 16384 tokens,
// both drawing once per 4 keys then: k_len 61 69 -> 39 us, 64 65 -> 34 us, 128 60 -> 64 us).
inline int short_row_lanes(int64_t k_len) {
  for (int lanes : {8, 16, 32}) {
    if (k_len <= 4 * lanes - (k_len % 4 == 0 ? 0 : 3)) return lanes == 32 && k_len % 4 == 0 ? 0 : lanes;
  }
  return 0;
}

// ker_attention_softmax_grad: one warp per row, the dropped dprobs and softmax cached when
// ITEMS > 0; keep-decisions drawn again as in the forward (a null seed_ptr means rate == 0).
template <typename T, int N, int ITEMS>
__global__ void ker_attention_softmax_grad(T* dlogits, const T* dprobs, const T* softmax, int64_t rows,
                                           int64_t k_len, uint32_t threshold, float scale,
                                           const int64_t* seed_ptr, const int64_t* offset_ptr) {
  constexpr int C = ITEMS > 0 ? ITEMS : 1;
  wait_for_previous_grid();
  const int lane = threadIdx.x;
  const int64_t nvec = k_len / N;
  const bool drop = seed_ptr != nullptr;
  const uint64_t seed = drop ? static_cast<uint64_t>(*seed_ptr) : 0;
  const uint64_t offset = drop ? static_cast<uint64_t>(*offset_ptr) : 0;
  for (int64_t row = static_cast<int64_t>(blockIdx.x) * kRowsPerBlock + threadIdx.y; row < rows;
       row += static_cast<int64_t>(gridDim.x) * kRowsPerBlock) {
    const int64_t base = row * k_len;
    float dp_cache[C][N], y_cache[C][N];
    auto load = [&](int64_t v, int k, float (&dp)[N], float (&y)[N]) {
      if (ITEMS > 0 && k >= 0) {
#pragma unroll
        for (int i = 0; i < N; ++i) {
          dp[i] = dp_cache[k][i];
          y[i] = y_cache[k][i];
        }
        return;
      }
      load_float<T, N>(dprobs + base + v * N, dp);
      load_float<T, N>(softmax + base + v * N, y);
      if (drop) {
        bool keep[N];
        keep_flags<N>(seed, offset, base + v * N, threshold, keep);
#pragma unroll
        for (int i = 0; i < N; ++i) dp[i] = keep[i] ? dp[i] * scale : 0.f;
      }
    };
    float s = 0.f;
    for_each_vec<ITEMS>(lane, nvec, [&](int64_t v, int k) {
      float dp[N], y[N];
      load(v, -1, dp, y);
#pragma unroll
      for (int i = 0; i < N; ++i) {
        if (ITEMS > 0) {
          dp_cache[k][i] = dp[i];
          y_cache[k][i] = y[i];
        }
        s += dp[i] * y[i];
      }
    });
    s = warp_sum(s);
    for_each_vec<ITEMS>(lane, nvec, [&](int64_t v, int k) {
      float dp[N], y[N];
      load(v, ITEMS > 0 ? k : -1, dp, y);
#pragma unroll
      for (int i = 0; i < N; ++i) dp[i] = y[i] * (dp[i] - s);
      store_float<T, N>(dlogits + base + v * N, dp);
    });
  }
}

// ker_attention_softmax_grad_vectors: the gradient with dropout in the lane mapping of
// ker_attention_softmax_vectors (a lane per vector of E = 4 * G keys, k_len a multiple of E), no branch between the
// loads and the draws (NOTES entry 39), the seed read after the row's loads, which otherwise waited for it (harness,
// H100, fp16, 16384 tokens: 1.01-1.03x, the draws first before; NOTES entry 40).
template <typename T, int L, int G, typename I>
__global__ void ker_attention_softmax_grad_vectors(T* dlogits, const T* dprobs, const T* softmax, I rows, I k_len,
                                                   uint32_t threshold, float scale, const int64_t* seed_ptr,
                                                   const int64_t* offset_ptr) {
  constexpr int E = 4 * G;
  wait_for_previous_grid();
  const RowLanes<L> at;
  const I first = E * at.lane;
  for (I r0 = static_cast<I>(blockIdx.x) * rows_per_block(L); r0 < rows;
       r0 += static_cast<I>(gridDim.x) * rows_per_block(L)) {
    const I row = r0 + static_cast<I>(at.slot);
    const bool active = at.slot < rows_per_block(L) && row < rows && first < k_len;
    const I start = active ? row * k_len + first : 0;
    T dp_in[E], y_in[E];
    load_vector<T, E>(dprobs + start, dp_in);
    load_vector<T, E>(softmax + start, y_in);
    const uint64_t seed = static_cast<uint64_t>(*seed_ptr), offset = static_cast<uint64_t>(*offset_ptr);
    const uint32_t keep = keep_bits<E, E % kKeepsPerDraw == 0>(seed, offset, start, threshold);
    float dp[E], y[E];
    float s = 0.f;
#pragma unroll
    for (int t = 0; t < E; ++t) {
      y[t] = active ? to_float(y_in[t]) : 0.f;
      dp[t] = active && (keep >> t) & 1u ? to_float(dp_in[t]) * scale : 0.f;
      s += dp[t] * y[t];
    }
    s = row_reduce<L>(s, [](float x, float y) { return x + y; });
#pragma unroll
    for (int t = 0; t < E; ++t) dp[t] = y[t] * (dp[t] - s);
    if (active) store_float<T, E>(dlogits + start, dp);
  }
}

// ker_attention_softmax_grad_short: the gradient with dropout on rows of at most 4 * L - 3 keys, k_len % 4 != 0, in
// the lane mapping of ker_attention_softmax_short with one group a lane: lane l of a row's L lanes takes the 4
// elements of group base / 4 + l (those outside the row contribute nothing and are not stored), so each lane draws
// half a draw where a warp per row would draw per element.
template <typename T, int L, typename I>
__global__ void ker_attention_softmax_grad_short(T* dlogits, const T* dprobs, const T* softmax, I rows,
                                                 I k_len, uint32_t threshold, float scale,
                                                 const int64_t* seed_ptr, const int64_t* offset_ptr) {
  static_assert(RowLanes<L>::kPowerOf2, "rows of L lanes tile the warp");
  wait_for_previous_grid();
  const RowLanes<L> at;
  const I total = rows * k_len;
  const uint64_t seed = static_cast<uint64_t>(*seed_ptr), offset = static_cast<uint64_t>(*offset_ptr);
  // Every thread runs the same number of steps, so the row groups' shuffles stay converged.
  for (I r0 = static_cast<I>(blockIdx.x) * rows_per_block(L); r0 < rows;
       r0 += static_cast<I>(gridDim.x) * rows_per_block(L)) {
    const I row = r0 + static_cast<I>(at.slot);
    const I base = row * k_len, group = base / 4 + at.lane, first = 4 * group - base;
    const bool active = row < rows;
    bool in[4];
    bool whole = active, any = false;
#pragma unroll
    for (int t = 0; t < 4; ++t) {
      in[t] = active && first + t >= 0 && first + t < k_len;
      whole = whole && in[t];
      any = any || in[t];
    }
    const uint32_t keep = keep_bits<4>(seed, offset, 4 * group, threshold);
    float dp[4], y[4];
    if (whole || (any && 4 * group + 4 <= total)) {
      load_float<T, 4>(dprobs + 4 * group, dp);
      load_float<T, 4>(softmax + 4 * group, y);
    } else {
#pragma unroll
      for (int t = 0; t < 4; ++t) {
        dp[t] = in[t] ? to_float(dprobs[4 * group + t]) : 0.f;
        y[t] = in[t] ? to_float(softmax[4 * group + t]) : 0.f;
      }
    }
    float s = 0.f;
#pragma unroll
    for (int t = 0; t < 4; ++t) {
      dp[t] = in[t] && (keep >> t) & 1u ? dp[t] * scale : 0.f;
      s += dp[t] * y[t];
    }
    s = row_reduce<L>(s, [](float x, float y) { return x + y; });
#pragma unroll
    for (int t = 0; t < 4; ++t) dp[t] = y[t] * (dp[t] - s);
    if (whole) {
      store_float<T, 4>(dlogits + 4 * group, dp);
    } else {
#pragma unroll
      for (int t = 0; t < 4; ++t)
        if (in[t]) dlogits[4 * group + t] = from_float<T>(dp[t]);
    }
  }
}

// pick(std::integral_constant<int, L>()) for L = lanes, one of L0, Ls... (the last one where lanes is none of them).
template <int L0, int... Ls, typename Pick>
auto with_lanes(int lanes, Pick pick) {
  if constexpr (sizeof...(Ls) == 0) {
    return pick(std::integral_constant<int, L0>());
  } else {
    return lanes == L0 ? pick(std::integral_constant<int, L0>()) : with_lanes<Ls...>(lanes, pick);
  }
}

// The forward's short-row shape: lanes per row (0: not short), groups of 4 keys per lane, and
// whether every lane's keys are all in its row or all out (k_len % (4 * groups) == 0: the vectors kernels'
// shapes; else ker_attention_softmax_short). Two groups
// a lane where the lane's 8 keys move as one vector (k_len % 8 == 0; pair_lanes()) and at 68-124
// keys in vectors of 4; else one (H100, 16384 tokens, benchmarks/NOTES.md entry 31: k_len 24 11.8 ->
// 10.0 us, 64 22.2 -> 20.0, 128 44.2 -> 38.2, 100 56.6 -> 44.6). Only k_len % 4 == 0 comes here: the
// other lengths up to 128 take ker_attention_softmax_tiles.
struct ShortShape {
  int lanes, groups;
  bool aligned;
};

// Lanes a row of k_len keys (a multiple of 8, at most 128) in vectors of 8: as many as the row's
// vectors, n, where a warp then holds 1.5x the busy lanes (32 / n * n) of the power of 2 above n (n = 5,
// 9, 10: 40, 72, 80 keys), else that power of 2 (k_len 16 at 16384 tokens 9.8 -> 6.6 us on 2 lanes
// against 4, NOTES entry 37). bench_kernels, H100, fp16, 16384 tokens, against the power of 2 before
// RowLanes: forward 40 / 72 / 80 keys 1.07 / 1.28 / 1.20x, gradient 1.06 / 1.08 / 1.02x; at 24 and 48 keys
// (1.25x the busy lanes) 3 and 6 lanes gave the forward 1.07 / 0.98x, where 4 and 8 lanes in RowLanes give
// 1.11 / 1.02x (NOTES entry 38).
inline int pair_lanes(int64_t k_len) {
  const int n = static_cast<int>(k_len / 8);
  int pow2 = 1;
  while (pow2 < n) pow2 *= 2;
  return 2 * (32 / n * n) >= 3 * (32 / pow2 * n) ? n : pow2;
}

inline ShortShape forward_short_shape(int64_t k_len) {
  if (k_len % 4 != 0) return {0, 1, false};
  if (k_len % 8 == 0 && k_len <= 128) return {pair_lanes(k_len), 2, true};
  if (k_len <= 64) return {k_len <= 32 ? 8 : 16, 1, true};
  if (k_len <= 125) return {16, 2, false};
  return {0, 1, false};
}

// pick(lanes, groups) as std::integral_constant arguments for an aligned forward_short_shape() (the lanes
// pair_lanes() or 8 / 16 gives): the shapes the vectors kernels take.
template <typename Pick>
auto vectors_kernel(const ShortShape& shape, Pick pick) {
  using std::integral_constant;
  if (shape.groups == 2) {
    auto pair = [&](auto l) { return pick(l, integral_constant<int, 2>()); };
    return with_lanes<1, 2, 4, 5, 8, 9, 10, 16>(shape.lanes, pair);
  }
  return with_lanes<8, 16>(shape.lanes, [&](auto l) { return pick(l, integral_constant<int, 1>()); });
}

// Blocks for a short-row or tile kernel over `units` (rows or tiles), units_per_block a block at a time: at
// most 4 waves of resident blocks, each walking its units (NOTES entry 22: 64 -> 66% of HBM at 16384 tokens x
// 64 keys against a block per row group).
template <typename Kernel>
unsigned short_blocks(Kernel kernel, int64_t units, int units_per_block) {
  return static_cast<unsigned>(
      std::min((units + units_per_block - 1) / units_per_block,
               4 * resident_blocks(reinterpret_cast<const void*>(kernel), kShortThreads, 0)));
}

// Lanes per row of ker_attention_softmax_tiles (kTileKeys keys a lane) for rows of k_len keys, or 0
// (k_len % 4 == 0, or more than 128 keys).
inline int tile_lanes(int64_t k_len) {
  if (k_len % 4 == 0 || k_len > 16 * kTileKeys) return 0;
  for (int lanes : {1, 2, 4, 8}) {
    if (k_len <= lanes * kTileKeys) return lanes;
  }
  return 16;
}

// Calls fn(std::integral_constant<int, L>, std::integral_constant<int, KEYS>) for a tile at L = lanes lanes a row
// (tile_lanes(): 1, 2, 4, 8 or 16) taking KEYS = ceil(k_len / L) keys a lane, at least 5 (5-8). Against always
// kTileKeys keys the tiles skip the slots past the row's end (harness, H100, fp16, forward / gradient at 16384
// tokens: k_len 33 1.12 / 1.14x, 37 1.14 / 1.12x, 65 1.09 / 1.02x, 17 1.10 / 1.12x; 4096 tokens up to 1.39x;
// outputs bit-identical; NOTES entry 36).
template <typename Fn>
void dispatch_tile_shape(int lanes, int64_t k_len, Fn fn) {
  using std::integral_constant;
  auto with_keys = [&](auto l) {
    switch (std::max<int64_t>((k_len + lanes - 1) / lanes, 5)) {
      case 5: return fn(l, integral_constant<int, 5>());
      case 6: return fn(l, integral_constant<int, 6>());
      case 7: return fn(l, integral_constant<int, 7>());
      default: return fn(l, integral_constant<int, 8>());
    }
  };
  with_lanes<1, 2, 4, 8, 16>(lanes, with_keys);
}

// Lanes per row of ker_attention_softmax_grad_tiles for T, or 0: tiles up to 16 keys, at 126-127 (no
// one-group shape), and where the one-group kernel idles enough of a row's lanes. 16-bit T draws half as
// often in tiles (8 keep-decisions a draw, one 16-byte vector) and takes them up to 100 keys unless 15 / 16 of
// the lanes are busy; float32 draws as often either way and takes them where an eighth or more idle, 30-64
// keys (bench_kernels, H100, fp16 at 16384 / 4096 tokens, tiles against a lane per group: k_len 17 1.33 /
// 1.14x, 27 1.17 / 0.95x, 57 1.04 / 1.00x, 61 0.96 / 0.94x, 67 1.31 / 1.08x, 97 1.04 / 0.88x; float32 0.74-0.99x
// at 27-97; benchmarks/NOTES.md entries 35-36).
template <typename T>
int grad_tile_lanes(int64_t k_len) {
  const int lanes = short_row_lanes(k_len);
  if (lanes == 0 || k_len <= 16) return tile_lanes(k_len);
  const bool tiles = sizeof(T) == 2 ? k_len <= 100 && 16 * k_len < 15 * 4 * lanes
                                    : lanes >= 16 && k_len <= 8 * kTileKeys && 8 * k_len < 7 * 4 * lanes;
  return tiles ? tile_lanes(k_len) : 0;
}

// Widest vector (elements) for rows of k_len: divides k_len, leaves >= 32 vectors per row when
// possible, and all pointers are 16-byte aligned (else 1).
template <typename T>
int pick_vec(int64_t k_len, std::initializer_list<const void*> ptrs) {
  for (const void* p : ptrs)
    if (p != nullptr && !aligned16(p)) return 1;
  int n = vec_width<T>();
  while (n > 1 && (k_len % n != 0 || k_len / n < 32)) n /= 2;
  return n;
}

// Calls fn(std::integral_constant<int, N>) for N in {1, 2, 4, vec_width<T>()}.
template <typename T, typename Fn>
void dispatch_vec(int n, Fn fn) {
  switch (n) {
    case 2: return fn(std::integral_constant<int, 2>());
    case 4: return fn(std::integral_constant<int, 4>());
    case 8: return fn(std::integral_constant<int, (vec_width<T>() >= 8 ? 8 : 1)>());
    default: return fn(std::integral_constant<int, 1>());
  }
}

}  // namespace

template <typename T>
int launch_attention_softmax(T* probs, T* softmax, const T* logits, const float* key_bias,
                             int64_t bias_len, int64_t batch, int64_t heads, int64_t q_len, int64_t k_len,
                             bool causal, float rate, const int64_t* seed, const int64_t* offset,
                             cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  const int64_t rows = batch * heads * q_len;
  if (rows * k_len == 0) return 0;
  if (rate <= 0.f) softmax = nullptr;
  const ShortShape shape = forward_short_shape(k_len);
  const bool vectors = aligned16(probs) && aligned16(logits) && (softmax == nullptr || aligned16(softmax));
  auto launch = [&](auto index) {
    using I = decltype(index);
    const Divider<I> per_batch(heads * q_len), per_query(q_len);
    // A short-row or tile kernel over `units` (rows or tiles), per_block a block at a time.
    auto run = [&](auto kernel, int64_t units, int per_block) {
      launch_after_previous_may_overlap(kernel, dim3(short_blocks(kernel, units, per_block)), dim3(kShortThreads), 0,
                                        stream, cuda_ptr(probs), cuda_ptr(softmax), cuda_ptr(logits), key_bias,
                                        static_cast<I>(rows), per_batch, per_query, static_cast<I>(k_len),
                                        static_cast<I>(bias_len), causal, dropout_threshold(rate),
                                        dropout_scale(rate), seed, offset);
    };
    const int tile = tile_lanes(k_len);
    if (vectors && tile > 0) {
      dispatch_tile_shape(tile, k_len, [&](auto lanes, auto keys) {
        constexpr int L = decltype(lanes)::value;
        run(ker_attention_softmax_tiles<CT, L, decltype(keys)::value, I>, (rows + tile_rows(L) - 1) / tile_rows(L), 1);
      });
      return;
    }
    if (vectors && shape.lanes > 0 && shape.aligned) {
      run(vectors_kernel(shape, [&](auto l, auto g) {
            constexpr int L = decltype(l)::value, G = decltype(g)::value;
            return softmax != nullptr ? ker_attention_softmax_vectors<CT, L, G, I, true>
                                      : ker_attention_softmax_vectors<CT, L, G, I, false>;
          }),
          rows, rows_per_block(shape.lanes));
      return;
    }
    if (vectors && shape.lanes > 0) {
      run(ker_attention_softmax_short<CT, 16, 2, I>, rows, rows_per_block(16));
      return;
    }
    const int n = pick_vec<CT>(k_len, {probs, softmax, logits});
    dispatch_vec<CT>(n, [&](auto vec) {
      constexpr int N = decltype(vec)::value;
      dispatch_items<N, 32>(k_len / N, [&](auto items) {
        launch_after_previous_may_overlap(ker_attention_softmax<CT, N, decltype(items)::value, I>,
                                          dim3(row_blocks(rows)), dim3(32, kRowsPerBlock), 0, stream,
                                          cuda_ptr(probs), cuda_ptr(softmax), cuda_ptr(logits), key_bias,
                                          static_cast<I>(rows), per_batch, per_query, static_cast<I>(k_len),
                                          static_cast<I>(bias_len), causal, dropout_threshold(rate),
                                          dropout_scale(rate), seed, offset);
      });
    });
  };
  if (fits_int32_indices(rows, k_len)) {
    launch(int32_t{});
  } else {
    launch(int64_t{});
  }
  return status_of_last_launch();
}

template <typename T>
int launch_attention_softmax_grad(T* dlogits, const T* dprobs, const T* softmax, int64_t rows,
                                  int64_t k_len, float rate, const int64_t* seed,
                                  const int64_t* offset, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  if (rows * k_len == 0) return 0;
  const bool drop = rate > 0.f;
  const uint32_t threshold = dropout_threshold(rate);
  const float scale = dropout_scale(rate);
  // Rows of a multiple of 8 keys up to 128 (the layers pad keys so) in the forward's two-group shape,
  // unless one group a lane fills its lanes (32, 64 keys); else one group a lane, tiles or a warp a row
  // (harness, H100, fp16, 16384 tokens, against one group a lane or a warp a row: k_len 16 9.4 -> 6.3 us, 24
  // 9.5 -> 8.4, 40 16.5 -> 13.1, 48 16.8 -> 14.7, 104 56.0 -> 29.4, 120 56.7 -> 33.7, 128 38.0 -> 35.6;
  // 32 10.3 -> 10.5, 64 18.7 -> 19.0; benchmarks/NOTES.md entry 37).
  const bool pairs = k_len % 8 == 0 && k_len <= 128 && k_len != 4 * short_row_lanes(k_len);
  const ShortShape shape = pairs ? forward_short_shape(k_len) : ShortShape{0, 1, false};
  const int lanes = shape.lanes > 0 ? shape.lanes : short_row_lanes(k_len);
  const int tile = shape.lanes > 0 ? 0 : grad_tile_lanes<CT>(k_len);
  if (drop && (lanes > 0 || tile > 0) && aligned16(dlogits) && aligned16(dprobs) && aligned16(softmax)) {
    auto launch = [&](auto index) {
      using I = decltype(index);
      auto run = [&](auto kernel, int64_t units, int per_block) {
        launch_after_previous_may_overlap(kernel, dim3(short_blocks(kernel, units, per_block)), dim3(kShortThreads), 0,
                                          stream, cuda_ptr(dlogits), cuda_ptr(dprobs), cuda_ptr(softmax),
                                          static_cast<I>(rows), static_cast<I>(k_len), threshold, scale, seed, offset);
      };
      if (tile > 0) {
        dispatch_tile_shape(tile, k_len, [&](auto lanes, auto keys) {
          constexpr int L = decltype(lanes)::value;
          run(ker_attention_softmax_grad_tiles<CT, L, decltype(keys)::value, I>,
              (rows + tile_rows(L) - 1) / tile_rows(L), 1);
        });
        return;
      }
      // One group a lane unless in the forward's pairs; a vector a lane where its keys are in its row or past it.
      const ShortShape lane_shape = shape.lanes > 0 ? shape : ShortShape{lanes, 1, k_len % 4 == 0};
      if (lane_shape.aligned) {
        run(vectors_kernel(lane_shape, [](auto l, auto g) {
              return ker_attention_softmax_grad_vectors<CT, decltype(l)::value, decltype(g)::value, I>;
            }),
            rows, rows_per_block(lanes));
      } else {
        auto short_kernel = [](auto l) { return ker_attention_softmax_grad_short<CT, decltype(l)::value, I>; };
        run(with_lanes<8, 16, 32>(lanes, short_kernel), rows, rows_per_block(lanes));
      }
    };
    if (fits_int32_indices(rows, k_len)) {
      launch(int32_t{});
    } else {
      launch(int64_t{});
    }
    return status_of_last_launch();
  }
  const int n = pick_vec<CT>(k_len, {dlogits, dprobs, softmax});
  dispatch_vec<CT>(n, [&](auto vec) {
    constexpr int N = decltype(vec)::value;
    dispatch_items<N, 16>(k_len / N, [&](auto items) {
      launch_after_previous_may_overlap(ker_attention_softmax_grad<CT, N, decltype(items)::value>,
                                        dim3(row_blocks(rows)), dim3(32, kRowsPerBlock), 0, stream,
                                        cuda_ptr(dlogits), cuda_ptr(dprobs), cuda_ptr(softmax), rows, k_len,
                                        threshold, scale, drop ? seed : nullptr, drop ? offset : nullptr);
    });
  });
  return status_of_last_launch();
}

#define INSTANTIATE(T)                                                                         \
  template int launch_attention_softmax<T>(T*, T*, const T*, const float*, int64_t, int64_t,   \
                                           int64_t, int64_t, int64_t, bool, float,             \
                                           const int64_t*, const int64_t*, cudaStream_t);      \
  template int launch_attention_softmax_grad<T>(T*, const T*, const T*, int64_t, int64_t,      \
                                                float, const int64_t*, const int64_t*,         \
                                                cudaStream_t);
INSTANTIATE(float)
INSTANTIATE(fp16)
INSTANTIATE(bf16)
#undef INSTANTIATE

}  // namespace lightseq_tf
