// Op registrations for the fused token embedding (+ sinusoid positions + dropout).
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

using tensorflow::shape_inference::DimensionHandle;
using tensorflow::shape_inference::InferenceContext;
using tensorflow::shape_inference::ShapeHandle;

// ids [...] (input 0), table [V, D] (input 1), seed, offset: y [..., D], mask like y or [0].
absl::Status forward_shape(InferenceContext* c) {
  ShapeHandle ids, table, y;
  TF_RETURN_IF_ERROR(name_error(c->WithRankAtLeast(c->input(0), 1, &ids), "ids", "have rank >= 1"));
  TF_RETURN_IF_ERROR(name_error(c->WithRank(c->input(1), 2, &table), "table", "have rank 2"));
  TF_RETURN_IF_ERROR(shape_scalar(c, 2, "seed"));
  TF_RETURN_IF_ERROR(shape_scalar(c, 3, "offset"));
  TF_RETURN_IF_ERROR(c->Concatenate(ids, c->Vector(c->Dim(table, 1)), &y));
  float rate;
  TF_RETURN_IF_ERROR(c->GetAttr("rate", &rate));
  c->set_output(0, y);
  c->set_output(1, rate > 0.f ? y : c->Vector(0));
  return absl::OkStatus();
}

}  // namespace

REGISTER_OP("LightSeq>Embedding")
    .Input("ids: Tids")
    .Input("table: Ttable")
    .Input("seed: int64")
    .Input("offset: int64")
    .Output("y: T")
    .Output("mask: uint8")
    .Attr("scale: float = 1.0")
    .Attr("sinusoids: bool = false")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .Attr("Ttable: {float, half, bfloat16}")
    .Attr("Tids: {int32, int64} = DT_INT32")
    .SetShapeFn(forward_shape)
    .Doc(R"doc(
y = dropout(table[ids] * scale + signal, rate) in float, stored as T. With sinusoids, signal is
NeurST's (Tensor2Tensor's) timing signal of the position along the last axis of ids: sin in the
first D/2 columns, cos in the next D/2 (a zero last column when D is odd); else 0. ids must lie in
[0, V). table is float32 or T. Keep-decisions as in BiasActDropout.
)doc");

REGISTER_OP("LightSeq>EmbeddingGrad")
    .Input("dy: T")
    .Input("ids: Tids")
    .Input("mask: uint8")
    .Input("table: Ttable")
    .Output("dtable: Ttable")
    .Attr("scale: float = 1.0")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .Attr("Ttable: {float, half, bfloat16}")
    .Attr("Tids: {int32, int64} = DT_INT32")
    .SetShapeFn([](InferenceContext* c) {
      c->set_output(0, c->input(3));
      return absl::OkStatus();
    })
    .Doc(R"doc(
Gradient of Embedding for its table (only table's shape is read): dense [V, D], the rows of
dy * mask * scale / (1 - rate) summed per id in float32, in a fixed order (deterministic).
)doc");

}  // namespace lightseq_tf
