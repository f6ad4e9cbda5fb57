// OpKernel for MultiTensorScale: each output reuses its input's buffer when TF allows it (same
// dtype); the CPU loop below or the CUDA launcher does the work (scale stays in device memory
// there, so reading the loss scale costs no host round trip).
#include <atomic>
#include <cmath>
#include <vector>

#include "tf_ops/common/op_utils.h"
#include "tf_ops/multi_tensor/scale_cuda.h"

namespace lightseq_tf {
namespace {

template <typename Device, typename S, typename D>
struct ScaleImpl;

template <typename S, typename D>
struct ScaleImpl<CPUDevice, S, D> {
  static void apply(OpKernelContext* ctx, const std::vector<ScaleTensor<S, D>>& tensors,
                    const Tensor& scale, Tensor* all_finite) {
    const float s = static_cast<float>(static_cast<S>(scale.scalar<float>()()));
    std::atomic<bool> finite{true};
    for (const ScaleTensor<S, D>& t : tensors) {
      cpu_parallel_for(ctx, t.n, 2, [&](int64_t begin, int64_t end) {
        bool ok = true;
        for (int64_t i = begin; i < end; ++i) {
          const D v = static_cast<D>(static_cast<float>(static_cast<S>(static_cast<float>(t.in[i]) * s)));
          t.out[i] = v;
          ok = ok && std::isfinite(static_cast<float>(v));
        }
        if (!ok) finite.store(false, std::memory_order_relaxed);
      });
    }
    all_finite->scalar<bool>()() = finite.load();
  }
};

#if GOOGLE_CUDA
template <typename S, typename D>
struct ScaleImpl<GPUDevice, S, D> {
  static void apply(OpKernelContext* ctx, const std::vector<ScaleTensor<S, D>>& tensors,
                    const Tensor& scale, Tensor* all_finite) {
    using LS = typename LaunchType<S>::type;
    using LD = typename LaunchType<D>::type;
    OP_REQUIRES_LAUNCH(ctx, launch_multi_tensor_scale(
                                reinterpret_cast<const ScaleTensor<LS, LD>*>(tensors.data()),
                                static_cast<int>(tensors.size()), scale.scalar<float>().data(),
                                all_finite->scalar<bool>().data(), ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

template <typename Device, typename S, typename D>
class MultiTensorScaleOp : public OpKernel {
 public:
  explicit MultiTensorScaleOp(OpKernelConstruction* ctx) : OpKernel(ctx) {}

  void Compute(OpKernelContext* ctx) override {
    const int n = ctx->num_inputs() - 1;
    const Tensor& scale = ctx->input(n);
    OP_REQUIRES_OK(ctx, require_scalar(scale, "scale"));
    std::vector<ScaleTensor<S, D>> tensors(n);
    for (int i = 0; i < n; ++i) {
      const Tensor& x = ctx->input(i);
      Tensor* y = nullptr;
      OP_REQUIRES_OK(ctx, ctx->forward_input_or_allocate_output({i}, i, x.shape(), &y));
      tensors[i] = ScaleTensor<S, D>{x.flat<S>().data(), y->flat<D>().data(), x.NumElements()};
    }
    Tensor* all_finite = nullptr;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(n, TensorShape({}), &all_finite));
    ScaleImpl<Device, S, D>::apply(ctx, tensors, scale, all_finite);
  }
};

#define REGISTER_PAIR(DEVICE, DEVICE_TYPE, S, D)                                 \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>MultiTensorScale")                     \
                              .Device(DEVICE_TYPE)                              \
                              .TypeConstraint<S>("SrcT")                        \
                              .TypeConstraint<D>("DstT"),                       \
                          MultiTensorScaleOp<DEVICE, S, D>);
#define REGISTER_FOR(DEVICE, DEVICE_TYPE, S)          \
  REGISTER_PAIR(DEVICE, DEVICE_TYPE, S, float)        \
  REGISTER_PAIR(DEVICE, DEVICE_TYPE, S, Eigen::half)  \
  REGISTER_PAIR(DEVICE, DEVICE_TYPE, S, Eigen::bfloat16)

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
