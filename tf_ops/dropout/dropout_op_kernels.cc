// OpKernels for BiasActDropout / BiasDropoutResidual and their gradients: validate, allocate,
// then run the CPU loops below or the CUDA launchers of dropout_cuda.h.
#include <string>

#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/common/op_utils.h"
#include "tf_ops/dropout/activations.h"
#include "tf_ops/dropout/dropout_cuda.h"

namespace lightseq_tf {
namespace {

template <typename T>
struct ForwardArgs {
  T* y;
  const T* x;
  const T* bias;
  const T* residual;  // null for BiasActDropout
  int64_t rows, cols;
  int activation;
  float rate;
  const int64_t* seed;    // one value, in the kernel's device memory
  const int64_t* offset;  // one value, in the kernel's device memory
};

template <typename T>
struct BackwardArgs {
  T* dx;
  T* dbias;
  const T* dy;
  const T* x;     // null for the identity activation
  const T* bias;  // null for the identity activation
  int64_t rows, cols;
  int activation;
  float rate;
  const int64_t* seed;    // the forward's, in the kernel's device memory
  const int64_t* offset;  // the forward's, in the kernel's device memory
};

template <typename Device, typename T>
struct DropoutImpl;

// Calls fn(i, keep) for every element i of [0, n), sharded over Philox draws (8 elements each):
// keep is the element's keep-decision drawn from (seed, offset) (true everywhere when rate == 0).
template <typename Fn>
void cpu_for_each_keep(OpKernelContext* ctx, int64_t n, float rate, const int64_t* seed, const int64_t* offset,
                       Fn fn) {
  const uint32_t threshold = dropout_threshold(rate);
  constexpr int K = kKeepsPerDraw;
  cpu_parallel_for(ctx, (n + K - 1) / K, 20 * K, [&](int64_t begin, int64_t end) {
    for (int64_t d = begin; d < end; ++d) {
      DropoutDraw w;
      if (rate > 0.f) w = dropout_draw(static_cast<uint64_t>(*seed), static_cast<uint64_t>(*offset), d);
      for (int j = 0; j < K && K * d + j < n; ++j) fn(K * d + j, rate <= 0.f || keep_in_draw(w, j, threshold));
    }
  });
}

template <typename T>
struct DropoutImpl<CPUDevice, T> {
  static void forward(OpKernelContext* ctx, const ForwardArgs<T>& a) {
    const float scale = dropout_scale(a.rate);
    cpu_for_each_keep(ctx, a.rows * a.cols, a.rate, a.seed, a.offset, [&](int64_t i, bool keep) {
      float v = activation_forward(a.activation, static_cast<float>(a.x[i]) + static_cast<float>(a.bias[i % a.cols]));
      v = keep ? v * scale : 0.f;
      if (a.residual) v += static_cast<float>(a.residual[i]);
      a.y[i] = static_cast<T>(v);
    });
  }

  // The forward's keep-decisions are drawn again from its seed and offset.
  static void backward(OpKernelContext* ctx, const BackwardArgs<T>& a) {
    const float scale = dropout_scale(a.rate);
    cpu_for_each_keep(ctx, a.rows * a.cols, a.rate, a.seed, a.offset, [&](int64_t i, bool keep) {
      float d = keep ? static_cast<float>(a.dy[i]) * scale : 0.f;
      if (a.activation != kIdentity) {
        d *= activation_grad(a.activation, static_cast<float>(a.x[i]) + static_cast<float>(a.bias[i % a.cols]));
      }
      a.dx[i] = static_cast<T>(d);
    });
    // dbias sums the stored dx, as the GPU kernel does.
    cpu_column_sums<1>(
        ctx, a.rows, a.cols,
        [&](int64_t r, int64_t c, float (&v)[1]) { v[0] = static_cast<float>(a.dx[r * a.cols + c]); },
        [&](int64_t c, const float (&sums)[1]) { a.dbias[c] = static_cast<T>(sums[0]); });
  }
};

#if GOOGLE_CUDA
template <typename T>
struct DropoutImpl<GPUDevice, T> {
  static void forward(OpKernelContext* ctx, const ForwardArgs<T>& a) {
    OP_REQUIRES_LAUNCH(ctx, launch_bias_act_dropout(
                                launch_cast(a.y), launch_cast(a.x), launch_cast(a.bias),
                                launch_cast(a.residual), a.rows, a.cols, a.activation, a.rate,
                                a.seed, a.offset, ctx->eigen_device<GPUDevice>().stream()));
  }

  static void backward(OpKernelContext* ctx, const BackwardArgs<T>& a) {
    Tensor workspace;
    OP_REQUIRES_OK(ctx, ctx->allocate_temp(tensorflow::DT_FLOAT,
                                           TensorShape({column_chunks(a.rows, a.cols) * a.cols}),
                                           &workspace));
    OP_REQUIRES_LAUNCH(ctx, launch_bias_act_dropout_grad(
                                launch_cast(a.dx), launch_cast(a.dbias),
                                workspace.flat<float>().data(), launch_cast(a.dy),
                                launch_cast(a.x), launch_cast(a.bias), a.rows, a.cols, a.activation,
                                a.rate, a.seed, a.offset, ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

int parse_activation(const std::string& name) {
  if (name == "relu") return kRelu;
  if (name == "gelu") return kGelu;
  if (name == "gelu_tanh") return kGeluTanh;
  return kIdentity;  // the op's attr allows nothing else
}

// Reads `rate` (and `activation` where the op has it) and checks 0 <= rate < 1.
class DropoutOpBase : public OpKernel {
 public:
  explicit DropoutOpBase(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("rate", &rate_));
    OP_REQUIRES_OK(ctx, require_dropout_rate(rate_));
    std::string activation = "identity";
    if (ctx->HasAttr("activation")) OP_REQUIRES_OK(ctx, ctx->GetAttr("activation", &activation));
    activation_ = parse_activation(activation);
  }

 protected:
  float rate_;
  int activation_;
};

// BiasActDropout (kResidual = false): x, bias, seed, offset -> y.
// BiasDropoutResidual (kResidual = true): x, bias, residual, seed, offset -> y.
template <typename Device, typename T, bool kResidual>
class BiasDropoutOp : public DropoutOpBase {
 public:
  using DropoutOpBase::DropoutOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& x = ctx->input(0);
    const Tensor& bias = ctx->input(1);
    const int s = kResidual ? 3 : 2;
    const Tensor& seed = ctx->input(s);
    const Tensor& offset = ctx->input(s + 1);
    OP_REQUIRES_OK(ctx, require_rank_at_least(x, 1, "x"));
    OP_REQUIRES_OK(ctx, require_vector(bias, last_dim(x), "bias", "the last dimension of x"));
    if (kResidual) OP_REQUIRES_OK(ctx, require_same_shape(ctx->input(2), x, "residual", "x"));
    OP_REQUIRES_OK(ctx, require_scalar(seed, "seed"));
    OP_REQUIRES_OK(ctx, require_scalar(offset, "offset"));

    Tensor* y;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, x.shape(), &y));
    ForwardArgs<T> a;
    a.y = y->flat<T>().data();
    a.x = x.flat<T>().data();
    a.bias = bias.flat<T>().data();
    a.residual = kResidual ? ctx->input(2).flat<T>().data() : nullptr;
    a.rows = leading_rows(x.shape());
    a.cols = last_dim(x);
    a.activation = kResidual ? kIdentity : activation_;
    a.rate = rate_;
    a.seed = seed.scalar<int64_t>().data();
    a.offset = offset.scalar<int64_t>().data();
    DropoutImpl<Device, T>::forward(ctx, a);
  }
};

// BiasActDropoutGrad (kResidual = false): dy, x, bias, seed, offset -> dx, dbias.
// BiasDropoutResidualGrad (kResidual = true): dy, seed, offset -> dx, dbias.
template <typename Device, typename T, bool kResidual>
class BiasDropoutGradOp : public DropoutOpBase {
 public:
  using DropoutOpBase::DropoutOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& dy = ctx->input(0);
    const int s = kResidual ? 1 : 3;
    const Tensor& seed = ctx->input(s);
    const Tensor& offset = ctx->input(s + 1);
    OP_REQUIRES_OK(ctx, require_rank_at_least(dy, 1, "dy"));
    if (!kResidual) {
      OP_REQUIRES_OK(ctx, require_same_shape(ctx->input(1), dy, "x", "dy"));
      OP_REQUIRES_OK(ctx, require_vector(ctx->input(2), last_dim(dy), "bias", "the last dimension of dy"));
    }
    OP_REQUIRES_OK(ctx, require_scalar(seed, "seed"));
    OP_REQUIRES_OK(ctx, require_scalar(offset, "offset"));

    Tensor *dx, *dbias;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, dy.shape(), &dx));
    OP_REQUIRES_OK(ctx, ctx->allocate_output(1, TensorShape({last_dim(dy)}), &dbias));
    BackwardArgs<T> a;
    a.dx = dx->flat<T>().data();
    a.dbias = dbias->flat<T>().data();
    a.dy = dy.flat<T>().data();
    a.activation = kResidual ? kIdentity : activation_;
    a.x = a.activation != kIdentity ? ctx->input(1).flat<T>().data() : nullptr;
    a.bias = a.activation != kIdentity ? ctx->input(2).flat<T>().data() : nullptr;
    a.rows = leading_rows(dy.shape());
    a.cols = last_dim(dy);
    a.rate = rate_;
    a.seed = seed.scalar<int64_t>().data();
    a.offset = offset.scalar<int64_t>().data();
    DropoutImpl<Device, T>::backward(ctx, a);
  }
};

#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T)                                                 \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>BiasActDropout")                                    \
                              .Device(DEVICE_TYPE)                                           \
                              .TypeConstraint<T>("T"),                                       \
                          BiasDropoutOp<DEVICE, T, false>);                                  \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>BiasDropoutResidual")                               \
                              .Device(DEVICE_TYPE)                                           \
                              .TypeConstraint<T>("T"),                                       \
                          BiasDropoutOp<DEVICE, T, true>);                                   \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>BiasActDropoutGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"), \
                          BiasDropoutGradOp<DEVICE, T, false>);                              \
  REGISTER_KERNEL_BUILDER(                                                                   \
      Name("LightSeq>BiasDropoutResidualGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"),   \
      BiasDropoutGradOp<DEVICE, T, true>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
