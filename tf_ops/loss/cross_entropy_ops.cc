// Op registrations for the fused label-smoothed cross-entropy.
#include "tensorflow/core/framework/op.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

using tensorflow::shape_inference::DimensionHandle;
using tensorflow::shape_inference::InferenceContext;
using tensorflow::shape_inference::ShapeHandle;

// logits [..., V] (input 0), labels [...] (input 1): outputs loss and lse shaped like labels.
absl::Status forward_shape(InferenceContext* c) {
  ShapeHandle logits;
  TF_RETURN_IF_ERROR(name_error(c->WithRankAtLeast(c->input(0), 1, &logits), "logits", "have rank >= 1"));
  ShapeHandle leading, labels;
  TF_RETURN_IF_ERROR(c->Subshape(logits, 0, -1, &leading));
  TF_RETURN_IF_ERROR(name_error(c->Merge(c->input(1), leading, &labels), "labels",
                                "have the shape of logits without its last dimension"));
  c->set_output(0, labels);
  c->set_output(1, labels);
  return absl::OkStatus();
}

}  // namespace

REGISTER_OP("LightSeq>LabelSmoothedCrossEntropy")
    .Input("logits: T")
    .Input("labels: Tlabels")
    .Output("loss: float")
    .Output("lse: float")
    .Attr("smoothing: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .Attr("Tlabels: {int32, int64} = DT_INT32")
    .SetShapeFn(forward_shape)
    .Doc(R"doc(
Per-token label-smoothed cross-entropy over logits [..., V], computed in float32:
loss = -sum_j t_j log softmax(logits)_j - c, with t_j = 1 - smoothing at the label and
smoothing / (V - 1) elsewhere, and c the entropy of t (so a perfect prediction gives 0; c = 0
when smoothing == 0). This is NeurST's label_smoothed_cross_entropy before padding weights.
lse (log-sum-exp of each row) is kept for the gradient. labels must lie in [0, V).
)doc");

REGISTER_OP("LightSeq>LabelSmoothedCrossEntropyGrad")
    .Input("dloss: float")
    .Input("logits: T")
    .Input("labels: Tlabels")
    .Input("lse: float")
    .Output("dlogits: T")
    .Attr("smoothing: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .Attr("Tlabels: {int32, int64} = DT_INT32")
    .SetShapeFn([](InferenceContext* c) {
      c->set_output(0, c->input(1));
      return absl::OkStatus();
    })
    .Doc("dlogits = dloss * (softmax(logits) - t); rows with dloss == 0 are not read.");

}  // namespace lightseq_tf
