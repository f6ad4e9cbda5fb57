// CUDA kernel for the multi-tensor gradient unscale and finiteness check.
#include "tf_ops/optimizer/unscale_cuda.h"

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
constexpr int kPerThread = 8;
// Elements of one tensor handled by one block.
constexpr int64_t kChunk = kThreads * kPerThread;

// Up to kMaxUnscaleTensors tensors, passed by value; block_end[i] is the cumulative block count
// through tensor i.
template <typename T>
struct UnscaleBatch {
  const T* in[kMaxUnscaleTensors];
  T* out[kMaxUnscaleTensors];
  int64_t n[kMaxUnscaleTensors];
  int64_t block_end[kMaxUnscaleTensors];
  int count;
};

// ker_multi_tensor_unscale: block b scales chunk (b - first block of its tensor) of that tensor;
// thread t handles elements chunk_start + t + kThreads * k (coalesced). A block that produced a
// non-finite value clears *all_finite (set beforehand).
template <typename T>
__global__ void __launch_bounds__(kThreads)
    ker_multi_tensor_unscale(const UnscaleBatch<T> batch, const float* scale, bool* all_finite) {
  int lo = 0, hi = batch.count - 1;
  while (lo < hi) {  // first tensor whose block_end exceeds blockIdx.x
    const int mid = (lo + hi) / 2;
    if (batch.block_end[mid] > blockIdx.x) hi = mid; else lo = mid + 1;
  }
  const int64_t first_block = lo == 0 ? 0 : batch.block_end[lo - 1];
  const int64_t start = (blockIdx.x - first_block) * kChunk;
  const int64_t n = batch.n[lo];
  const T* in = batch.in[lo];
  T* out = batch.out[lo];
  const float s = to_float(from_float<T>(*scale));
  bool finite = true;
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = start + threadIdx.x + static_cast<int64_t>(kThreads) * k;
    if (i >= n) break;
    const T v = from_float<T>(to_float(in[i]) * s);
    out[i] = v;
    finite = finite && isfinite(to_float(v));
  }
  if (!__syncthreads_and(finite) && threadIdx.x == 0) *all_finite = false;
}

}  // namespace

template <typename T>
int launch_multi_tensor_unscale(const UnscaleTensor<T>* tensors, int count, const float* scale,
                                bool* all_finite, cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  const cudaError_t set = cudaMemsetAsync(all_finite, 1, sizeof(bool), stream);
  if (set != cudaSuccess) return static_cast<int>(set);
  UnscaleBatch<CT> batch;
  batch.count = 0;
  int64_t blocks = 0;
  auto flush = [&]() {
    if (batch.count > 0) {
      ker_multi_tensor_unscale<CT><<<static_cast<unsigned>(blocks), kThreads, 0, stream>>>(batch, scale, all_finite);
    }
    batch.count = 0;
    blocks = 0;
  };
  for (int i = 0; i < count; ++i) {
    const UnscaleTensor<T>& t = tensors[i];
    if (t.n == 0) continue;
    const int c = batch.count++;
    batch.in[c] = cuda_ptr(t.in);
    batch.out[c] = cuda_ptr(t.out);
    batch.n[c] = t.n;
    blocks += (t.n + kChunk - 1) / kChunk;
    batch.block_end[c] = blocks;
    // A batch also closes before its grid would pass 2^31 - 1 blocks.
    if (batch.count == kMaxUnscaleTensors || blocks > (int64_t{1} << 30)) flush();
  }
  flush();
  return status_of_last_launch();
}

template int launch_multi_tensor_unscale<float>(const UnscaleTensor<float>*, int, const float*, bool*, cudaStream_t);
template int launch_multi_tensor_unscale<fp16>(const UnscaleTensor<fp16>*, int, const float*, bool*, cudaStream_t);
template int launch_multi_tensor_unscale<bf16>(const UnscaleTensor<bf16>*, int, const float*, bool*, cudaStream_t);

}  // namespace lightseq_tf
