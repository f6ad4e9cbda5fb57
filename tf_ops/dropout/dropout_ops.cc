// Op registrations for the fused bias + activation + dropout (+ residual) family.
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

using tensorflow::shape_inference::DimensionHandle;
using tensorflow::shape_inference::InferenceContext;
using tensorflow::shape_inference::ShapeHandle;

// x [..., d] (input 0), bias [d] (input 1), optional residual like x, then scalar seed, offset.
// Output y like x.
absl::Status forward_shape(InferenceContext* c, bool with_residual) {
  DimensionHandle d;
  TF_RETURN_IF_ERROR(shape_last_dim(c, 0, "x", &d));
  TF_RETURN_IF_ERROR(shape_vector_of(c, 1, "bias", d));
  ShapeHandle x = c->input(0);
  if (with_residual) TF_RETURN_IF_ERROR(shape_same(c, 2, "residual", 0, "x", &x));
  const int seed = with_residual ? 3 : 2;
  TF_RETURN_IF_ERROR(shape_scalar(c, seed, "seed"));
  TF_RETURN_IF_ERROR(shape_scalar(c, seed + 1, "offset"));
  c->set_output(0, x);
  return absl::OkStatus();
}

// dy [..., d] (input 0), scalar seed and offset (inputs seed_input, seed_input + 1); outputs dx
// like dy and dbias [d].
absl::Status backward_shape(InferenceContext* c, int seed_input) {
  DimensionHandle d;
  TF_RETURN_IF_ERROR(shape_last_dim(c, 0, "dy", &d));
  TF_RETURN_IF_ERROR(shape_scalar(c, seed_input, "seed"));
  TF_RETURN_IF_ERROR(shape_scalar(c, seed_input + 1, "offset"));
  c->set_output(0, c->input(0));
  c->set_output(1, c->Vector(d));
  return absl::OkStatus();
}

}  // namespace

REGISTER_OP("LightSeq>BiasActDropout")
    .Input("x: T")
    .Input("bias: T")
    .Input("seed: int64")
    .Input("offset: int64")
    .Output("y: T")
    .Attr("activation: {'identity', 'relu', 'gelu', 'gelu_tanh'} = 'identity'")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn([](InferenceContext* c) { return forward_shape(c, false); })
    .Doc(R"doc(
y = dropout(activation(x + bias), rate), bias broadcast over the last axis.
Keep-decisions come from Philox(seed, offset), identical on CPU and GPU; no mask is stored, the
gradient draws them again from the same seed and offset.
)doc");

REGISTER_OP("LightSeq>BiasActDropoutGrad")
    .Input("dy: T")
    .Input("x: T")
    .Input("bias: T")
    .Input("seed: int64")
    .Input("offset: int64")
    .Output("dx: T")
    .Output("dbias: T")
    .Attr("activation: {'identity', 'relu', 'gelu', 'gelu_tanh'} = 'identity'")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn([](InferenceContext* c) { return backward_shape(c, 3); })
    .Doc("Gradients of BiasActDropout with respect to x and bias, given its seed and offset.");

REGISTER_OP("LightSeq>BiasDropoutResidual")
    .Input("x: T")
    .Input("bias: T")
    .Input("residual: T")
    .Input("seed: int64")
    .Input("offset: int64")
    .Output("y: T")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn([](InferenceContext* c) { return forward_shape(c, true); })
    .Doc(R"doc(
y = residual + dropout(x + bias, rate); keep-decisions as in BiasActDropout.
)doc");

REGISTER_OP("LightSeq>BiasDropoutResidualGrad")
    .Input("dy: T")
    .Input("seed: int64")
    .Input("offset: int64")
    .Output("dx: T")
    .Output("dbias: T")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn([](InferenceContext* c) { return backward_shape(c, 1); })
    .Doc("Gradients of BiasDropoutResidual with respect to x and bias (residual's is dy), given its seed and offset.");

}  // namespace lightseq_tf
