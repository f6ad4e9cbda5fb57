// OpKernel for MultiTensorAdam: looks up and locks the variables (in address order, as TF's
// training ops do), makes each buffer exclusively owned (copy-on-write, as
// PrepareToUpdateVariable does), then runs the CPU loop below or the CUDA launcher.
#include <algorithm>
#include <memory>
#include <vector>

#include "tensorflow/core/framework/resource_mgr.h"
#include "tensorflow/core/framework/resource_var.h"
#include "tf_ops/common/op_utils.h"
#include "tf_ops/optimizer/adam_cuda.h"

namespace lightseq_tf {
namespace {

template <typename Device, typename T>
struct AdamImpl;

template <typename T>
struct AdamImpl<CPUDevice, T> {
  static void copy(OpKernelContext*, T* dst, const T* src, int64_t n) { std::copy(src, src + n, dst); }

  static void apply(OpKernelContext* ctx, const std::vector<AdamTensor<T>>& tensors, AdamScalars s) {
    if (!*s.apply_update) return;
    const float alpha = *s.lr * std::sqrt(1.f - *s.beta2_power) / (1.f - *s.beta1_power);
    const float one_minus_b1 = 1.f - *s.beta1, one_minus_b2 = 1.f - *s.beta2, eps = *s.epsilon;
    for (const AdamTensor<T>& t : tensors) {
      cpu_parallel_for(ctx, t.n, 20, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
          const float g = static_cast<float>(t.grad[i]);
          float m = static_cast<float>(t.m[i]), v = static_cast<float>(t.v[i]);
          m += (g - m) * one_minus_b1;
          v += (g * g - v) * one_minus_b2;
          t.m[i] = static_cast<T>(m);
          t.v[i] = static_cast<T>(v);
          t.var[i] = static_cast<T>(static_cast<float>(t.var[i]) - alpha * m / (std::sqrt(v) + eps));
        }
      });
    }
  }
};

#if GOOGLE_CUDA
template <typename T>
struct AdamImpl<GPUDevice, T> {
  static void copy(OpKernelContext* ctx, T* dst, const T* src, int64_t n) {
    OP_REQUIRES_LAUNCH(ctx, launch_device_copy(dst, src, sizeof(T) * n, ctx->eigen_device<GPUDevice>().stream()));
  }

  static void apply(OpKernelContext* ctx, const std::vector<AdamTensor<T>>& tensors, AdamScalars s) {
    using LT = typename LaunchType<T>::type;
    OP_REQUIRES_LAUNCH(ctx, launch_multi_tensor_adam(reinterpret_cast<const AdamTensor<LT>*>(tensors.data()),
                                                     static_cast<int>(tensors.size()), s,
                                                     ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

constexpr const char* kListNames[] = {"vars", "ms", "vs"};

template <typename Device, typename T>
class MultiTensorAdamOp : public OpKernel {
 public:
  explicit MultiTensorAdamOp(OpKernelConstruction* ctx) : OpKernel(ctx) {}

  void Compute(OpKernelContext* ctx) override {
    tensorflow::OpInputList grads;
    OP_REQUIRES_OK(ctx, ctx->input_list("grads", &grads));
    const int n = grads.size();
    static const char* kScalars[] = {"lr", "beta1_power", "beta2_power", "beta1", "beta2", "epsilon"};
    const float* scalar[6];
    for (int i = 0; i < 6; ++i) {
      const Tensor& t = ctx->input(4 * n + i);
      OP_REQUIRES_OK(ctx, require_scalar(t, kScalars[i]));
      scalar[i] = t.scalar<float>().data();
    }
    const Tensor& apply_update = ctx->input(4 * n + 6);
    OP_REQUIRES_OK(ctx, require_scalar(apply_update, "apply_update"));

    // vars, ms, vs: inputs [0, 3n).
    std::vector<tensorflow::core::RefCountPtr<tensorflow::Var>> resources(3 * n);
    for (int i = 0; i < 3 * n; ++i) {
      OP_REQUIRES_OK(ctx, tensorflow::LookupResource(ctx, tensorflow::HandleFromInput(ctx, i), &resources[i]));
    }
    std::vector<tsl::mutex*> mutexes;
    for (auto& r : resources) mutexes.push_back(r->mu());
    std::sort(mutexes.begin(), mutexes.end());
    mutexes.erase(std::unique(mutexes.begin(), mutexes.end()), mutexes.end());
    std::vector<std::unique_ptr<tsl::mutex_lock>> locks;
    for (tsl::mutex* mu : mutexes) locks.push_back(std::make_unique<tsl::mutex_lock>(*mu));

    std::vector<AdamTensor<T>> tensors(n);
    for (int i = 0; i < n; ++i) {
      T* data[3];
      for (int k = 0; k < 3; ++k) {
        tensorflow::Var* var = resources[k * n + i].get();
        OP_REQUIRES_OK(ctx, check_variable(*var->tensor(), grads[i], kListNames[k], i));
        OP_REQUIRES_OK(ctx, own_buffer(ctx, var));
        if (!ctx->status().ok()) return;
        data[k] = var->tensor()->template flat<T>().data();
      }
      tensors[i] = AdamTensor<T>{data[0], data[1], data[2], grads[i].flat<T>().data(), grads[i].NumElements()};
    }
    AdamImpl<Device, T>::apply(ctx, tensors,
                               AdamScalars{scalar[0], scalar[1], scalar[2], scalar[3], scalar[4], scalar[5],
                                           apply_update.scalar<bool>().data()});
  }

 private:
  static absl::Status check_variable(const Tensor& value, const Tensor& grad, const char* list, int i) {
    if (!value.IsInitialized()) {
      return absl::FailedPreconditionError(absl::StrCat(list, "[", i, "] is not initialized"));
    }
    if (value.dtype() != tensorflow::DataTypeToEnum<T>::value) {
      return absl::InvalidArgumentError(absl::StrCat(list, "[", i, "] must hold ",
                                                     tensorflow::DataTypeString(tensorflow::DataTypeToEnum<T>::value),
                                                     " (the dtype of grads), got ",
                                                     tensorflow::DataTypeString(value.dtype())));
    }
    if (value.shape() != grad.shape()) {
      return absl::InvalidArgumentError(absl::StrCat(list, "[", i, "] must have the shape of grads[", i, "] ",
                                                     grad.shape().DebugString(), ", got ",
                                                     value.shape().DebugString()));
    }
    return absl::OkStatus();
  }

  // Copies the variable's buffer if a reader still holds it (or in copy-on-read mode), so the
  // in-place update is not seen through earlier reads.
  static absl::Status own_buffer(OpKernelContext* ctx, tensorflow::Var* var) {
    Tensor* value = var->tensor();
    if (!var->copy_on_read_mode.load() && value->RefCountIsOne()) return absl::OkStatus();
    tsl::AllocatorAttributes attr;
    attr.set_gpu_compatible(true);
    attr.set_nic_compatible(true);
    Tensor copy;
    TF_RETURN_IF_ERROR(ctx->allocate_temp(value->dtype(), value->shape(), &copy, attr));
    AdamImpl<Device, T>::copy(ctx, copy.flat<T>().data(), value->flat<T>().data(), value->NumElements());
    *value = copy;
    return absl::OkStatus();
  }
};

#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T)                                                 \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>MultiTensorAdam")                                  \
                              .Device(DEVICE_TYPE)                                          \
                              .HostMemory("vars")                                           \
                              .HostMemory("ms")                                             \
                              .HostMemory("vs")                                             \
                              .TypeConstraint<T>("T"),                                      \
                          MultiTensorAdamOp<DEVICE, T>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
