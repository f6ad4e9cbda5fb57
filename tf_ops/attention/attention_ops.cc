// Op registrations for the attention family: bias + head split, head merge, and the
// attention softmax with key bias, causal mask and dropout.
#include "tensorflow/core/framework/op.h"
#include "tf_ops/attention/heads_cuda.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

using tensorflow::shape_inference::DimensionHandle;
using tensorflow::shape_inference::InferenceContext;
using tensorflow::shape_inference::ShapeHandle;

// Input `input` must have rank `rank`.
absl::Status shape_rank(InferenceContext* c, int input, int rank, const char* name, ShapeHandle* out) {
  const std::string requirement = absl::StrCat("have rank ", rank);
  return name_error(c->WithRank(c->input(input), rank, out), name, requirement.c_str());
}

// Divides dim by k, or fails naming `name`.
absl::Status divide(InferenceContext* c, DimensionHandle dim, int64_t k, const char* name,
                    const char* what, DimensionHandle* out) {
  return name_error(c->Divide(dim, k, /*evenly_divisible=*/true, out), name, what);
}

// parts attr (1 to 3, the launchers' limit).
absl::Status get_parts(InferenceContext* c, int64_t* parts) {
  TF_RETURN_IF_ERROR(c->GetAttr("parts", parts));
  if (*parts > 3) return absl::InvalidArgumentError(absl::StrCat("parts must be 1, 2 or 3, got ", *parts));
  return absl::OkStatus();
}

// SplitHeads: x [B, T, parts * d], bias [parts * d] -> parts x [B, heads, T, d / heads] (the key
// parts' T padded to a multiple of pad_keys_to), seq = T.
absl::Status split_heads_shape(InferenceContext* c) {
  int64_t heads, parts, pad_keys_to;
  TF_RETURN_IF_ERROR(c->GetAttr("heads", &heads));
  TF_RETURN_IF_ERROR(get_parts(c, &parts));
  TF_RETURN_IF_ERROR(c->GetAttr("pad_keys_to", &pad_keys_to));
  ShapeHandle x;
  TF_RETURN_IF_ERROR(shape_rank(c, 0, 3, "x", &x));
  TF_RETURN_IF_ERROR(shape_vector_of(c, 1, "bias", c->Dim(x, 2)));
  DimensionHandle head_dim;
  TF_RETURN_IF_ERROR(divide(c, c->Dim(x, 2), parts * heads, "x",
                            "have a last dimension divisible by parts * heads", &head_dim));
  const DimensionHandle seq = c->Dim(x, 1);
  const DimensionHandle key_seq =
      c->ValueKnown(seq) ? c->MakeDim(padded_key_rows(c->Value(seq), pad_keys_to)) : c->UnknownDim();
  for (int i = 0; i < parts; ++i) {
    const DimensionHandle rows = is_key_part(static_cast<int>(parts), i) ? key_seq : seq;
    c->set_output(i, c->MakeShape({c->Dim(x, 0), c->MakeDim(heads), rows, head_dim}));
  }
  c->set_output(parts, c->Scalar());
  return absl::OkStatus();
}

// SplitHeadsGrad: parts x [B, heads, T (keys: padded), H], seq = T -> dx [B, T, parts * heads * H],
// dbias [parts * heads * H].
absl::Status split_heads_grad_shape(InferenceContext* c) {
  int64_t parts;
  TF_RETURN_IF_ERROR(get_parts(c, &parts));
  ShapeHandle first, merged;
  TF_RETURN_IF_ERROR(shape_rank(c, 0, 4, "douts", &first));
  for (int i = 1; i < parts; ++i) TF_RETURN_IF_ERROR(shape_rank(c, i, 4, "douts", &merged));
  TF_RETURN_IF_ERROR(shape_scalar(c, parts, "seq"));
  DimensionHandle d, width;
  TF_RETURN_IF_ERROR(c->Multiply(c->Dim(first, 1), c->Dim(first, 3), &d));
  TF_RETURN_IF_ERROR(c->Multiply(d, parts, &width));
  DimensionHandle seq;  // known when the seq input is; the queries' rows where there is a query part
  TF_RETURN_IF_ERROR(c->MakeDimForScalarInput(parts, &seq));
  if (parts != 2) TF_RETURN_IF_ERROR(name_error(c->Merge(seq, c->Dim(first, 2), &seq), "seq", "match douts[0]"));
  c->set_output(0, c->MakeShape({c->Dim(first, 0), seq, width}));
  c->set_output(1, c->Vector(width));
  return absl::OkStatus();
}

// HeadMerge: x [B, heads, T, H] -> [B, T, heads * H].
absl::Status head_merge_shape(InferenceContext* c) {
  int64_t heads;
  TF_RETURN_IF_ERROR(c->GetAttr("heads", &heads));
  ShapeHandle x;
  TF_RETURN_IF_ERROR(shape_rank(c, 0, 4, "x", &x));
  DimensionHandle merged;
  TF_RETURN_IF_ERROR(name_error(c->Merge(c->Dim(x, 1), c->MakeDim(heads), &merged), "x",
                                "have dimension 1 equal to heads"));
  DimensionHandle d;
  TF_RETURN_IF_ERROR(c->Multiply(c->Dim(x, 1), c->Dim(x, 3), &d));
  c->set_output(0, c->MakeShape({c->Dim(x, 0), c->Dim(x, 2), d}));
  return absl::OkStatus();
}

// HeadMergeGrad: dy [B, T, d] -> [B, heads, T, d / heads].
absl::Status head_merge_grad_shape(InferenceContext* c) {
  int64_t heads;
  TF_RETURN_IF_ERROR(c->GetAttr("heads", &heads));
  ShapeHandle dy;
  TF_RETURN_IF_ERROR(shape_rank(c, 0, 3, "dy", &dy));
  DimensionHandle head_dim;
  TF_RETURN_IF_ERROR(divide(c, c->Dim(dy, 2), heads, "dy", "have a last dimension divisible by heads", &head_dim));
  c->set_output(0, c->MakeShape({c->Dim(dy, 0), c->MakeDim(heads), c->Dim(dy, 1), head_dim}));
  return absl::OkStatus();
}

// AttentionSoftmax: logits [B, N, Tq, Tk], key_bias [B, Tb] (Tb <= Tk), scalar seed, offset ->
// probs like logits; softmax like logits when rate > 0, else [0].
absl::Status attention_softmax_shape(InferenceContext* c) {
  ShapeHandle logits, bias;
  TF_RETURN_IF_ERROR(shape_rank(c, 0, 4, "logits", &logits));
  TF_RETURN_IF_ERROR(shape_rank(c, 1, 2, "key_bias", &bias));
  DimensionHandle merged;
  TF_RETURN_IF_ERROR(name_error(c->Merge(c->Dim(bias, 0), c->Dim(logits, 0), &merged), "key_bias",
                                "have shape [batch, keys] matching logits"));
  const DimensionHandle bias_len = c->Dim(bias, 1), k_len = c->Dim(logits, 3);
  if (c->ValueKnown(bias_len) && c->ValueKnown(k_len) && c->Value(bias_len) > c->Value(k_len)) {
    return absl::InvalidArgumentError(absl::StrCat("key_bias must have at most as many keys as logits (",
                                                   c->Value(k_len), "), got ", c->Value(bias_len)));
  }
  TF_RETURN_IF_ERROR(shape_scalar(c, 2, "seed"));
  TF_RETURN_IF_ERROR(shape_scalar(c, 3, "offset"));
  float rate;
  TF_RETURN_IF_ERROR(c->GetAttr("rate", &rate));
  c->set_output(0, logits);
  c->set_output(1, rate > 0.f ? logits : c->Vector(0));
  return absl::OkStatus();
}

}  // namespace

REGISTER_OP("LightSeq>SplitHeads")
    .Input("x: T")
    .Input("bias: T")
    .Output("out: parts * T")
    .Output("seq: int32")
    .Attr("parts: int >= 1")
    .Attr("heads: int >= 1")
    .Attr("scale: float = 1.0")
    .Attr("pad_keys_to: int >= 1 = 1")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(split_heads_shape)
    .Doc(R"doc(
Adds bias to a fused projection x [B, T, parts * d] (e.g. parts = 3 for q, k, v; 2 for k, v;
1 for q) and splits it into `parts` head-major tensors [B, heads, T, d / heads]; part 0 is
multiplied by scale (e.g. head_dim ** -0.5 for q). parts is 1, 2 or 3. The key and value parts
(the last two of 2 or 3) get zero rows up to a multiple of pad_keys_to. seq: T (host memory).
)doc");

REGISTER_OP("LightSeq>SplitHeadsGrad")
    .Input("douts: parts * T")
    .Input("seq: int32")
    .Output("dx: T")
    .Output("dbias: T")
    .Attr("parts: int >= 1")
    .Attr("heads: int >= 1")
    .Attr("scale: float = 1.0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(split_heads_grad_shape)
    .Doc("Gradients of SplitHeads with respect to x and bias.");

REGISTER_OP("LightSeq>HeadMerge")
    .Input("x: T")
    .Output("y: T")
    .Attr("heads: int >= 1")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(head_merge_shape)
    .Doc("Merges heads: x [B, heads, T, H] -> y [B, T, heads * H].");

REGISTER_OP("LightSeq>HeadMergeGrad")
    .Input("dy: T")
    .Output("dx: T")
    .Attr("heads: int >= 1")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(head_merge_grad_shape)
    .Doc("Gradient of HeadMerge: dy [B, T, d] -> dx [B, heads, T, d / heads].");

REGISTER_OP("LightSeq>AttentionSoftmax")
    .Input("logits: T")
    .Input("key_bias: float")
    .Input("seed: int64")
    .Input("offset: int64")
    .Input("key_len: K * int32")
    .Output("probs: T")
    .Output("softmax: T")
    .Attr("causal: bool = false")
    .Attr("rate: float = 0.0")
    .Attr("K: int >= 0 = 0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn(attention_softmax_shape)
    .Doc(R"doc(
probs = dropout(softmax(logits + key_bias[:, None, None, :]), rate) over the last axis.
key_bias [B, Tb] may cover only the first Tb <= Tk keys: the keys past it are padding, masked
out. key_len (none or one scalar, host memory; e.g. SplitHeads' seq) is the keys before
padding, which Tb must equal. With causal, query q sees keys j <= q + Tb - Tq only. softmax
(undropped) is [0] when rate == 0 (probs is then the softmax). Dropout keep rule as in
BiasActDropout; no mask is stored, the gradient draws the decisions again from the same seed and
offset.
)doc");

REGISTER_OP("LightSeq>AttentionSoftmaxGrad")
    .Input("dprobs: T")
    .Input("softmax: T")
    .Input("seed: int64")
    .Input("offset: int64")
    .Output("dlogits: T")
    .Attr("rate: float = 0.0")
    .Attr("T: {float, half, bfloat16}")
    .SetShapeFn([](InferenceContext* c) {
      ShapeHandle out;
      TF_RETURN_IF_ERROR(shape_same(c, 1, "softmax", 0, "dprobs", &out));
      TF_RETURN_IF_ERROR(shape_scalar(c, 2, "seed"));
      TF_RETURN_IF_ERROR(shape_scalar(c, 3, "offset"));
      c->set_output(0, out);
      return absl::OkStatus();
    })
    .Doc("Gradient of AttentionSoftmax with respect to logits (softmax: the undropped output; seed, offset: the forward's).");

}  // namespace lightseq_tf
