// Framework-free CUDA launcher for the multi-tensor Adam update.
#ifndef LIGHTSEQ_TF_OPTIMIZER_ADAM_CUDA_H_
#define LIGHTSEQ_TF_OPTIMIZER_ADAM_CUDA_H_

#include <cstddef>
#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// One variable's update: var, m, v and grad hold n elements.
template <typename T>
struct AdamTensor {
  T* var;
  T* m;
  T* v;
  const T* grad;
  int64_t n;
};

// The update's scalars, each one value (in device memory for the launcher, host memory for
// the CPU kernel); nothing is updated where *apply_update is false.
struct AdamScalars {
  const float* lr;
  const float* beta1_power;
  const float* beta2_power;
  const float* beta1;
  const float* beta2;
  const float* epsilon;
  const bool* apply_update;
};

// Updates all `count` tensors; tensor lists travel as kernel parameters (no host-to-device
// copy), kMaxAdamTensors per launch. Returns 0 or a cudaError_t value.
constexpr int kMaxAdamTensors = 48;
template <typename T>
int launch_multi_tensor_adam(const AdamTensor<T>* tensors, int count, AdamScalars scalars,
                             cudaStream_t stream);

// dst = src (bytes), on the stream.
int launch_device_copy(void* dst, const void* src, size_t bytes, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_OPTIMIZER_ADAM_CUDA_H_
