// CUDA kernel for the multi-tensor Adam update.
#include "tf_ops/optimizer/adam_cuda.h"

#include "tf_ops/common/cuda_utils.cuh"
#include "tf_ops/common/multi_tensor.cuh"

namespace lightseq_tf {
namespace {

constexpr int kThreads = 256;
constexpr int kPerThread = 8;
// Elements of one tensor handled by one block.
constexpr int64_t kChunk = kThreads * kPerThread;

// Up to kMaxAdamTensors tensors, passed by value.
template <typename T>
struct AdamBatch {
  T* var[kMaxAdamTensors];
  T* m[kMaxAdamTensors];
  T* v[kMaxAdamTensors];
  const T* grad[kMaxAdamTensors];
  ChunkTable<kMaxAdamTensors> chunks;
};

// ker_multi_tensor_adam: block b updates chunk (b - first block of its tensor) of that tensor;
// thread t handles elements chunk_start + t + kThreads * k (coalesced), all loads before any
// store (the four arrays may alias as far as the compiler knows, so interleaving would keep one
// element's loads in flight). All blocks return at once when *s.apply_update is false.
template <typename T>
__global__ void __launch_bounds__(kThreads) ker_multi_tensor_adam(const AdamBatch<T> batch, AdamScalars s) {
  wait_for_previous_grid();
  if (!*s.apply_update) return;
  int64_t start;
  const int lo = locate_chunk(batch.chunks, kChunk, &start);
  const int64_t n = batch.chunks.n[lo];
  T* var = batch.var[lo];
  T* m = batch.m[lo];
  T* v = batch.v[lo];
  const T* grad = batch.grad[lo];
  const float alpha = *s.lr * sqrtf(1.f - *s.beta2_power) / (1.f - *s.beta1_power);
  const float one_minus_b1 = 1.f - *s.beta1, one_minus_b2 = 1.f - *s.beta2, eps = *s.epsilon;
  const int64_t first = start + threadIdx.x;
  float g[kPerThread], mi[kPerThread], vi[kPerThread], w[kPerThread];
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = first + static_cast<int64_t>(kThreads) * k;
    const bool in = i < n;
    g[k] = in ? to_float(grad[i]) : 0.f;
    mi[k] = in ? to_float(m[i]) : 0.f;
    vi[k] = in ? to_float(v[i]) : 0.f;
    w[k] = in ? to_float(var[i]) : 0.f;
  }
#pragma unroll
  for (int k = 0; k < kPerThread; ++k) {
    const int64_t i = first + static_cast<int64_t>(kThreads) * k;
    if (i < n) {
      mi[k] += (g[k] - mi[k]) * one_minus_b1;
      vi[k] += (g[k] * g[k] - vi[k]) * one_minus_b2;
      m[i] = from_float<T>(mi[k]);
      v[i] = from_float<T>(vi[k]);
      var[i] = from_float<T>(w[k] - alpha * mi[k] / (sqrtf(vi[k]) + eps));
    }
  }
}

}  // namespace

template <typename T>
int launch_multi_tensor_adam(const AdamTensor<T>* tensors, int count, AdamScalars scalars,
                             cudaStream_t stream) {
  using CT = typename CudaType<T>::type;
  AdamBatch<CT> batch;
  for_each_launch(
      batch.chunks, count, kChunk, [&](int i) { return tensors[i].n; },
      [&](int c, int i) {
        batch.var[c] = cuda_ptr(tensors[i].var);
        batch.m[c] = cuda_ptr(tensors[i].m);
        batch.v[c] = cuda_ptr(tensors[i].v);
        batch.grad[c] = cuda_ptr(tensors[i].grad);
      },
      [&](int64_t blocks) {
        launch_after_previous_may_overlap(ker_multi_tensor_adam<CT>, dim3(static_cast<unsigned>(blocks)), dim3(kThreads),
                                          0, stream, batch, scalars);
      });
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
