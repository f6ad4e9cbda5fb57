// Op registration for the multi-tensor scale/cast (loss scaling, weight casts).
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {

REGISTER_OP("LightSeq>MultiTensorScale")
    .Input("x: N * SrcT")
    .Input("scale: float")
    .Output("y: N * DstT")
    .Output("all_finite: bool")
    .Attr("N: int >= 1")
    .Attr("SrcT: {float, half, bfloat16}")
    .Attr("DstT: {float, half, bfloat16}")
    .SetShapeFn([](tensorflow::shape_inference::InferenceContext* c) {
      const int n = c->num_inputs() - 1;
      TF_RETURN_IF_ERROR(shape_scalar(c, n, "scale"));
      for (int i = 0; i < n; ++i) c->set_output(i, c->input(i));
      c->set_output(n, c->Scalar());
      return absl::OkStatus();
    })
    .Doc(R"doc(
y[i] = DstT(x[i] * SrcT(scale)) for N tensors in one op (one kernel launch per 96 tensors on the
GPU), and all_finite = whether every element of every y[i] is finite. With SrcT == DstT: the
gradient unscale and finiteness check of dynamic loss scaling; with scale 1: N casts.
)doc");

}  // namespace lightseq_tf
