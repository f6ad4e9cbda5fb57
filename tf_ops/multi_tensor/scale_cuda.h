// Framework-free CUDA launcher for the multi-tensor scale/cast (loss-scale unscale with its
// finiteness check, and casts of many weights at once).
#ifndef LIGHTSEQ_TF_MULTI_TENSOR_SCALE_CUDA_H_
#define LIGHTSEQ_TF_MULTI_TENSOR_SCALE_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// One tensor: out = D(S(in) * scale), n elements (out may alias in when S == D).
template <typename S, typename D>
struct ScaleTensor {
  const S* in;
  D* out;
  int64_t n;
};

// Scales all `count` tensors by *scale (one float in device memory, rounded to S first, as
// TF's `x * tf.cast(scale, x.dtype)` does), writes them as D, and sets *all_finite (device
// memory) to whether every result is finite. Tensor lists travel as kernel parameters,
// kMaxScaleTensors per launch. Returns 0 or a cudaError_t value.
constexpr int kMaxScaleTensors = 96;
template <typename S, typename D>
int launch_multi_tensor_scale(const ScaleTensor<S, D>* tensors, int count, const float* scale,
                              bool* all_finite, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_MULTI_TENSOR_SCALE_CUDA_H_
