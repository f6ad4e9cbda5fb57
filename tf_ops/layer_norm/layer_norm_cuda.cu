// CUDA kernels for LayerNorm forward and backward (launchers declared in layer_norm_cuda.h).
#include "tf_ops/layer_norm/layer_norm_cuda.h"

#include <algorithm>

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

// ker_layer_norm: x, residual, y, sum [rows, cols]; gamma, beta [cols]; mean, rstd [rows].
// One warp per row (grid-stride over rows); lane l owns vectors l, l + 32, ... of N elements.
// ITEMS > 0: the lane's ITEMS vectors stay in registers, so x is read once. ITEMS == 0 (wide
// rows): three passes over the row (sum, centred squares, output); passes 2-3 hit L1/L2.
template <typename T, typename U, int N, int ITEMS>
__global__ void ker_layer_norm(T* y, T* sum, float* mean_out, float* rstd_out, const T* x,
                               const T* residual, const U* gamma, const U* beta, int64_t rows,
                               int64_t cols, float epsilon) {
  wait_for_previous_grid();
  const int lane = threadIdx.x;
  const int64_t nvec = cols / N;
  const float inv_cols = cols > 0 ? 1.f / static_cast<float>(cols) : 0.f;
  for (int64_t row = static_cast<int64_t>(blockIdx.x) * kRowsPerBlock + threadIdx.y; row < rows;
       row += static_cast<int64_t>(gridDim.x) * kRowsPerBlock) {
    const int64_t base = row * cols;
    // Loads vector v of the normalized input s (x, or the stored rounded x + residual).
    auto load_input = [&](int64_t v, float (&a)[N]) {
      load_float<T, N>(x + base + v * N, a);
      if (residual != nullptr) {
        float b[N];
        load_float<T, N>(residual + base + v * N, b);
#pragma unroll
        for (int i = 0; i < N; ++i) a[i] = to_float(from_float<T>(a[i] + b[i]));
        store_float<T, N>(sum + base + v * N, a);
      }
    };
    auto store_output = [&](int64_t v, float (&a)[N], float mean, float rstd) {
      float g[N], b[N];
      load_float<U, N>(gamma + v * N, g);
      load_float<U, N>(beta + v * N, b);
#pragma unroll
      for (int i = 0; i < N; ++i) a[i] = (a[i] - mean) * rstd * g[i] + b[i];
      store_float<T, N>(y + base + v * N, a);
    };
    float mean, rstd;
    if constexpr (ITEMS > 0) {
      float a[ITEMS][N];
      float s = 0.f;
#pragma unroll
      for (int k = 0; k < ITEMS; ++k) {
        const int64_t v = lane + 32 * k;
        if (v < nvec) {
          load_input(v, a[k]);
#pragma unroll
          for (int i = 0; i < N; ++i) s += a[k][i];
        }
      }
      mean = warp_sum(s) * inv_cols;
      float ss = 0.f;
#pragma unroll
      for (int k = 0; k < ITEMS; ++k) {
        if (lane + 32 * k < nvec) {
#pragma unroll
          for (int i = 0; i < N; ++i) ss += (a[k][i] - mean) * (a[k][i] - mean);
        }
      }
      rstd = rsqrtf(warp_sum(ss) * inv_cols + epsilon);
#pragma unroll
      for (int k = 0; k < ITEMS; ++k) {
        const int64_t v = lane + 32 * k;
        if (v < nvec) store_output(v, a[k], mean, rstd);
      }
    } else {
      const T* src = residual != nullptr ? sum + base : x + base;  // lanes re-read only their own writes
      float s = 0.f;
      for (int64_t v = lane; v < nvec; v += 32) {
        float a[N];
        load_input(v, a);
#pragma unroll
        for (int i = 0; i < N; ++i) s += a[i];
      }
      mean = warp_sum(s) * inv_cols;
      float ss = 0.f;
      for (int64_t v = lane; v < nvec; v += 32) {
        float a[N];
        load_float<T, N>(src + v * N, a);
#pragma unroll
        for (int i = 0; i < N; ++i) ss += (a[i] - mean) * (a[i] - mean);
      }
      rstd = rsqrtf(warp_sum(ss) * inv_cols + epsilon);
      for (int64_t v = lane; v < nvec; v += 32) {
        float a[N];
        load_float<T, N>(src + v * N, a);
        store_output(v, a, mean, rstd);
      }
    }
    if (lane == 0) {
      mean_out[row] = mean;
      rstd_out[row] = rstd;
    }
  }
}

// ker_layer_norm_grad_input: dy, x, dsum, dx [rows, cols]; one warp per row as above, with
// dy, x and gamma cached in registers when ITEMS > 0 (else read twice).
// dx = rstd * (dy*g - mean(dy*g) - xhat * mean(dy*g*xhat)) + dsum.
// With ITEMS > 0 it also sums dy * xhat and dy over the block's rows (each lane for its own
// columns, then the block's warps in order through dynamic shared memory of
// 2 * kRowsPerBlock * cols floats) and writes partial[0 or 1][blockIdx.x][col].
template <typename T, typename U, int N, int ITEMS>
__global__ void ker_layer_norm_grad_input(T* __restrict__ dx, float* __restrict__ partial,
                                          const T* __restrict__ dy, const T* __restrict__ dsum,
                                          const T* __restrict__ x, const U* __restrict__ gamma,
                                          const float* __restrict__ mean_in,
                                          const float* __restrict__ rstd_in, int64_t rows,
                                          int64_t cols) {
  constexpr int C = ITEMS > 0 ? ITEMS : 1;  // register cache size (unused when streaming)
  wait_for_previous_grid();
  float acc_g[C][N] = {}, acc_b[C][N] = {}, g_cache[C][N];
  const int lane = threadIdx.x;
  const int64_t nvec = cols / N;
  const float inv_cols = cols > 0 ? 1.f / static_cast<float>(cols) : 0.f;
  if constexpr (ITEMS > 0) {
    for_each_vec<ITEMS>(lane, nvec, [&](int64_t v, int k) { load_float<U, N>(gamma + v * N, g_cache[k]); });
  }
  for (int64_t row = static_cast<int64_t>(blockIdx.x) * kRowsPerBlock + threadIdx.y; row < rows;
       row += static_cast<int64_t>(gridDim.x) * kRowsPerBlock) {
    const int64_t base = row * cols;
    const float mean = mean_in[row], rstd = rstd_in[row];
    float d_cache[C][N], a_cache[C][N];
    // dy * gamma and xhat for vector v (k-th of this lane: from registers when cached).
    auto load = [&](int64_t v, int k, float (&dg)[N], float (&xhat)[N]) {
      float g[N];
      if (ITEMS > 0) {
#pragma unroll
        for (int i = 0; i < N; ++i) {
          dg[i] = d_cache[k][i];
          xhat[i] = a_cache[k][i];
          g[i] = g_cache[k][i];
        }
      } else {
        load_float<T, N>(dy + base + v * N, dg);
        load_float<T, N>(x + base + v * N, xhat);
        load_float<U, N>(gamma + v * N, g);
      }
#pragma unroll
      for (int i = 0; i < N; ++i) {
        dg[i] *= g[i];
        xhat[i] = (xhat[i] - mean) * rstd;
      }
    };
    if (ITEMS > 0) {
      for_each_vec<ITEMS>(lane, nvec, [&](int64_t v, int k) {
        load_float<T, N>(dy + base + v * N, d_cache[k]);
        load_float<T, N>(x + base + v * N, a_cache[k]);
      });
    }
    float s1 = 0.f, s2 = 0.f;
    for_each_vec<ITEMS>(lane, nvec, [&](int64_t v, int k) {
      float dg[N], xhat[N];
      load(v, k, dg, xhat);
#pragma unroll
      for (int i = 0; i < N; ++i) {
        s1 += dg[i];
        s2 += dg[i] * xhat[i];
      }
    });
    s1 = warp_sum(s1) * inv_cols;
    s2 = warp_sum(s2) * inv_cols;
    for_each_vec<ITEMS>(lane, nvec, [&](int64_t v, int k) {
      float dg[N], xhat[N], r[N];
      load(v, k, dg, xhat);
      if (dsum != nullptr) {
        load_float<T, N>(dsum + base + v * N, r);
      } else {
#pragma unroll
        for (int i = 0; i < N; ++i) r[i] = 0.f;
      }
#pragma unroll
      for (int i = 0; i < N; ++i) r[i] += rstd * (dg[i] - s1 - xhat[i] * s2);
      store_float<T, N>(dx + base + v * N, r);
      if constexpr (ITEMS > 0) {
#pragma unroll
        for (int i = 0; i < N; ++i) {
          acc_g[k][i] += d_cache[k][i] * xhat[i];
          acc_b[k][i] += d_cache[k][i];
        }
      }
    });
  }
  if constexpr (ITEMS > 0) {
    extern __shared__ float smem[];  // [kRowsPerBlock][2][cols]
    const int64_t nvec = cols / N;
    float* mine = smem + static_cast<int64_t>(threadIdx.y) * 2 * cols;
#pragma unroll
    for (int k = 0; k < ITEMS; ++k) {
      const int64_t v = threadIdx.x + 32 * k;
      if (v < nvec) {
#pragma unroll
        for (int i = 0; i < N; ++i) {
          mine[v * N + i] = acc_g[k][i];
          mine[cols + v * N + i] = acc_b[k][i];
        }
      }
    }
    __syncthreads();
    for (int64_t c = threadIdx.y * 32 + threadIdx.x; c < cols; c += 32 * kRowsPerBlock) {
      float g = 0.f, b = 0.f;
      for (int w = 0; w < kRowsPerBlock; ++w) {
        g += smem[(2 * w) * cols + c];
        b += smem[(2 * w + 1) * cols + c];
      }
      partial[static_cast<int64_t>(blockIdx.x) * cols + c] = g;
      partial[(static_cast<int64_t>(gridDim.x) + blockIdx.x) * cols + c] = b;
    }
  }
}

// ker_layer_norm_grad_rows: the fused backward for rows with a dsum (a pre-norm residual
// stream) and cols == 128 * P. A block holds kGradGroups groups of 128 threads; a group spans a
// row, thread t owning columns [t * P, t * P + P), and takes kGradRows rows per step, whose sums
// of dy*g and dy*g*xhat go through shared memory once per step (double-buffered, one named
// barrier per group and step). Each thread sums dy * xhat and dy for its own columns; the groups
// add theirs at the end and the block writes partial[0 or 1][blockIdx.x][col]. Against one warp
// per row it has more rows' loads in flight per thread and no block-wide column reduction;
// several groups per block cut the partials stage 2 adds (benchmarks/NOTES.md entries 18-19).
constexpr int kGradRowThreads = 128;
constexpr int kGradRows = 2;
constexpr int kGradGroups = 4;

template <typename T, typename U, int P>
__global__ void __launch_bounds__(kGradRowThreads * kGradGroups)
    ker_layer_norm_grad_rows(T* __restrict__ dx, float* __restrict__ partial, const T* __restrict__ dy,
                             const T* __restrict__ dsum, const T* __restrict__ x,
                             const U* __restrict__ gamma, const float* __restrict__ mean_in,
                             const float* __restrict__ rstd_in, int64_t rows, int64_t cols) {
  constexpr int kWarps = kGradRowThreads / 32;
  __shared__ float sums[kGradGroups][2][kWarps][2 * kGradRows];
  __shared__ float parked[kGradGroups - 1][2][kGradRowThreads * P];  // groups 1.. hand over sums
  wait_for_previous_grid();
  const int group = threadIdx.x / kGradRowThreads, t = threadIdx.x % kGradRowThreads;
  const int lane = t % 32, warp = t / 32;
  const int64_t col0 = static_cast<int64_t>(t) * P;
  const float inv_cols = 1.f / static_cast<float>(cols);
  float g[P], acc_g[P] = {}, acc_b[P] = {};
  load_float<U, P>(gamma + col0, g);
  int buf = 0;
  for (int64_t r0 = (static_cast<int64_t>(blockIdx.x) * kGradGroups + group) * kGradRows; r0 < rows;
       r0 += static_cast<int64_t>(gridDim.x) * kGradGroups * kGradRows) {
    Vec<T, P> d[kGradRows], a[kGradRows], s[kGradRows];  // raw rows: half the registers of floats
    float mean[kGradRows], rstd[kGradRows], part[2 * kGradRows];
#pragma unroll
    for (int r = 0; r < kGradRows; ++r) {
      part[2 * r] = part[2 * r + 1] = 0.f;
      if (r0 + r < rows) {
        const int64_t at = (r0 + r) * cols + col0;
        d[r] = *reinterpret_cast<const Vec<T, P>*>(dy + at);
        a[r] = *reinterpret_cast<const Vec<T, P>*>(x + at);
        s[r] = *reinterpret_cast<const Vec<T, P>*>(dsum + at);
        mean[r] = mean_in[r0 + r];
        rstd[r] = rstd_in[r0 + r];
      }
    }
    // xhat of row r, column i (recomputed where used rather than held in registers).
    auto xhat = [&](int r, int i) { return (to_float(a[r].v[i]) - mean[r]) * rstd[r]; };
#pragma unroll
    for (int r = 0; r < kGradRows; ++r) {
      if (r0 + r < rows) {
#pragma unroll
        for (int i = 0; i < P; ++i) {
          const float dy_i = to_float(d[r].v[i]), xhat_i = xhat(r, i);
          part[2 * r] += dy_i * g[i];
          part[2 * r + 1] += dy_i * g[i] * xhat_i;
          acc_g[i] += dy_i * xhat_i;
          acc_b[i] += dy_i;
        }
      }
    }
#pragma unroll
    for (int j = 0; j < 2 * kGradRows; ++j) part[j] = warp_sum(part[j]);
    if (lane == 0) {
#pragma unroll
      for (int j = 0; j < 2 * kGradRows; ++j) sums[group][buf][warp][j] = part[j];
    }
    // Barrier of this group's 128 threads only (id 0 is __syncthreads's).
    asm volatile("bar.sync %0, %1;" ::"r"(group + 1), "r"(kGradRowThreads) : "memory");
#pragma unroll
    for (int j = 0; j < 2 * kGradRows; ++j) {
      float total = 0.f;
#pragma unroll
      for (int w = 0; w < kWarps; ++w) total += sums[group][buf][w][j];
      part[j] = total * inv_cols;
    }
    buf ^= 1;
#pragma unroll
    for (int r = 0; r < kGradRows; ++r) {
      if (r0 + r < rows) {
        float out[P];
#pragma unroll
        for (int i = 0; i < P; ++i) {
          out[i] = to_float(s[r].v[i]) +
                   rstd[r] * (to_float(d[r].v[i]) * g[i] - part[2 * r] - xhat(r, i) * part[2 * r + 1]);
        }
        store_float<T, P>(dx + (r0 + r) * cols + col0, out);
      }
    }
  }
  if (group > 0) {
#pragma unroll
    for (int i = 0; i < P; ++i) {
      parked[group - 1][0][col0 + i] = acc_g[i];
      parked[group - 1][1][col0 + i] = acc_b[i];
    }
  }
  __syncthreads();
  if (group > 0) return;
#pragma unroll
  for (int q = 0; q < kGradGroups - 1; ++q) {
#pragma unroll
    for (int i = 0; i < P; ++i) {
      acc_g[i] += parked[q][0][col0 + i];
      acc_b[i] += parked[q][1][col0 + i];
    }
  }
  store_float<float, P>(partial + static_cast<int64_t>(blockIdx.x) * cols + col0, acc_g);
  store_float<float, P>(partial + (static_cast<int64_t>(gridDim.x) + blockIdx.x) * cols + col0, acc_b);
}

// ker_layer_norm_grad_params: partial[0][chunk][col] = sum dy * xhat, partial[1] = sum dy over
// the chunk's rows. Grid (column_blocks, chunks), block (32, kColRows); thread owns N columns.
template <typename T, int N>
__global__ void ker_layer_norm_grad_params(float* partial, const T* dy, const T* x,
                                           const float* mean_in, const float* rstd_in,
                                           int64_t rows, int64_t cols, int chunks) {
  wait_for_previous_grid();
  float acc[2][N] = {};
  const int64_t col0 = (static_cast<int64_t>(blockIdx.x) * 32 + threadIdx.x) * N;
  if (col0 < cols) {
    for (int64_t row = static_cast<int64_t>(blockIdx.y) * kColRows + threadIdx.y; row < rows;
         row += static_cast<int64_t>(chunks) * kColRows) {
      float d[N], a[N];
      load_float<T, N>(dy + row * cols + col0, d);
      load_float<T, N>(x + row * cols + col0, a);
      const float mean = mean_in[row], rstd = rstd_in[row];
#pragma unroll
      for (int i = 0; i < N; ++i) {
        acc[0][i] += d[i] * (a[i] - mean) * rstd;
        acc[1][i] += d[i];
      }
    }
  }
  block_column_partials<2, N>(acc, partial, cols, chunks);
}

template <typename T, typename U, int N>
void layer_norm_forward(T* y, T* sum, float* mean, float* rstd, const T* x, const T* residual,
                        const U* gamma, const U* beta, int64_t rows, int64_t cols, float epsilon,
                        cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  using CU = typename CudaType<U>::type;
  dispatch_items<N, 64>(cols / N, [&](auto items) {
    launch_after_previous_may_overlap(ker_layer_norm<CT, CU, N, decltype(items)::value>, dim3(row_blocks(rows)),
                                      dim3(32, kRowsPerBlock), 0, stream, cuda_ptr(y), cuda_ptr(sum), mean, rstd,
                                      cuda_ptr(x), cuda_ptr(residual), cuda_ptr(gamma), cuda_ptr(beta), rows, cols,
                                      epsilon);
  });
}

template <typename T, typename U, int N>
void layer_norm_backward(T* dx, U* dgamma, U* dbeta, float* workspace, const T* dy,
                         const T* dsum, const T* x, const U* gamma, const float* mean,
                         const float* rstd, int64_t rows, int64_t cols, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  using CU = typename CudaType<U>::type;
  bool fused = false;  // dgamma/dbeta partials came out of the dx kernel
  int chunks = 1;
  // Block-per-rows kernel: rows with a dsum, 16-bit activations (vectorized), d = 512 or 1024.
  if constexpr (sizeof(T) == 2 && N > 1) {
    if (rows > 0 && dsum != nullptr && (cols == kGradRowThreads * 4 || cols == kGradRowThreads * 8)) {
      const auto kernel = cols == kGradRowThreads * 4 ? ker_layer_norm_grad_rows<CT, CU, 4>
                                                      : ker_layer_norm_grad_rows<CT, CU, 8>;
      fused = true;
      chunks = static_cast<int>(std::min<int64_t>(
          layer_norm_grad_row_blocks(rows),
          resident_blocks(reinterpret_cast<const void*>(kernel), kGradRowThreads * kGradGroups, 0)));
      launch_after_previous_may_overlap(kernel, dim3(chunks), dim3(kGradRowThreads * kGradGroups), 0, stream,
                                        cuda_ptr(dx), workspace, cuda_ptr(dy), cuda_ptr(dsum), cuda_ptr(x),
                                        cuda_ptr(gamma), mean, rstd, rows, cols);
    }
  }
  if (rows > 0 && !fused) {
    dispatch_items<N, 32>(cols / N, [&](auto items) {
      constexpr int kItems = decltype(items)::value;
      // Rows held in registers: dgamma/dbeta partials come out of the same pass (one per block).
      fused = kItems > 0;
      const auto kernel = ker_layer_norm_grad_input<CT, CU, N, kItems>;
      const size_t smem = fused ? 2 * kRowsPerBlock * cols * sizeof(float) : 0;
      // Fused: at most the blocks that fit at once, each walking its rows (a second wave of
      // blocks at d = 1024, 2 per SM, cost 9%: benchmarks/NOTES.md entry 18).
      chunks = fused ? static_cast<int>(std::min<int64_t>(
                           layer_norm_grad_blocks(rows),
                           resident_blocks(reinterpret_cast<const void*>(kernel), 32 * kRowsPerBlock, smem)))
                     : row_blocks(rows);
      launch_after_previous_may_overlap(kernel, dim3(chunks), dim3(32, kRowsPerBlock), smem, stream, cuda_ptr(dx),
                                        workspace, cuda_ptr(dy), cuda_ptr(dsum), cuda_ptr(x), cuda_ptr(gamma), mean,
                                        rstd, rows, cols);
    });
  }
  if (!fused) {
    chunks = column_chunks(rows, cols);
    launch_after_previous_may_overlap(ker_layer_norm_grad_params<CT, N>, dim3(column_blocks(cols, N), chunks),
                                      dim3(32, kColRows), 0, stream, workspace, cuda_ptr(dy), cuda_ptr(x), mean, rstd,
                                      rows, cols, chunks);
  }
  launch_sum_partials(cuda_ptr(dgamma), cuda_ptr(dbeta), workspace, cols, chunks, stream);
}

}  // namespace

template <typename T, typename U>
int launch_layer_norm(T* y, T* sum, float* mean, float* rstd, const T* x, const T* residual,
                      const U* gamma, const U* beta, int64_t rows, int64_t cols, float epsilon,
                      cudaStream_t stream) {
  if (rows == 0) return 0;
  constexpr int N = vec_width<T>();
  const bool vec = cols % N == 0 && aligned16(y) && aligned16(x) && aligned16(gamma) &&
                   aligned16(beta) && (residual == nullptr || (aligned16(residual) && aligned16(sum)));
  if (vec) {
    layer_norm_forward<T, U, N>(y, sum, mean, rstd, x, residual, gamma, beta, rows, cols, epsilon, stream);
  } else {
    layer_norm_forward<T, U, 1>(y, sum, mean, rstd, x, residual, gamma, beta, rows, cols, epsilon, stream);
  }
  return status_of_last_launch();
}

template <typename T, typename U>
int launch_layer_norm_grad(T* dx, U* dgamma, U* dbeta, float* workspace, const T* dy,
                           const T* dsum, const T* x, const U* gamma, const float* mean,
                           const float* rstd, int64_t rows, int64_t cols, cudaStream_t stream) {
  if (cols == 0) return 0;
  constexpr int N = vec_width<T>();
  const bool vec = cols % N == 0 && aligned16(dx) && aligned16(dy) && aligned16(x) &&
                   aligned16(gamma) && (dsum == nullptr || aligned16(dsum));
  if (vec) {
    layer_norm_backward<T, U, N>(dx, dgamma, dbeta, workspace, dy, dsum, x, gamma, mean, rstd, rows, cols, stream);
  } else {
    layer_norm_backward<T, U, 1>(dx, dgamma, dbeta, workspace, dy, dsum, x, gamma, mean, rstd, rows, cols, stream);
  }
  return status_of_last_launch();
}

#define INSTANTIATE(T, U)                                                                        \
  template int launch_layer_norm<T, U>(T*, T*, float*, float*, const T*, const T*, const U*,     \
                                       const U*, int64_t, int64_t, float, cudaStream_t);          \
  template int launch_layer_norm_grad<T, U>(T*, U*, U*, float*, const T*, const T*, const T*,    \
                                            const U*, const float*, const float*, int64_t,        \
                                            int64_t, cudaStream_t);
INSTANTIATE(float, float)
INSTANTIATE(fp16, float)
INSTANTIATE(fp16, fp16)
INSTANTIATE(bf16, float)
INSTANTIATE(bf16, bf16)
#undef INSTANTIATE

}  // namespace lightseq_tf
