// OpKernels for SplitHeads / HeadMergeGrad (token-major -> head-major) and HeadMerge /
// SplitHeadsGrad (head-major -> token-major): validate, allocate, then run the CPU loops below or
// the CUDA launchers of heads_cuda.h.
#include "tf_ops/attention/heads_cuda.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

template <typename Device, typename T>
struct HeadsImpl;

template <typename T>
struct HeadsImpl<CPUDevice, T> {
  // out_p = (in + bias) * (p == 0 ? scale0 : 1); bias may be null.
  static void split(OpKernelContext* ctx, T* const out[3], const T* in, const T* bias, const HeadLayout& L,
                    float scale0) {
    cpu_parallel_for(ctx, L.rows(), 4 * L.width(), [&](int64_t begin, int64_t end) {
      for (int64_t row = begin; row < end; ++row) {
        for (int64_t col = 0; col < L.width(); ++col) {
          int p;
          const int64_t at = L.head_major(row, col, &p);
          float v = static_cast<float>(in[row * L.width() + col]);
          if (bias) v += static_cast<float>(bias[col]);
          out[p][at] = static_cast<T>(p == 0 ? v * scale0 : v);
        }
      }
    });
  }

  // out = merged parts (part 0 times scale0); dbias (nullable) = column sums of out.
  static void merge(OpKernelContext* ctx, T* out, T* dbias, const T* const in[3], const HeadLayout& L,
                    float scale0) {
    cpu_parallel_for(ctx, L.rows(), 4 * L.width(), [&](int64_t begin, int64_t end) {
      for (int64_t row = begin; row < end; ++row) {
        for (int64_t col = 0; col < L.width(); ++col) {
          int p;
          const int64_t at = L.head_major(row, col, &p);
          const float v = static_cast<float>(in[p][at]);
          out[row * L.width() + col] = static_cast<T>(p == 0 ? v * scale0 : v);
        }
      }
    });
    if (dbias) {
      cpu_column_sums<1>(
          ctx, L.rows(), L.width(),
          [&](int64_t r, int64_t c, float (&v)[1]) { v[0] = static_cast<float>(out[r * L.width() + c]); },
          [&](int64_t c, const float (&s)[1]) { dbias[c] = static_cast<T>(s[0]); });
    }
  }
};

#if GOOGLE_CUDA
template <typename T>
struct HeadsImpl<GPUDevice, T> {
  static void split(OpKernelContext* ctx, T* const out[3], const T* in, const T* bias, const HeadLayout& L,
                    float scale0) {
    OP_REQUIRES_LAUNCH(ctx, launch_split_heads(launch_cast(out[0]), launch_cast(out[1]),
                                               launch_cast(out[2]), launch_cast(in), launch_cast(bias),
                                               L.parts, L.batch, L.seq, L.heads, L.head_dim, scale0,
                                               ctx->eigen_device<GPUDevice>().stream()));
  }

  static void merge(OpKernelContext* ctx, T* out, T* dbias, const T* const in[3], const HeadLayout& L,
                    float scale0) {
    Tensor workspace;
    if (dbias) {
      OP_REQUIRES_OK(ctx, ctx->allocate_temp(tensorflow::DT_FLOAT,
                                             TensorShape({column_chunks(L.rows(), L.width()) * L.width()}),
                                             &workspace));
    }
    OP_REQUIRES_LAUNCH(ctx, launch_merge_heads(launch_cast(out), launch_cast(dbias),
                                               dbias ? workspace.flat<float>().data() : nullptr,
                                               launch_cast(in[0]), launch_cast(in[1]), launch_cast(in[2]),
                                               L.parts, L.batch, L.seq, L.heads, L.head_dim, scale0,
                                               ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

// Validates a token-major input [B, T, parts * heads * H] and returns its layout.
absl::Status token_major_layout(const Tensor& t, const char* name, int parts, int64_t heads, HeadLayout* L) {
  if (t.dims() != 3) {
    return absl::InvalidArgumentError(absl::StrCat(name, " must have rank 3, got shape ", t.shape().DebugString()));
  }
  const int64_t width = t.dim_size(2);
  if (width % (parts * heads) != 0) {
    return absl::InvalidArgumentError(absl::StrCat(name, " must have a last dimension divisible by ",
                                                   parts, " * heads = ", parts * heads, ", got ", width));
  }
  *L = HeadLayout{parts, t.dim_size(0), t.dim_size(1), heads, width / (parts * heads)};
  return absl::OkStatus();
}

// The attrs of the four head ops: heads, and for SplitHeads / SplitHeadsGrad (kBias) also parts
// (1 to 3) and scale; HeadMerge / HeadMergeGrad move one part, unscaled.
template <bool kBias>
class HeadsOpBase : public OpKernel {
 public:
  explicit HeadsOpBase(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("heads", &heads_));
    if (!kBias) return;
    int64_t parts;
    OP_REQUIRES_OK(ctx, ctx->GetAttr("parts", &parts));
    OP_REQUIRES(ctx, parts >= 1 && parts <= 3,
                absl::InvalidArgumentError(absl::StrCat("parts must be 1, 2 or 3, got ", parts)));
    parts_ = static_cast<int>(parts);
    OP_REQUIRES_OK(ctx, ctx->GetAttr("scale", &scale_));
  }

 protected:
  int parts_ = 1;
  int64_t heads_;
  float scale_ = 1.f;
};

// SplitHeads (kBias: x, bias -> parts outputs, part 0 scaled) and HeadMergeGrad (dy -> dx).
template <typename Device, typename T, bool kBias>
class SplitHeadsOp : public HeadsOpBase<kBias> {
 public:
  using HeadsOpBase<kBias>::HeadsOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& in = ctx->input(0);
    HeadLayout L;
    OP_REQUIRES_OK(ctx, token_major_layout(in, kBias ? "x" : "dy", parts_, heads_, &L));
    const T* bias = nullptr;
    if (kBias) {
      OP_REQUIRES_OK(ctx, require_vector(ctx->input(1), L.width(), "bias", "the last dimension of x"));
      bias = ctx->input(1).flat<T>().data();
    }
    T* out[3] = {nullptr, nullptr, nullptr};
    for (int p = 0; p < parts_; ++p) {
      Tensor* t;
      OP_REQUIRES_OK(ctx, ctx->allocate_output(p, TensorShape({L.batch, L.heads, L.seq, L.head_dim}), &t));
      out[p] = t->flat<T>().data();
    }
    HeadsImpl<Device, T>::split(ctx, out, in.flat<T>().data(), bias, L, scale_);
  }

 private:
  using HeadsOpBase<kBias>::parts_;
  using HeadsOpBase<kBias>::heads_;
  using HeadsOpBase<kBias>::scale_;
};

// HeadMerge (x -> y) and SplitHeadsGrad (kBias: parts inputs -> dx, dbias; part 0 scaled).
template <typename Device, typename T, bool kBias>
class MergeHeadsOp : public HeadsOpBase<kBias> {
 public:
  using HeadsOpBase<kBias>::HeadsOpBase;

  void Compute(OpKernelContext* ctx) override {
    const char* name = kBias ? "douts" : "x";
    const Tensor& first = ctx->input(0);
    OP_REQUIRES(ctx, first.dims() == 4,
                absl::InvalidArgumentError(absl::StrCat(name, " must have rank 4, got shape ",
                                                        first.shape().DebugString())));
    OP_REQUIRES(ctx, first.dim_size(1) == heads_,
                absl::InvalidArgumentError(absl::StrCat(name, " must have ", heads_,
                                                        " heads in dimension 1, got shape ",
                                                        first.shape().DebugString())));
    const T* in[3] = {first.flat<T>().data(), nullptr, nullptr};
    for (int p = 1; p < parts_; ++p) {
      OP_REQUIRES_OK(ctx, require_same_shape(ctx->input(p), first, "douts", "douts[0]"));
      in[p] = ctx->input(p).flat<T>().data();
    }
    const HeadLayout L{parts_, first.dim_size(0), first.dim_size(2), first.dim_size(1), first.dim_size(3)};
    Tensor *out, *dbias = nullptr;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, TensorShape({L.batch, L.seq, L.width()}), &out));
    if (kBias) OP_REQUIRES_OK(ctx, ctx->allocate_output(1, TensorShape({L.width()}), &dbias));
    HeadsImpl<Device, T>::merge(ctx, out->flat<T>().data(), dbias ? dbias->flat<T>().data() : nullptr,
                                in, L, scale_);
  }

 private:
  using HeadsOpBase<kBias>::parts_;
  using HeadsOpBase<kBias>::heads_;
  using HeadsOpBase<kBias>::scale_;
};

#define REGISTER_FOR(DEVICE, DEVICE_TYPE, T)                                                           \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>SplitHeads").Device(DEVICE_TYPE).TypeConstraint<T>("T"),      \
                          SplitHeadsOp<DEVICE, T, true>);                                              \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>HeadMergeGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"),   \
                          SplitHeadsOp<DEVICE, T, false>);                                             \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>HeadMerge").Device(DEVICE_TYPE).TypeConstraint<T>("T"),       \
                          MergeHeadsOp<DEVICE, T, false>);                                             \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>SplitHeadsGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"),  \
                          MergeHeadsOp<DEVICE, T, true>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
