// OpKernel for MultiTensorUnscale: each output reuses its input's buffer when TF allows it;
// the CPU loop below or the CUDA launcher does the work (scale stays in device memory there, so
// reading the loss scale costs no host round trip).
#include <atomic>
#include <cmath>
#include <vector>

#include "tf_ops/common/op_utils.h"
#include "tf_ops/optimizer/unscale_cuda.h"

namespace lightseq_tf {
namespace {

template <typename Device, typename T>
struct UnscaleImpl;

template <typename T>
struct UnscaleImpl<CPUDevice, T> {
  static void apply(OpKernelContext* ctx, const std::vector<UnscaleTensor<T>>& tensors,
                    const Tensor& scale, Tensor* all_finite) {
    const float s = static_cast<float>(static_cast<T>(scale.scalar<float>()()));
    std::atomic<bool> finite{true};
    for (const UnscaleTensor<T>& t : tensors) {
      cpu_parallel_for(ctx, t.n, 2, [&](int64_t begin, int64_t end) {
        bool ok = true;
        for (int64_t i = begin; i < end; ++i) {
          const T v = static_cast<T>(static_cast<float>(t.in[i]) * s);
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
template <typename T>
struct UnscaleImpl<GPUDevice, T> {
  static void apply(OpKernelContext* ctx, const std::vector<UnscaleTensor<T>>& tensors,
                    const Tensor& scale, Tensor* all_finite) {
    using LT = typename LaunchType<T>::type;
    OP_REQUIRES_LAUNCH(ctx, launch_multi_tensor_unscale(
                                reinterpret_cast<const UnscaleTensor<LT>*>(tensors.data()),
                                static_cast<int>(tensors.size()), scale.scalar<float>().data(),
                                all_finite->scalar<bool>().data(), ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

template <typename Device, typename T>
class MultiTensorUnscaleOp : public OpKernel {
 public:
  explicit MultiTensorUnscaleOp(OpKernelConstruction* ctx) : OpKernel(ctx) {}

  void Compute(OpKernelContext* ctx) override {
    const int n = ctx->num_inputs() - 1;
    const Tensor& scale = ctx->input(n);
    OP_REQUIRES_OK(ctx, require_scalar(scale, "scale"));
    std::vector<UnscaleTensor<T>> tensors(n);
    for (int i = 0; i < n; ++i) {
      const Tensor& grad = ctx->input(i);
      Tensor* out = nullptr;
      OP_REQUIRES_OK(ctx, ctx->forward_input_or_allocate_output({i}, i, grad.shape(), &out));
      tensors[i] = UnscaleTensor<T>{grad.flat<T>().data(), out->flat<T>().data(), grad.NumElements()};
    }
    Tensor* all_finite = nullptr;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(n, TensorShape({}), &all_finite));
    UnscaleImpl<Device, T>::apply(ctx, tensors, scale, all_finite);
  }
};

#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T)                                    \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>MultiTensorUnscale")                  \
                              .Device(DEVICE_TYPE)                             \
                              .TypeConstraint<T>("T"),                         \
                          MultiTensorUnscaleOp<DEVICE, T>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
