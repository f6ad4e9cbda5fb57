// OpKernels for SliceBiasAdd and its gradient: validate, allocate, then run the CPU loops
// below or the CUDA launchers of slice_bias_cuda.h.
#include "tf_ops/common/op_utils.h"
#include "tf_ops/slice_bias/slice_bias_cuda.h"

namespace lightseq_tf {
namespace {

template <typename Device, typename T>
struct SliceBiasImpl;

template <typename T>
struct SliceBiasImpl<CPUDevice, T> {
  static void forward(OpKernelContext* ctx, T* y, const T* x, const T* bias, int64_t rows,
                      int64_t cols, int64_t x_cols) {
    cpu_parallel_for(ctx, rows, 2 * cols, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) {
        for (int64_t c = 0; c < cols; ++c) {
          y[r * cols + c] = static_cast<T>(static_cast<float>(x[r * x_cols + c]) + static_cast<float>(bias[c]));
        }
      }
    });
  }

  static void backward(OpKernelContext* ctx, T* dx, T* dbias, const T* dy, int64_t rows,
                       int64_t cols, int64_t x_cols) {
    cpu_parallel_for(ctx, rows, x_cols, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) {
        for (int64_t c = 0; c < x_cols; ++c) dx[r * x_cols + c] = c < cols ? dy[r * cols + c] : T(0.f);
      }
    });
    cpu_column_sums<1>(
        ctx, rows, cols, [&](int64_t r, int64_t c, float (&v)[1]) { v[0] = static_cast<float>(dy[r * cols + c]); },
        [&](int64_t c, const float (&sums)[1]) { dbias[c] = static_cast<T>(sums[0]); });
  }
};

#if GOOGLE_CUDA
template <typename T>
struct SliceBiasImpl<GPUDevice, T> {
  static void forward(OpKernelContext* ctx, T* y, const T* x, const T* bias, int64_t rows,
                      int64_t cols, int64_t x_cols) {
    OP_REQUIRES_LAUNCH(ctx, launch_slice_bias_add(launch_cast(y), launch_cast(x), launch_cast(bias), rows,
                                                  cols, x_cols, ctx->eigen_device<GPUDevice>().stream()));
  }

  static void backward(OpKernelContext* ctx, T* dx, T* dbias, const T* dy, int64_t rows,
                       int64_t cols, int64_t x_cols) {
    Tensor workspace;
    OP_REQUIRES_OK(ctx, ctx->allocate_temp(tensorflow::DT_FLOAT,
                                           TensorShape({column_chunks(rows, cols) * cols}), &workspace));
    OP_REQUIRES_LAUNCH(ctx, launch_slice_bias_add_grad(launch_cast(dx), launch_cast(dbias),
                                                       workspace.flat<float>().data(), launch_cast(dy),
                                                       rows, cols, x_cols,
                                                       ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

// SliceBiasAdd: x [..., x_cols], bias [cols <= x_cols] -> y [..., cols].
template <typename Device, typename T>
class SliceBiasAddOp : public OpKernel {
 public:
  using OpKernel::OpKernel;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& x = ctx->input(0);
    const Tensor& bias = ctx->input(1);
    OP_REQUIRES_OK(ctx, require_rank_at_least(x, 1, "x"));
    OP_REQUIRES(ctx, bias.dims() == 1 && bias.dim_size(0) <= last_dim(x),
                absl::InvalidArgumentError(absl::StrCat(
                    "bias must be a vector of at most the last dimension of x (", last_dim(x),
                    ") elements, got shape ", bias.shape().DebugString())));
    TensorShape y_shape = x.shape();
    y_shape.set_dim(y_shape.dims() - 1, bias.dim_size(0));
    Tensor* y;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, y_shape, &y));
    SliceBiasImpl<Device, T>::forward(ctx, y->flat<T>().data(), x.flat<T>().data(), bias.flat<T>().data(),
                                      leading_rows(x.shape()), bias.dim_size(0), last_dim(x));
  }
};

// SliceBiasAddGrad: dy [..., cols] -> dx [..., x_cols], dbias [cols].
template <typename Device, typename T>
class SliceBiasAddGradOp : public OpKernel {
 public:
  explicit SliceBiasAddGradOp(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("x_cols", &x_cols_));
  }

  void Compute(OpKernelContext* ctx) override {
    const Tensor& dy = ctx->input(0);
    OP_REQUIRES_OK(ctx, require_rank_at_least(dy, 1, "dy"));
    OP_REQUIRES(ctx, last_dim(dy) <= x_cols_,
                absl::InvalidArgumentError(absl::StrCat("dy must have a last dimension of at most x_cols (",
                                                        x_cols_, "), got shape ", dy.shape().DebugString())));
    TensorShape dx_shape = dy.shape();
    dx_shape.set_dim(dx_shape.dims() - 1, x_cols_);
    Tensor *dx, *dbias;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, dx_shape, &dx));
    OP_REQUIRES_OK(ctx, ctx->allocate_output(1, TensorShape({last_dim(dy)}), &dbias));
    SliceBiasImpl<Device, T>::backward(ctx, dx->flat<T>().data(), dbias->flat<T>().data(), dy.flat<T>().data(),
                                       leading_rows(dy.shape()), last_dim(dy), x_cols_);
  }

 private:
  int64_t x_cols_;
};

#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T)                                                      \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>SliceBiasAdd").Device(DEVICE_TYPE).TypeConstraint<T>("T"), \
                          SliceBiasAddOp<DEVICE, T>);                                               \
  REGISTER_KERNEL_BUILDER(                                                                          \
      Name("LightSeq>SliceBiasAddGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"),                 \
      SliceBiasAddGradOp<DEVICE, T>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
