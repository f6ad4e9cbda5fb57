// CUDA kernel for the multi-tensor scale/cast with a finiteness check.
#include "tf_ops/multi_tensor/scale_cuda.h"

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
constexpr int kPerThread = 8;
// Elements of one tensor handled by one block.
constexpr int64_t kChunk = kThreads * kPerThread;

// Up to kMaxScaleTensors tensors, passed by value; block_end[i] is the cumulative block count
// through tensor i.
template <typename S, typename D>
struct ScaleBatch {
  const S* in[kMaxScaleTensors];
  D* out[kMaxScaleTensors];
  int64_t n[kMaxScaleTensors];
  int64_t block_end[kMaxScaleTensors];
  int count;
};

// ker_multi_tensor_scale: block b scales chunk (b - first block of its tensor) of that tensor;
// thread t handles elements chunk_start + t + kThreads * k (coalesced). A block that produced a
// non-finite value clears *all_finite (set beforehand).
template <typename S, typename D>
__global__ void __launch_bounds__(kThreads)
    ker_multi_tensor_scale(const ScaleBatch<S, D> batch, const float* scale, bool* all_finite) {
  int lo = 0, hi = batch.count - 1;
  while (lo < hi) {  // first tensor whose block_end exceeds blockIdx.x
    const int mid = (lo + hi) / 2;
    if (batch.block_end[mid] > blockIdx.x) hi = mid; else lo = mid + 1;
  }
  const int64_t first_block = lo == 0 ? 0 : batch.block_end[lo - 1];
  const int64_t start = (blockIdx.x - first_block) * kChunk;
  const int64_t n = batch.n[lo];
  const S* in = batch.in[lo];
  D* out = batch.out[lo];
  const float s = to_float(from_float<S>(*scale));
  bool finite = true;
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = start + threadIdx.x + static_cast<int64_t>(kThreads) * k;
    if (i >= n) break;
    // Rounded to S first (the product in S), then converted, as TF's multiply and cast do.
    const D v = from_float<D>(to_float(from_float<S>(to_float(in[i]) * s)));
    out[i] = v;
    finite = finite && isfinite(to_float(v));
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
  batch.count = 0;
  int64_t blocks = 0;
  auto flush = [&]() {
    if (batch.count > 0) {
      ker_multi_tensor_scale<CS, CD><<<static_cast<unsigned>(blocks), kThreads, 0, stream>>>(batch, scale, all_finite);
    }
    batch.count = 0;
    blocks = 0;
  };
  for (int i = 0; i < count; ++i) {
    const ScaleTensor<S, D>& t = tensors[i];
    if (t.n == 0) continue;
    const int c = batch.count++;
    batch.in[c] = cuda_ptr(t.in);
    batch.out[c] = cuda_ptr(t.out);
    batch.n[c] = t.n;
    blocks += (t.n + kChunk - 1) / kChunk;
    batch.block_end[c] = blocks;
    // A batch also closes before its grid would pass 2^31 - 1 blocks.
    if (batch.count == kMaxScaleTensors || blocks > (int64_t{1} << 30)) flush();
  }
  flush();
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
