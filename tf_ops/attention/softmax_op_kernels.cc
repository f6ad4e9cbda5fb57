// OpKernels for AttentionSoftmax and its gradient: validate, allocate, then run the CPU loops
// below or the CUDA launchers of softmax_cuda.h.
#include <cmath>
#include <limits>
#include <vector>

#include "tf_ops/attention/softmax_cuda.h"
#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

template <typename T>
struct ForwardArgs {
  T* probs;
  T* softmax;  // null when rate == 0
  const T* logits;
  const float* key_bias;  // [batch, bias_len]: keys at or past bias_len are masked
  int64_t bias_len, batch, heads, q_len, k_len;
  bool causal;
  float rate;
  const int64_t* seed;    // one value, in the kernel's device memory
  const int64_t* offset;  // one value, in the kernel's device memory
};

template <typename T>
struct BackwardArgs {
  T* dlogits;
  const T* dprobs;
  const T* softmax;
  int64_t rows, k_len;
  float rate;
  const int64_t* seed;    // the forward's, in the kernel's device memory
  const int64_t* offset;  // the forward's, in the kernel's device memory
};

template <typename Device, typename T>
struct SoftmaxImpl;

// The keep-decisions of elements visited in increasing order (within a row): one Philox draw per
// 8 elements, drawn when the walk enters them.
class KeepWalk {
 public:
  KeepWalk(const int64_t* seed, const int64_t* offset, float rate)
      : seed_(static_cast<uint64_t>(*seed)), offset_(static_cast<uint64_t>(*offset)),
        threshold_(dropout_threshold(rate)) {}
  bool operator()(int64_t i) {
    if (i / kKeepsPerDraw != draw_index_) {
      draw_index_ = i / kKeepsPerDraw;
      draw_ = dropout_draw(seed_, offset_, static_cast<uint64_t>(draw_index_));
    }
    return keep_in_draw(draw_, static_cast<int>(i % kKeepsPerDraw), threshold_);
  }

 private:
  uint64_t seed_, offset_;
  uint32_t threshold_;
  int64_t draw_index_ = -1;
  DropoutDraw draw_;
};

template <typename T>
struct SoftmaxImpl<CPUDevice, T> {
  static void forward(OpKernelContext* ctx, const ForwardArgs<T>& a) {
    const int64_t rows = a.batch * a.heads * a.q_len, k_len = a.k_len;
    const float scale = dropout_scale(a.rate);
    cpu_parallel_for(ctx, rows, 30 * k_len, [&](int64_t begin, int64_t end) {
      std::vector<float> e(k_len);
      for (int64_t row = begin; row < end; ++row) {
        const int64_t base = row * k_len;
        const float* bias = a.key_bias + (row / (a.heads * a.q_len)) * a.bias_len;
        const int64_t last_visible = a.causal ? row % a.q_len + a.bias_len - a.q_len : a.bias_len - 1;
        float m = -std::numeric_limits<float>::infinity();
        for (int64_t j = 0; j < k_len; ++j) {
          e[j] = j <= last_visible ? static_cast<float>(a.logits[base + j]) + bias[j]
                                   : -std::numeric_limits<float>::infinity();
          m = std::max(m, e[j]);
        }
        const float shift = std::isinf(m) && m < 0 ? 0.f : m;
        float s = 0.f;
        for (int64_t j = 0; j < k_len; ++j) s += e[j] = std::exp(e[j] - shift);
        const float inv = std::isinf(m) && m < 0 ? 0.f : 1.f / s;  // NaN logits: NaN row
        KeepWalk keep(a.seed, a.offset, a.rate);
        for (int64_t j = 0; j < k_len; ++j) {
          float y = e[j] * inv;
          if (a.softmax) {
            a.softmax[base + j] = static_cast<T>(y);
            y = keep(base + j) ? y * scale : 0.f;
          }
          a.probs[base + j] = static_cast<T>(y);
        }
      }
    });
  }

  // The forward's keep-decisions are drawn again from its seed and offset.
  static void backward(OpKernelContext* ctx, const BackwardArgs<T>& a) {
    const float scale = dropout_scale(a.rate);
    cpu_parallel_for(ctx, a.rows, 20 * a.k_len, [&](int64_t begin, int64_t end) {
      std::vector<float> dp(a.k_len);
      for (int64_t row = begin; row < end; ++row) {
        const int64_t base = row * a.k_len;
        KeepWalk keep(a.seed, a.offset, a.rate);
        float s = 0.f;
        for (int64_t j = 0; j < a.k_len; ++j) {
          const int64_t i = base + j;
          dp[j] = static_cast<float>(a.dprobs[i]);
          if (a.rate > 0.f) dp[j] = keep(i) ? dp[j] * scale : 0.f;
          s += dp[j] * static_cast<float>(a.softmax[i]);
        }
        for (int64_t j = 0; j < a.k_len; ++j) {
          const float y = static_cast<float>(a.softmax[base + j]);
          a.dlogits[base + j] = static_cast<T>(y * (dp[j] - s));
        }
      }
    });
  }
};

#if GOOGLE_CUDA
template <typename T>
struct SoftmaxImpl<GPUDevice, T> {
  static void forward(OpKernelContext* ctx, const ForwardArgs<T>& a) {
    OP_REQUIRES_LAUNCH(ctx, launch_attention_softmax(
                                launch_cast(a.probs), launch_cast(a.softmax), launch_cast(a.logits),
                                a.key_bias, a.bias_len, a.batch, a.heads, a.q_len, a.k_len, a.causal, a.rate,
                                a.seed, a.offset, ctx->eigen_device<GPUDevice>().stream()));
  }

  static void backward(OpKernelContext* ctx, const BackwardArgs<T>& a) {
    OP_REQUIRES_LAUNCH(ctx, launch_attention_softmax_grad(
                                launch_cast(a.dlogits), launch_cast(a.dprobs),
                                launch_cast(a.softmax), a.rows, a.k_len, a.rate, a.seed, a.offset,
                                ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

// logits [B, N, Tq, Tk], key_bias [B, Tb <= Tk], seed, offset -> probs, softmax.
template <typename Device, typename T>
class AttentionSoftmaxOp : public OpKernel {
 public:
  explicit AttentionSoftmaxOp(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("causal", &causal_));
    OP_REQUIRES_OK(ctx, ctx->GetAttr("rate", &rate_));
    OP_REQUIRES_OK(ctx, require_dropout_rate(rate_));
  }

  void Compute(OpKernelContext* ctx) override {
    const Tensor& logits = ctx->input(0);
    const Tensor& key_bias = ctx->input(1);
    OP_REQUIRES(ctx, logits.dims() == 4,
                absl::InvalidArgumentError(absl::StrCat("logits must have rank 4 [batch, heads, queries, keys], got shape ",
                                                        logits.shape().DebugString())));
    OP_REQUIRES(ctx, key_bias.dims() == 2 && key_bias.dim_size(0) == logits.dim_size(0) &&
                         key_bias.dim_size(1) <= logits.dim_size(3),
                absl::InvalidArgumentError(absl::StrCat("key_bias must have shape [", logits.dim_size(0),
                                                        ", keys <= ", logits.dim_size(3),
                                                        "] ([batch, keys] of logits), got ",
                                                        key_bias.shape().DebugString())));
    OP_REQUIRES_OK(ctx, require_scalar(ctx->input(2), "seed"));
    OP_REQUIRES_OK(ctx, require_scalar(ctx->input(3), "offset"));
    if (ctx->num_inputs() > 4) {
      const Tensor& key_len = ctx->input(4);
      OP_REQUIRES_OK(ctx, require_scalar(key_len, "key_len"));
      OP_REQUIRES(ctx, key_bias.dim_size(1) == key_len.scalar<int32_t>()(),
                  absl::InvalidArgumentError(absl::StrCat("key_bias must have key_len = ", key_len.scalar<int32_t>()(),
                                                          " keys (the keys before padding), got shape ",
                                                          key_bias.shape().DebugString())));
    }
    const bool dropout = rate_ > 0.f;
    const TensorShape saved = dropout ? logits.shape() : TensorShape({0});
    Tensor *probs, *softmax;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, logits.shape(), &probs));
    OP_REQUIRES_OK(ctx, ctx->allocate_output(1, saved, &softmax));
    ForwardArgs<T> a;
    a.probs = probs->flat<T>().data();
    a.softmax = dropout ? softmax->flat<T>().data() : nullptr;
    a.logits = logits.flat<T>().data();
    a.key_bias = key_bias.flat<float>().data();
    a.bias_len = key_bias.dim_size(1);
    a.batch = logits.dim_size(0);
    a.heads = logits.dim_size(1);
    a.q_len = logits.dim_size(2);
    a.k_len = logits.dim_size(3);
    a.causal = causal_;
    a.rate = rate_;
    a.seed = ctx->input(2).scalar<int64_t>().data();
    a.offset = ctx->input(3).scalar<int64_t>().data();
    SoftmaxImpl<Device, T>::forward(ctx, a);
  }

 private:
  bool causal_;
  float rate_;
};

// dprobs, softmax, seed, offset -> dlogits.
template <typename Device, typename T>
class AttentionSoftmaxGradOp : public OpKernel {
 public:
  explicit AttentionSoftmaxGradOp(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("rate", &rate_));
    OP_REQUIRES_OK(ctx, require_dropout_rate(rate_));
  }

  void Compute(OpKernelContext* ctx) override {
    const Tensor& dprobs = ctx->input(0);
    const Tensor& softmax = ctx->input(1);
    OP_REQUIRES_OK(ctx, require_rank_at_least(dprobs, 1, "dprobs"));
    OP_REQUIRES_OK(ctx, require_same_shape(softmax, dprobs, "softmax", "dprobs"));
    OP_REQUIRES_OK(ctx, require_scalar(ctx->input(2), "seed"));
    OP_REQUIRES_OK(ctx, require_scalar(ctx->input(3), "offset"));
    Tensor* dlogits;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, dprobs.shape(), &dlogits));
    BackwardArgs<T> a;
    a.dlogits = dlogits->flat<T>().data();
    a.dprobs = dprobs.flat<T>().data();
    a.softmax = softmax.flat<T>().data();
    a.rows = leading_rows(dprobs.shape());
    a.k_len = last_dim(dprobs);
    a.rate = rate_;
    a.seed = ctx->input(2).scalar<int64_t>().data();
    a.offset = ctx->input(3).scalar<int64_t>().data();
    SoftmaxImpl<Device, T>::backward(ctx, a);
  }

 private:
  float rate_;
};

#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T)                                                            \
  REGISTER_KERNEL_BUILDER(                                                                              \
      Name("LightSeq>AttentionSoftmax").Device(DEVICE_TYPE).TypeConstraint<T>("T").HostMemory("key_len"), \
      AttentionSoftmaxOp<DEVICE, T>);                                                                   \
  REGISTER_KERNEL_BUILDER(                                                                              \
      Name("LightSeq>AttentionSoftmaxGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"),                 \
      AttentionSoftmaxGradOp<DEVICE, T>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
