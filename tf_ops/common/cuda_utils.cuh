// Device helpers shared by the CUDA kernels: type mapping, float conversion, vector access,
// warp reductions and the two-stage deterministic column reduction.
#ifndef LIGHTSEQ_TF_COMMON_CUDA_UTILS_CUH_
#define LIGHTSEQ_TF_COMMON_CUDA_UTILS_CUH_

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <tuple>
#include <type_traits>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// Storage type used by launch_* signatures -> CUDA arithmetic type.
template <typename T> struct CudaType { using type = T; };
template <> struct CudaType<fp16> { using type = __half; };
template <> struct CudaType<bf16> { using type = __nv_bfloat16; };

template <typename T>
const typename CudaType<T>::type* cuda_ptr(const T* p) {
  return reinterpret_cast<const typename CudaType<T>::type*>(p);
}
template <typename T>
typename CudaType<T>::type* cuda_ptr(T* p) {
  return reinterpret_cast<typename CudaType<T>::type*>(p);
}

__device__ __forceinline__ float to_float(float x) { return x; }
__device__ __forceinline__ float to_float(__half x) { return __half2float(x); }
__device__ __forceinline__ float to_float(__nv_bfloat16 x) { return __bfloat162float(x); }

template <typename T> __device__ __forceinline__ T from_float(float x);
template <> __device__ __forceinline__ float from_float<float>(float x) { return x; }
template <> __device__ __forceinline__ __half from_float<__half>(float x) { return __float2half_rn(x); }
template <> __device__ __forceinline__ __nv_bfloat16 from_float<__nv_bfloat16>(float x) {
  return __float2bfloat16_rn(x);
}

// exp(x) by ex2.approx.ftz (results below 2^-126 flush to 0; exp(-inf) = 0, NaN stays NaN).
__device__ __forceinline__ float exp_ftz(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x * 1.4426950408889634f));
  return y;
}

// n / d and n % d for a divisor fixed at launch. Divider<int32_t> (0 <= n < 2^31, 1 <= d < 2^31)
// divides by a multiply-high and a shift (Granlund-Montgomery, as cutlass's FastDivmod);
// Divider<int64_t> divides.
template <typename I> struct Divider;

template <>
struct Divider<int32_t> {
  int32_t d;
  uint32_t m, s;
  explicit Divider(int64_t divisor) : d(static_cast<int32_t>(divisor)), s(0) {
    while ((uint64_t{1} << s) < static_cast<uint64_t>(d)) ++s;
    m = static_cast<uint32_t>((uint64_t{1} << 32) * ((uint64_t{1} << s) - d) / d + 1);
  }
  __device__ __forceinline__ int32_t div(int32_t n) const {
    return static_cast<int32_t>((__umulhi(static_cast<uint32_t>(n), m) + static_cast<uint32_t>(n)) >> s);
  }
  __device__ __forceinline__ int32_t mod(int32_t n) const { return n - div(n) * d; }
};

template <>
struct Divider<int64_t> {
  int64_t d;
  explicit Divider(int64_t divisor) : d(divisor) {}
  __device__ __forceinline__ int64_t div(int64_t n) const { return n / d; }
  __device__ __forceinline__ int64_t mod(int64_t n) const { return n % d; }
};

// N contiguous elements moved with one aligned memory instruction.
template <typename T, int N>
struct alignas(sizeof(T) * N) Vec {
  T v[N];
};

// Loads/stores N elements as float, in 16-byte (or smaller, for N * sizeof(T) < 16) pieces;
// p must be aligned to min(16, N * sizeof(T)) bytes.
template <typename T, int N>
__device__ __forceinline__ void load_float(const T* p, float (&out)[N]) {
  constexpr int K = (16 / sizeof(T)) < N ? (16 / sizeof(T)) : N;
#pragma unroll
  for (int c = 0; c < N; c += K) {
    const Vec<T, K> in = *reinterpret_cast<const Vec<T, K>*>(p + c);
#pragma unroll
    for (int i = 0; i < K; ++i) out[c + i] = to_float(in.v[i]);
  }
}

template <typename T, int N>
__device__ __forceinline__ void store_float(T* p, const float (&in)[N]) {
  constexpr int K = (16 / sizeof(T)) < N ? (16 / sizeof(T)) : N;
#pragma unroll
  for (int c = 0; c < N; c += K) {
    Vec<T, K> out;
#pragma unroll
    for (int i = 0; i < K; ++i) out.v[i] = from_float<T>(in[c + i]);
    *reinterpret_cast<Vec<T, K>*>(p + c) = out;
  }
}

// Loads N elements as they are, as load_float() moves them: for a kernel that converts them after other work
// (converted at once, the compiler may wait on the load before that work). Not load_float()'s body: that changed
// the code of the LayerNorm, heads and embedding kernels, none faster (benchmarks/NOTES.md entry 39).
template <typename T, int N>
__device__ __forceinline__ void load_vector(const T* p, T (&out)[N]) {
  constexpr int K = (16 / sizeof(T)) < N ? (16 / sizeof(T)) : N;
#pragma unroll
  for (int c = 0; c < N; c += K) {
    const Vec<T, K> in = *reinterpret_cast<const Vec<T, K>*>(p + c);
#pragma unroll
    for (int i = 0; i < K; ++i) out[c + i] = in.v[i];
  }
}

__device__ __forceinline__ float warp_sum(float x) {
#pragma unroll
  for (int d = 16; d > 0; d >>= 1) x += __shfl_xor_sync(0xffffffffu, x, d);
  return x;
}

// Elements of T in one 16-byte vector.
template <typename T>
constexpr int vec_width() { return 16 / sizeof(T); }

// Calls fn(std::integral_constant<int, ITEMS>) with the smallest register cache (vectors per
// lane, a power of two with ITEMS * N <= max_floats) that holds a row of nvec vectors, or
// ITEMS = 0 (streaming) when none does.
template <int N, int kMaxFloats, typename Fn>
void dispatch_items(int64_t nvec, Fn fn) {
  const int64_t per_lane = (nvec + 31) / 32;
  if (per_lane <= 1) return fn(std::integral_constant<int, 1>());
  if (per_lane <= 2 && 2 * N <= kMaxFloats) return fn(std::integral_constant<int, 2>());
  if (per_lane <= 4 && 4 * N <= kMaxFloats) return fn(std::integral_constant<int, (4 * N <= kMaxFloats ? 4 : 0)>());
  if (per_lane <= 8 && 8 * N <= kMaxFloats) return fn(std::integral_constant<int, (8 * N <= kMaxFloats ? 8 : 0)>());
  if (per_lane <= 16 && 16 * N <= kMaxFloats) return fn(std::integral_constant<int, (16 * N <= kMaxFloats ? 16 : 0)>());
  fn(std::integral_constant<int, 0>());
}

// Row kernels run one warp per row, kRowsPerBlock rows per block, grid-stride over rows.
constexpr int kRowsPerBlock = 4;

inline int row_blocks(int64_t rows) {
  const int64_t blocks = (rows + kRowsPerBlock - 1) / kRowsPerBlock;
  return static_cast<int>(blocks < (1 << 16) ? blocks : (1 << 16));
}

// Visits lane `lane`'s vectors v = lane + 32 k of a row with nvec vectors, calling body(v, k);
// k is a compile-time register-cache slot when ITEMS > 0 (else 0: streaming, any row length).
template <int ITEMS, typename Index, typename Body>
__device__ __forceinline__ void for_each_vec(int lane, Index nvec, Body body) {
  if constexpr (ITEMS > 0) {
#pragma unroll
    for (int k = 0; k < ITEMS; ++k) {
      const Index v = lane + 32 * k;
      if (v < nvec) body(v, k);
    }
  } else {
    for (Index v = lane; v < nvec; v += 32) body(v, 0);
  }
}

// Blocks of `kernel` (threads per block, dynamic shared memory) the current device holds at
// once: occupancy x SMs, looked up once per (device, kernel, shape).
inline int64_t resident_blocks(const void* kernel, int threads, size_t smem) {
  static std::mutex mu;
  static std::map<std::tuple<int, const void*, int, size_t>, int64_t> cache;
  int device = 0;
  cudaGetDevice(&device);
  const auto key = std::make_tuple(device, kernel, threads, smem);
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  int per_sm = 0, sms = 0;
  cudaOccupancyMaxActiveBlocksPerMultiprocessor(&per_sm, kernel, threads, smem);
  cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, device);
  const int64_t blocks = per_sm > 0 && sms > 0 ? static_cast<int64_t>(per_sm) * sms : 1;
  cache.emplace(key, blocks);
  return blocks;
}

inline bool aligned16(const void* p) { return reinterpret_cast<uintptr_t>(p) % 16 == 0; }

inline int status_of_last_launch() { return static_cast<int>(cudaGetLastError()); }

// ---- Two-stage column reduction (deterministic: fixed chunking, fixed summation order). ----
// Stage 1 kernels run on a grid of (column_blocks, column_chunks) blocks of (32, kColRows) threads; each
// thread owns N adjacent columns and walks rows ty + kColRows * (chunk + chunks * k). They
// finish with block_column_partials(), which writes partial[chunk, cols].
// Stage 2 (ker_sum_partials) adds the chunks in order and writes the result in type U.
inline int column_blocks(int64_t cols, int n) { return static_cast<int>((cols + 32 * n - 1) / (32 * n)); }

// Reduces acc[A][N] (A accumulators per column) over threadIdx.y and writes
// partial[a][chunk][col] for the block's 32 * N columns. acc[a][i] of lane tx is column
// (blockIdx.x * 32 + tx) * N + i, or with INTERLEAVED blockIdx.x * 32 * N + tx + 32 * i.
// Shared memory holds the block's rows [kColRows][32 * N] column-contiguous, so the threads then
// each add one column's kColRows values (rows in order) without bank conflicts and write the
// partials coalesced; the ty == 0 warp adding all N columns of its lane (N * kColRows strided
// reads) made this epilogue ~1 us of a 16 us kernel (benchmarks/NOTES.md entry 31).
template <int A, int N, bool INTERLEAVED = false>
__device__ __forceinline__ void block_column_partials(float (&acc)[A][N], float* partial, int64_t cols,
                                                      int chunks) {
  constexpr int kCols = 32 * N;
  __shared__ __align__(16) float smem[kColRows * kCols];
  const int tx = threadIdx.x, ty = threadIdx.y;
  const int64_t base = static_cast<int64_t>(blockIdx.x) * kCols;
#pragma unroll
  for (int a = 0; a < A; ++a) {
    float* mine = smem + ty * kCols;
    if constexpr (!INTERLEAVED && N % 4 == 0) {
#pragma unroll
      for (int i = 0; i < N; i += 4)
        *reinterpret_cast<float4*>(mine + tx * N + i) =
            make_float4(acc[a][i], acc[a][i + 1], acc[a][i + 2], acc[a][i + 3]);
    } else {
#pragma unroll
      for (int i = 0; i < N; ++i) mine[INTERLEAVED ? tx + 32 * i : tx * N + i] = acc[a][i];
    }
    __syncthreads();
    for (int c = ty * 32 + tx; c < kCols; c += 32 * kColRows) {
      float s = 0.f;
#pragma unroll
      for (int y = 0; y < kColRows; ++y) s += smem[y * kCols + c];
      if (base + c < cols) partial[(static_cast<int64_t>(a) * chunks + blockIdx.y) * cols + base + c] = s;
    }
    __syncthreads();
  }
}

// Stage 2 block shape: kSumCols adjacent columns (one 32-byte sector of float partials) by
// kSumLanes threads across chunks. Narrow column tiles give cols / 8 blocks (64 at d = 512, not
// cols / 32 = 16), so the partials, which stage 1 left in L2, are read by many SMs at once.
constexpr int kSumCols = 8;
constexpr int kSumLanes = 64;

// Programmatic dependent launch (sm_90+). Every kernel of the library is launched with
// launch_after_previous_may_overlap(), so its launch and block scheduling overlap the tail of the
// previous kernel in the stream, and calls wait_for_previous_grid() as its first statement that
// touches global memory: the previous kernel may still read a buffer TF hands to this one, and a
// grid that waited completes only after its predecessor did, so the ordering chains.
__device__ __forceinline__ void wait_for_previous_grid() {
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 900
  asm volatile("griddepcontrol.wait;" ::: "memory");
#endif
}

// Lets the next kernel in the stream, when launched overlapping this one, start its blocks once
// every block of this grid has called this (or exited), rather than as this grid finishes.
__device__ __forceinline__ void let_next_grid_start() {
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 900
  asm volatile("griddepcontrol.launch_dependents;" ::: "memory");
#endif
}

// Whether launches on the current device may overlap the previous kernel: compute capability >= 9
// (the runtime answers attribute queries from its own cache), unless LIGHTSEQ_TF_PDL=0.
inline bool device_has_pdl() {
  static const bool enabled = [] {
    const char* value = std::getenv("LIGHTSEQ_TF_PDL");
    return value == nullptr || std::strcmp(value, "0") != 0;
  }();
  if (!enabled) return false;
  int device = 0, major = 0;
  cudaGetDevice(&device);
  cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, device);
  return major >= 9;
}

// Launches kernel<<<grid, block, smem, stream>>>(args...), on sm_90+ as a programmatic dependent
// launch (above); elsewhere an ordinary launch.
template <typename... KernelArgs, typename... Args>
void launch_after_previous_may_overlap(void (*kernel)(KernelArgs...), dim3 grid, dim3 block, size_t smem,
                                       cudaStream_t stream, Args... args) {
  cudaLaunchConfig_t config = {};
  config.gridDim = grid;
  config.blockDim = block;
  config.dynamicSmemBytes = smem;
  config.stream = stream;
  cudaLaunchAttribute attribute[1];
  attribute[0].id = cudaLaunchAttributeProgrammaticStreamSerialization;
  attribute[0].val.programmaticStreamSerializationAllowed = 1;
  config.attrs = attribute;
  config.numAttrs = device_has_pdl() ? 1 : 0;
  cudaLaunchKernelEx(&config, kernel, static_cast<KernelArgs>(args)...);
}

// ker_sum_partials: out_a[col] = sum over chunks of partial[a][chunk][col], a in {0, 1}
// (out1 may be null). Block (kSumCols, kSumLanes): thread (x, y) adds chunks y, y + kSumLanes,
// ... of column x in order; a warp's lanes of one column then add theirs by a fixed shuffle
// tree, and thread (x, 0) adds the warps' sums in warp order (deterministic; one barrier, where a
// shared-memory tree over y took six: 16384 x 512 residual-dropout gradient 16.1 -> 15.7 us,
// benchmarks/NOTES.md entry 32). Launched overlapping its stage-1 kernel, it waits for it before
// reading the partials.
template <typename U>
__global__ void __launch_bounds__(kSumCols * kSumLanes)
    ker_sum_partials(U* out0, U* out1, const float* partial, int64_t cols, int chunks) {
  static_assert(32 % kSumCols == 0 && kSumCols * kSumLanes % 32 == 0, "whole warps of whole column sets");
  constexpr int kWarps = kSumCols * kSumLanes / 32;
  __shared__ float smem[2][kWarps][kSumCols];
  wait_for_previous_grid();
  const int tx = threadIdx.x, ty = threadIdx.y;
  const int64_t col = static_cast<int64_t>(blockIdx.x) * kSumCols + tx;
  float s[2] = {0.f, 0.f};
  if (col < cols) {
#pragma unroll 4
    for (int c = ty; c < chunks; c += kSumLanes) {
      s[0] += partial[static_cast<int64_t>(c) * cols + col];
      if (out1 != nullptr) s[1] += partial[(static_cast<int64_t>(chunks) + c) * cols + col];
    }
  }
  const int t = ty * kSumCols + tx, warp = t / 32;
#pragma unroll
  for (int a = 0; a < 2; ++a) {
#pragma unroll
    for (int d = kSumCols; d < 32; d *= 2) s[a] += __shfl_xor_sync(0xffffffffu, s[a], d);
    if (t % 32 < kSumCols) smem[a][warp][tx] = s[a];
  }
  __syncthreads();
  if (ty == 0 && col < cols) {
    float sum[2] = {0.f, 0.f};
#pragma unroll
    for (int w = 0; w < kWarps; ++w) {
      sum[0] += smem[0][w][tx];
      sum[1] += smem[1][w][tx];
    }
    out0[col] = from_float<U>(sum[0]);
    if (out1 != nullptr) out1[col] = from_float<U>(sum[1]);
  }
}

// Stage 2 right after its stage-1 kernel; overlapping that kernel's tail saves ~1-2 us of the
// launch gap per reduction on the H100 (benchmarks/NOTES.md entry 19).
template <typename U>
void launch_sum_partials(U* out0, U* out1, const float* partial, int64_t cols, int chunks,
                         cudaStream_t stream) {
  const int64_t blocks = (cols + kSumCols - 1) / kSumCols;
  launch_after_previous_may_overlap(ker_sum_partials<U>, dim3(static_cast<unsigned>(blocks)),
                                    dim3(kSumCols, kSumLanes), 0, stream, out0, out1, partial, cols, chunks);
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_COMMON_CUDA_UTILS_CUH_
