// OpKernels for SplitHeads / HeadMergeGrad (token-major -> head-major) and HeadMerge /
// SplitHeadsGrad (head-major -> token-major): validate, allocate, then run the CPU loops below or
// the CUDA launchers of heads_cuda.h.
#include <algorithm>
#include <limits>

#include "tf_ops/attention/heads_cuda.h"
#include "tf_ops/common/op_utils.h"

namespace lightseq_tf {
namespace {

template <typename Device, typename T>
struct HeadsImpl;

template <typename T>
struct HeadsImpl<CPUDevice, T> {
  // out_p = (in + bias) * (p == 0 ? scale0 : 1), the key parts' padding rows 0; bias may be null.
  static void split(OpKernelContext* ctx, T* const out[3], const T* in, const T* bias, const HeadLayout& L,
                    float scale0) {
    for (int p = 0; p < L.parts; ++p) {
      if (L.part_seq(p) == L.seq) continue;
      for (int64_t head = 0; head < L.batch * L.heads; ++head) {
        std::fill(out[p] + (head * L.key_seq + L.seq) * L.head_dim, out[p] + (head + 1) * L.key_seq * L.head_dim,
                  static_cast<T>(0.f));
      }
    }
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
                                               L.parts, L.batch, L.seq, L.heads, L.head_dim, L.key_seq,
                                               scale0, ctx->eigen_device<GPUDevice>().stream()));
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
                                               L.parts, L.batch, L.seq, L.heads, L.head_dim, L.key_seq,
                                               scale0, ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

// Validates a token-major input [B, T, parts * heads * H] and returns its layout, the key parts
// padded to a multiple of pad_keys_to rows.
absl::Status token_major_layout(const Tensor& t, const char* name, int parts, int64_t heads, int64_t pad_keys_to,
                                HeadLayout* L) {
  if (t.dims() != 3) {
    return absl::InvalidArgumentError(absl::StrCat(name, " must have rank 3, got shape ", t.shape().DebugString()));
  }
  const int64_t width = t.dim_size(2);
  if (width % (parts * heads) != 0) {
    return absl::InvalidArgumentError(absl::StrCat(name, " must have a last dimension divisible by ",
                                                   parts, " * heads = ", parts * heads, ", got ", width));
  }
  const int64_t seq = t.dim_size(1);
  if (seq > std::numeric_limits<int32_t>::max()) {
    return absl::InvalidArgumentError(absl::StrCat(name, " must have fewer than 2^31 rows (T), got ", seq));
  }
  *L = HeadLayout{parts, t.dim_size(0), seq, heads, width / (parts * heads), padded_key_rows(seq, pad_keys_to)};
  return absl::OkStatus();
}

// The attrs of the four head ops: heads, and for SplitHeads / SplitHeadsGrad (kBias) also parts
// (1 to 3) and scale, and for SplitHeads pad_keys_to; HeadMerge / HeadMergeGrad move one part,
// unscaled.
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
    if (ctx->HasAttr("pad_keys_to")) OP_REQUIRES_OK(ctx, ctx->GetAttr("pad_keys_to", &pad_keys_to_));
  }

 protected:
  int parts_ = 1;
  int64_t heads_, pad_keys_to_ = 1;
  float scale_ = 1.f;
};

// SplitHeads (kBias: x, bias -> parts outputs, part 0 scaled, and seq = T on the host) and
// HeadMergeGrad (dy -> dx).
template <typename Device, typename T, bool kBias>
class SplitHeadsOp : public HeadsOpBase<kBias> {
 public:
  using HeadsOpBase<kBias>::HeadsOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& in = ctx->input(0);
    HeadLayout L;
    OP_REQUIRES_OK(ctx, token_major_layout(in, kBias ? "x" : "dy", parts_, heads_, pad_keys_to_, &L));
    const T* bias = nullptr;
    if (kBias) {
      OP_REQUIRES_OK(ctx, require_vector(ctx->input(1), L.width(), "bias", "the last dimension of x"));
      bias = ctx->input(1).flat<T>().data();
    }
    T* out[3] = {nullptr, nullptr, nullptr};
    for (int p = 0; p < parts_; ++p) {
      Tensor* t;
      OP_REQUIRES_OK(ctx, ctx->allocate_output(p, TensorShape({L.batch, L.heads, L.part_seq(p), L.head_dim}), &t));
      out[p] = t->flat<T>().data();
    }
    if (kBias) {
      Tensor* seq;
      OP_REQUIRES_OK(ctx, ctx->allocate_output(parts_, TensorShape({}), &seq));
      seq->scalar<int32_t>()() = static_cast<int32_t>(L.seq);
    }
    HeadsImpl<Device, T>::split(ctx, out, in.flat<T>().data(), bias, L, scale_);
  }

 private:
  using HeadsOpBase<kBias>::parts_;
  using HeadsOpBase<kBias>::heads_;
  using HeadsOpBase<kBias>::scale_;
  using HeadsOpBase<kBias>::pad_keys_to_;
};

// HeadMerge (x -> y) and SplitHeadsGrad (kBias: parts inputs and the forward's seq -> dx, dbias;
// part 0 scaled; the key parts may have more rows than seq).
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
    const Tensor& last = ctx->input(parts_ - 1);
    const int64_t key_seq = last.dims() == 4 ? last.dim_size(2) : -1;
    int64_t seq = first.dim_size(2);
    if (kBias) {
      const Tensor& seq_input = ctx->input(parts_);
      OP_REQUIRES_OK(ctx, require_scalar(seq_input, "seq"));
      seq = seq_input.scalar<int32_t>()();
    }
    const HeadLayout L{parts_, first.dim_size(0), seq, first.dim_size(1), first.dim_size(3), key_seq};
    const T* in[3] = {first.flat<T>().data(), nullptr, nullptr};
    for (int p = 0; kBias && p < parts_; ++p) {
      const Tensor& t = ctx->input(p);
      const bool ok = t.dims() == 4 && t.dim_size(0) == L.batch && t.dim_size(1) == L.heads &&
                      t.dim_size(2) == L.part_seq(p) && t.dim_size(3) == L.head_dim && L.seq >= 0 && key_seq >= L.seq;
      OP_REQUIRES(ctx, ok,
                  absl::InvalidArgumentError(absl::StrCat(
                      name, " must be [", L.batch, ", ", L.heads, ", rows, ", L.head_dim, "] with seq = ", L.seq,
                      " rows for the queries and as many as the last part, at least seq, for the keys and values; ",
                      name, "[", p, "] has shape ", t.shape().DebugString())));
      in[p] = t.flat<T>().data();
    }
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
  REGISTER_KERNEL_BUILDER(                                                                             \
      Name("LightSeq>SplitHeads").Device(DEVICE_TYPE).TypeConstraint<T>("T").HostMemory("seq"),       \
      SplitHeadsOp<DEVICE, T, true>);                                                                  \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>HeadMergeGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T"),   \
                          SplitHeadsOp<DEVICE, T, false>);                                             \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>HeadMerge").Device(DEVICE_TYPE).TypeConstraint<T>("T"),       \
                          MergeHeadsOp<DEVICE, T, false>);                                             \
  REGISTER_KERNEL_BUILDER(                                                                             \
      Name("LightSeq>SplitHeadsGrad").Device(DEVICE_TYPE).TypeConstraint<T>("T").HostMemory("seq"),   \
      MergeHeadsOp<DEVICE, T, true>);

LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER_FOR)

}  // namespace
}  // namespace lightseq_tf
