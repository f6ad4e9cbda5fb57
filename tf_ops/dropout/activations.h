// Activations and their derivatives, shared by the CPU and CUDA kernels (float math).
#ifndef LIGHTSEQ_TF_DROPOUT_ACTIVATIONS_H_
#define LIGHTSEQ_TF_DROPOUT_ACTIVATIONS_H_

#include <cmath>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// Values of the ops' `activation` attr, in this order.
enum Activation : int { kIdentity = 0, kRelu = 1, kGelu = 2, kGeluTanh = 3 };

// gelu: x * Phi(x) (tf.nn.gelu, approximate=False); gelu_tanh: the tanh approximation.
LS_HOST_DEVICE float activation_forward(int act, float x) {
  switch (act) {
    case kRelu:
      return x > 0.f ? x : 0.f;
    case kGelu:
      return 0.5f * x * (1.f + erff(x * 0.70710678118654752f));
    case kGeluTanh: {
      const float t = tanhf(0.79788456080286536f * (x + 0.044715f * x * x * x));
      return 0.5f * x * (1.f + t);
    }
    default:
      return x;
  }
}

LS_HOST_DEVICE float activation_grad(int act, float x) {
  switch (act) {
    case kRelu:
      return x > 0.f ? 1.f : 0.f;
    case kGelu:
      return 0.5f * (1.f + erff(x * 0.70710678118654752f)) +
             x * 0.39894228040143268f * expf(-0.5f * x * x);
    case kGeluTanh: {
      const float k = 0.79788456080286536f;
      const float t = tanhf(k * (x + 0.044715f * x * x * x));
      return 0.5f * (1.f + t) + 0.5f * x * (1.f - t * t) * k * (1.f + 3.f * 0.044715f * x * x);
    }
    default:
      return 1.f;
  }
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_DROPOUT_ACTIVATIONS_H_
