// Op registration for the multi-tensor Adam update.
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {

REGISTER_OP("LightSeq>MultiTensorAdam")
    .Input("vars: N * resource")
    .Input("ms: N * resource")
    .Input("vs: N * resource")
    .Input("grads: N * T")
    .Input("lr: float")
    .Input("beta1_power: float")
    .Input("beta2_power: float")
    .Input("beta1: float")
    .Input("beta2: float")
    .Input("epsilon: float")
    .Input("apply_update: bool")
    .Attr("N: int >= 1")
    .Attr("T: {float, half, bfloat16}")
    .SetIsStateful()
    .SetShapeFn([](tensorflow::shape_inference::InferenceContext* c) {
      const int n = c->num_inputs() - 7;
      static const char* kScalars[] = {"lr", "beta1_power", "beta2_power", "beta1", "beta2", "epsilon", "apply_update"};
      for (int i = 0; i < 7; ++i) TF_RETURN_IF_ERROR(shape_scalar(c, n + i, kScalars[i]));
      return absl::OkStatus();
    })
    .Doc(R"doc(
ResourceApplyAdam on N variables in one op (a few kernel launches on the GPU), math in float32:
alpha = lr * sqrt(1 - beta2_power) / (1 - beta1_power); m += (g - m) * (1 - beta1);
v += (g * g - v) * (1 - beta2); var -= alpha * m / (sqrt(v) + epsilon).
vars[i], ms[i] and vs[i] must hold T tensors of the shape of grads[i]. Nothing changes where
apply_update is false: a device scalar on the GPU, so a skipped step (loss scaling's Inf/NaN
gradients) needs no host synchronization.
)doc");

}  // namespace lightseq_tf
