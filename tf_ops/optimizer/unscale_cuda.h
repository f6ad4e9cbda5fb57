// Framework-free CUDA launcher for the multi-tensor gradient unscale and finiteness check.
#ifndef LIGHTSEQ_TF_OPTIMIZER_UNSCALE_CUDA_H_
#define LIGHTSEQ_TF_OPTIMIZER_UNSCALE_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// One gradient: out = in * scale, n elements (out may alias in).
template <typename T>
struct UnscaleTensor {
  const T* in;
  T* out;
  int64_t n;
};

// Scales all `count` tensors by *scale (one float in device memory, rounded to T first, as
// TF's `g * tf.cast(scale, g.dtype)` does) and sets *all_finite (device memory) to whether every
// result is finite. Tensor lists travel as kernel parameters, kMaxUnscaleTensors per launch.
// Returns 0 or a cudaError_t value.
constexpr int kMaxUnscaleTensors = 96;
template <typename T>
int launch_multi_tensor_unscale(const UnscaleTensor<T>* tensors, int count, const float* scale,
                                bool* all_finite, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_OPTIMIZER_UNSCALE_CUDA_H_
