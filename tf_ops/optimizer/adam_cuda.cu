// CUDA kernel for the multi-tensor Adam update.
#include "tf_ops/optimizer/adam_cuda.h"

#include "tf_ops/common/cuda_utils.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
constexpr int kPerThread = 8;
// Elements of one tensor handled by one block.
constexpr int64_t kChunk = kThreads * kPerThread;

// Up to kMaxAdamTensors tensors, passed by value; block_end[i] is the cumulative block count
// through tensor i.
template <typename T>
struct AdamBatch {
  T* var[kMaxAdamTensors];
  T* m[kMaxAdamTensors];
  T* v[kMaxAdamTensors];
  const T* grad[kMaxAdamTensors];
  int64_t n[kMaxAdamTensors];
  int64_t block_end[kMaxAdamTensors];
  int count;
};

// ker_multi_tensor_adam: block b updates chunk (b - first block of its tensor) of that tensor;
// thread t handles elements chunk_start + t + kThreads * k (coalesced).
template <typename T>
__global__ void __launch_bounds__(kThreads) ker_multi_tensor_adam(const AdamBatch<T> batch, AdamScalars s) {
  int lo = 0, hi = batch.count - 1;
  while (lo < hi) {  // first tensor whose block_end exceeds blockIdx.x
    const int mid = (lo + hi) / 2;
    if (batch.block_end[mid] > blockIdx.x) hi = mid; else lo = mid + 1;
  }
  const int64_t first_block = lo == 0 ? 0 : batch.block_end[lo - 1];
  const int64_t start = (blockIdx.x - first_block) * kChunk;
  const int64_t n = batch.n[lo];
  T* var = batch.var[lo];
  T* m = batch.m[lo];
  T* v = batch.v[lo];
  const T* grad = batch.grad[lo];
  const float alpha = *s.lr * sqrtf(1.f - *s.beta2_power) / (1.f - *s.beta1_power);
  const float one_minus_b1 = 1.f - *s.beta1, one_minus_b2 = 1.f - *s.beta2, eps = *s.epsilon;
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = start + threadIdx.x + static_cast<int64_t>(kThreads) * k;
    if (i >= n) break;
    const float g = to_float(grad[i]);
    float mi = to_float(m[i]), vi = to_float(v[i]);
    mi += (g - mi) * one_minus_b1;
    vi += (g * g - vi) * one_minus_b2;
    m[i] = from_float<T>(mi);
    v[i] = from_float<T>(vi);
    var[i] = from_float<T>(to_float(var[i]) - alpha * mi / (sqrtf(vi) + eps));
  }
}

}  // namespace

template <typename T>
int launch_multi_tensor_adam(const AdamTensor<T>* tensors, int count, AdamScalars scalars,
                             cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  AdamBatch<CT> batch;
  batch.count = 0;
  int64_t blocks = 0;
  auto flush = [&]() {
    if (batch.count > 0) ker_multi_tensor_adam<CT><<<static_cast<unsigned>(blocks), kThreads, 0, stream>>>(batch, scalars);
    batch.count = 0;
    blocks = 0;
  };
  for (int i = 0; i < count; ++i) {
    const AdamTensor<T>& t = tensors[i];
    if (t.n == 0) continue;
    const int c = batch.count++;
    batch.var[c] = cuda_ptr(t.var);
    batch.m[c] = cuda_ptr(t.m);
    batch.v[c] = cuda_ptr(t.v);
    batch.grad[c] = cuda_ptr(t.grad);
    batch.n[c] = t.n;
    blocks += (t.n + kChunk - 1) / kChunk;
    batch.block_end[c] = blocks;
    // A batch also closes before its grid would pass 2^31 - 1 blocks.
    if (batch.count == kMaxAdamTensors || blocks > (int64_t{1} << 30)) flush();
  }
  flush();
  return status_of_last_launch();
}

int launch_device_copy(void* dst, const void* src, size_t bytes, cudaStream_t stream) {
  if (bytes == 0) return 0;
  return static_cast<int>(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToDevice, stream));
}

template int launch_multi_tensor_adam<float>(const AdamTensor<float>*, int, AdamScalars, cudaStream_t);
template int launch_multi_tensor_adam<fp16>(const AdamTensor<fp16>*, int, AdamScalars, cudaStream_t);
template int launch_multi_tensor_adam<bf16>(const AdamTensor<bf16>*, int, AdamScalars, cudaStream_t);

}  // namespace lightseq_tf
