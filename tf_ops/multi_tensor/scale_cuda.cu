// CUDA kernel for the multi-tensor scale/cast with a finiteness check.
#include "tf_ops/multi_tensor/scale_cuda.h"

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/multi_tensor.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
constexpr int kPerThread = 8;
// Elements of one tensor handled by one block.
constexpr int64_t kChunk = kThreads * kPerThread;

// Up to kMaxScaleTensors tensors, passed by value.
template <typename S, typename D>
struct ScaleBatch {
  const S* in[kMaxScaleTensors];
  D* out[kMaxScaleTensors];
  ChunkTable<kMaxScaleTensors> chunks;
};

// ker_multi_tensor_scale: block b scales chunk (b - first block of its tensor) of that tensor;
// thread t handles elements chunk_start + t + kThreads * k (coalesced), all loads before any
// store (out may alias in, so interleaving would keep one load in flight). A block that produced
// a non-finite value clears *all_finite (set beforehand).
template <typename S, typename D>
__global__ void __launch_bounds__(kThreads)
    ker_multi_tensor_scale(const ScaleBatch<S, D> batch, const float* scale, bool* all_finite) {
  wait_for_previous_grid();
  int64_t start;
  const int lo = locate_chunk(batch.chunks, kChunk, &start);
  const int64_t n = batch.chunks.n[lo];
  const S* in = batch.in[lo];
  D* out = batch.out[lo];
  const float s = to_float(from_float<S>(*scale));
  const int64_t first = start + threadIdx.x;
  float x[kPerThread];
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = first + static_cast<int64_t>(kThreads) * k;
    x[k] = i < n ? to_float(in[i]) : 0.f;
  }
  bool finite = true;
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = first + static_cast<int64_t>(kThreads) * k;
    if (i < n) {
      // Rounded to S first (the product in S), then converted, as TF's multiply and cast do.
      const D v = from_float<D>(to_float(from_float<S>(x[k] * s)));
      out[i] = v;
      finite &= static_cast<bool>(isfinite(to_float(v)));
    }
  }
  if (!__syncthreads_and(finite) && threadIdx.x == 0) *all_finite = false;
}

}  // namespace

template <typename S, typename D>
int launch_multi_tensor_scale(const ScaleTensor<S, D>* tensors, int count, const float* scale,
                              bool* all_finite, cudaStream_t stream) {
  using CS = typename CudaType<S>::type;
  using CD = typename CudaType<D>::type;
  const cudaError_t set = cudaMemsetAsync(all_finite, 1, sizeof(bool), stream);
  if (set != cudaSuccess) return static_cast<int>(set);
  ScaleBatch<CS, CD> batch;
  for_each_launch(
      batch.chunks, count, kChunk, [&](int i) { return tensors[i].n; },
      [&](int c, int i) {
        batch.in[c] = cuda_ptr(tensors[i].in);
        batch.out[c] = cuda_ptr(tensors[i].out);
      },
      [&](int64_t blocks) {
        launch_after_previous_may_overlap(ker_multi_tensor_scale<CS, CD>, dim3(static_cast<unsigned>(blocks)),
                                          dim3(kThreads), 0, stream, batch, scale, all_finite);
      });
  return status_of_last_launch();
}

#define INSTANTIATE(S, D) \
  template int launch_multi_tensor_scale<S, D>(const ScaleTensor<S, D>*, int, const float*, bool*, cudaStream_t);
#define INSTANTIATE_TO_ALL(S) INSTANTIATE(S, float) INSTANTIATE(S, fp16) INSTANTIATE(S, bf16)
INSTANTIATE_TO_ALL(float)
INSTANTIATE_TO_ALL(fp16)
INSTANTIATE_TO_ALL(bf16)
#undef INSTANTIATE_TO_ALL
#undef INSTANTIATE

}  // namespace lightseq_tf
