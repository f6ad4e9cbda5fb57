// Op registration for the multi-tensor gradient unscale (loss scaling).
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {

REGISTER_OP("LightSeq>MultiTensorUnscale")
    .Input("grads: N * T")
    .Input("scale: float")
    .Output("unscaled: N * T")
    .Output("all_finite: bool")
    .Attr("N: int >= 1")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn([](tensorflow::shape_inference::InferenceContext* c) {
      const int n = c->num_inputs() - 1;
      TF_RETURN_IF_ERROR(shape_scalar(c, n, "scale"));
      for (int i = 0; i < n; ++i) c->set_output(i, c->input(i));
      c->set_output(n, c->Scalar());
      return absl::OkStatus();
    })
    .Doc(R"doc(
unscaled[i] = grads[i] * T(scale) for N tensors in one op (one kernel launch per 96 tensors on the
GPU), and all_finite = whether every element of every unscaled[i] is finite: the gradient unscale
and the finiteness check of dynamic loss scaling.
)doc");

}  // namespace lightseq_tf
