// Op registrations for the sliced bias add (bias added to the leading columns of a
// column-padded input, the padding dropped) and its gradient.
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

using tensorflow::shape_inference::DimensionHandle;
using tensorflow::shape_inference::InferenceContext;
using tensorflow::shape_inference::ShapeHandle;

// x [..., x_cols], bias [cols] -> y [..., cols]; cols <= x_cols when both are known.
absl::Status forward_shape(InferenceContext* c) {
  DimensionHandle x_cols;
  TF_RETURN_IF_ERROR(shape_last_dim(c, 0, "x", &x_cols));
  ShapeHandle bias, y;
  TF_RETURN_IF_ERROR(name_error(c->WithRank(c->input(1), 1, &bias), "bias", "be a vector"));
  const DimensionHandle cols = c->Dim(bias, 0);
  if (c->ValueKnown(x_cols) && c->ValueKnown(cols) && c->Value(cols) > c->Value(x_cols)) {
    return absl::InvalidArgumentError(absl::StrCat("bias must have at most the last dimension of x (",
                                                   c->Value(x_cols), ") elements, got ", c->Value(cols)));
  }
  TF_RETURN_IF_ERROR(c->ReplaceDim(c->input(0), -1, cols, &y));
  c->set_output(0, y);
  return absl::OkStatus();
}

// dy [..., cols] -> dx [..., x_cols], dbias [cols].
absl::Status backward_shape(InferenceContext* c) {
  DimensionHandle cols;
  TF_RETURN_IF_ERROR(shape_last_dim(c, 0, "dy", &cols));
  int64_t x_cols;
  TF_RETURN_IF_ERROR(c->GetAttr("x_cols", &x_cols));
  if (c->ValueKnown(cols) && c->Value(cols) > x_cols) {
    return absl::InvalidArgumentError(absl::StrCat("dy must have a last dimension of at most x_cols (",
                                                   x_cols, "), got ", c->Value(cols)));
  }
  ShapeHandle dx;
  TF_RETURN_IF_ERROR(c->ReplaceDim(c->input(0), -1, c->MakeDim(x_cols), &dx));
  c->set_output(0, dx);
  c->set_output(1, c->Vector(cols));
  return absl::OkStatus();
}

}  // namespace

REGISTER_OP("LightSeq>SliceBiasAdd")
    .Input("x: T")
    .Input("bias: T")
    .Output("y: T")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(forward_shape)
    .Doc(R"doc(
y = x[..., :cols] + bias for bias [cols] and x [..., x_cols], cols <= x_cols: adds a bias to the
leading columns of a column-padded x (e.g. logits of a vocabulary padded to a multiple of 8 for
the matmul) and drops the padding columns, in one pass.
)doc");

REGISTER_OP("LightSeq>SliceBiasAddGrad")
    .Input("dy: T")
    .Output("dx: T")
    .Output("dbias: T")
    .Attr("x_cols: int >= 0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(backward_shape)
    .Doc("Gradients of SliceBiasAdd: dx is dy followed by x_cols - cols zero columns; dbias sums dy.");

}  // namespace lightseq_tf
