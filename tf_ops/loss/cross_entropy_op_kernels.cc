// OpKernels for LabelSmoothedCrossEntropy and its gradient: validate, allocate, then run the
// CPU loops below or the CUDA launchers of cross_entropy_cuda.h.
#include <cmath>
#include <limits>

#include "tf_ops/common/op_utils.h"
#include "tf_ops/loss/cross_entropy_cuda.h"

namespace lightseq_tf {
namespace {

template <typename T, typename L>
struct XentArgs {
  const T* logits;
  const L* labels;
  int64_t rows, vocab;
  SmoothedTarget target;
};

template <typename Device, typename T, typename L>
struct XentImpl;

template <typename T, typename L>
struct XentImpl<CPUDevice, T, L> {
  // Labels are checked by the OpKernel before this runs.
  static void forward(OpKernelContext* ctx, const XentArgs<T, L>& a, float* loss, float* lse) {
    cpu_parallel_for(ctx, a.rows, 6 * a.vocab, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) {
        const T* x = a.logits + r * a.vocab;
        const float x0 = std::isfinite(static_cast<float>(x[0])) ? static_cast<float>(x[0]) : 0.f;
        float m = -std::numeric_limits<float>::infinity(), sum_shifted = 0.f;
        for (int64_t j = 0; j < a.vocab; ++j) {
          const float v = static_cast<float>(x[j]);
          m = std::fmax(m, v);
          sum_shifted += v - x0;
        }
        const float shift = std::isinf(m) && m < 0 ? 0.f : m;
        float s = 0.f;
        for (int64_t j = 0; j < a.vocab; ++j) s += std::exp(static_cast<float>(x[j]) - shift);
        lse[r] = shift + std::log(s);
        loss[r] = smoothed_row_loss(a.target, static_cast<float>(x[a.labels[r]]), shift, s, x0, sum_shifted,
                                    a.vocab);
      }
    });
  }

  static void backward(OpKernelContext* ctx, const XentArgs<T, L>& a, const float* dloss,
                       const float* lse, T* dlogits) {
    cpu_parallel_for(ctx, a.rows, 4 * a.vocab, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) {
        const T* x = a.logits + r * a.vocab;
        T* dx = dlogits + r * a.vocab;
        const float g = dloss[r];
        const int64_t label = a.labels[r];
        for (int64_t j = 0; j < a.vocab; ++j) {
          const float t = j == label ? a.target.confidence : a.target.low;
          dx[j] = static_cast<T>(g == 0.f ? 0.f : g * (std::exp(static_cast<float>(x[j]) - lse[r]) - t));
        }
      }
    });
  }
};

#if GOOGLE_CUDA
template <typename T, typename L>
struct XentImpl<GPUDevice, T, L> {
  static void forward(OpKernelContext* ctx, const XentArgs<T, L>& a, float* loss, float* lse) {
    OP_REQUIRES_LAUNCH(ctx, launch_label_smoothed_xent(loss, lse, launch_cast(a.logits), a.labels,
                                                       a.rows, a.vocab, a.target,
                                                       ctx->eigen_device<GPUDevice>().stream()));
  }

  static void backward(OpKernelContext* ctx, const XentArgs<T, L>& a, const float* dloss,
                       const float* lse, T* dlogits) {
    OP_REQUIRES_LAUNCH(ctx, launch_label_smoothed_xent_grad(
                                launch_cast(dlogits), dloss, launch_cast(a.logits), a.labels, lse,
                                a.rows, a.vocab, a.target, ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

// NeurST's constants, in float32 as NeurST computes them.
SmoothedTarget smoothed_target(float smoothing, int64_t vocab) {
  SmoothedTarget t;
  t.confidence = static_cast<float>(1.0 - static_cast<double>(smoothing));
  t.low = vocab > 1 ? smoothing / static_cast<float>(vocab - 1) : 0.f;
  t.entropy = smoothing > 0.f ? -(t.confidence * std::log(t.confidence) +
                                  static_cast<float>(vocab - 1) * t.low * std::log(t.low + 1e-20f))
                              : 0.f;
  return t;
}

// Checks logits [..., V] and labels [...]; on the CPU also that every label lies in [0, V)
// (the GPU kernels cannot report it: they give NaN losses and never read out of bounds).
template <typename Device, typename L>
absl::Status check_inputs(const Tensor& logits, const Tensor& labels) {
  TF_RETURN_IF_ERROR(require_rank_at_least(logits, 1, "logits"));
  TensorShape leading = logits.shape();
  leading.RemoveLastDims(1);
  if (labels.shape() != leading) {
    return absl::InvalidArgumentError(absl::StrCat(
        "labels must have the shape of logits without its last dimension ", leading.DebugString(),
        ", got ", labels.shape().DebugString()));
  }
  if (std::is_same<Device, CPUDevice>::value) {
    const int64_t vocab = last_dim(logits);
    const auto flat = labels.flat<L>();
    for (int64_t i = 0; i < flat.size(); ++i) {
      if (flat(i) < 0 || flat(i) >= vocab) {
        return absl::InvalidArgumentError(absl::StrCat("labels must lie in [0, ", vocab,
                                                       ") (the logits' last dimension), got ",
                                                       flat(i), " at flat index ", i));
      }
    }
  }
  return absl::OkStatus();
}

// The kernels' view of checked logits [..., V] and labels [...].
template <typename T, typename L>
XentArgs<T, L> xent_args(const Tensor& logits, const Tensor& labels, float smoothing) {
  return XentArgs<T, L>{logits.flat<T>().data(), labels.flat<L>().data(), labels.NumElements(),
                        last_dim(logits), smoothed_target(smoothing, last_dim(logits))};
}

class XentOpBase : public OpKernel {
 public:
  explicit XentOpBase(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("smoothing", &smoothing_));
    OP_REQUIRES(ctx, smoothing_ >= 0.f && smoothing_ < 1.f,
                absl::InvalidArgumentError(absl::StrCat("smoothing must be in [0, 1), got ", smoothing_)));
  }

 protected:
  float smoothing_;
};

// logits, labels -> loss, lse.
template <typename Device, typename T, typename L>
class LabelSmoothedXentOp : public XentOpBase {
 public:
  using XentOpBase::XentOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& logits = ctx->input(0);
    const Tensor& labels = ctx->input(1);
    OP_REQUIRES_OK(ctx, (check_inputs<Device, L>(logits, labels)));
    Tensor *loss, *lse;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, labels.shape(), &loss));
    OP_REQUIRES_OK(ctx, ctx->allocate_output(1, labels.shape(), &lse));
    const auto a = xent_args<T, L>(logits, labels, smoothing_);
    if (a.rows == 0) return;
    XentImpl<Device, T, L>::forward(ctx, a, loss->flat<float>().data(), lse->flat<float>().data());
  }
};

// dloss, logits, labels, lse -> dlogits.
template <typename Device, typename T, typename L>
class LabelSmoothedXentGradOp : public XentOpBase {
 public:
  using XentOpBase::XentOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& dloss = ctx->input(0);
    const Tensor& logits = ctx->input(1);
    const Tensor& labels = ctx->input(2);
    const Tensor& lse = ctx->input(3);
    OP_REQUIRES_OK(ctx, (check_inputs<Device, L>(logits, labels)));
    OP_REQUIRES_OK(ctx, require_same_shape(dloss, labels, "dloss", "labels"));
    OP_REQUIRES_OK(ctx, require_same_shape(lse, labels, "lse", "labels"));
    Tensor* dlogits;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, logits.shape(), &dlogits));
    const auto a = xent_args<T, L>(logits, labels, smoothing_);
    if (a.rows == 0 || a.vocab == 0) return;
    XentImpl<Device, T, L>::backward(ctx, a, dloss.flat<float>().data(), lse.flat<float>().data(),
                                     dlogits->flat<T>().data());
  }
};

#define REGISTER_XENT(DEVICE, DEVICE_TYPE, T, L)                                               \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>LabelSmoothedCrossEntropy")                          \
                              .Device(DEVICE_TYPE)                                            \
                              .TypeConstraint<T>("T")                                         \
                              .TypeConstraint<L>("Tlabels"),                                  \
                          LabelSmoothedXentOp<DEVICE, T, L>);                                 \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>LabelSmoothedCrossEntropyGrad")                      \
                              .Device(DEVICE_TYPE)                                            \
                              .TypeConstraint<T>("T")                                         \
                              .TypeConstraint<L>("Tlabels"),                                  \
                          LabelSmoothedXentGradOp<DEVICE, T, L>);
#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T) \
  REGISTER_XENT(DEVICE, DEVICE_TYPE, T, int32_t) REGISTER_XENT(DEVICE, DEVICE_TYPE, T, int64_t)

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
