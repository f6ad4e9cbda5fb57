// OpKernels for Embedding and EmbeddingGrad: validate, allocate, then run the CPU loops below
// or the CUDA launchers of embedding_cuda.h.
#include <limits>
#include <vector>

#include "tf_ops/common/dropout_rng.h"
#include "tf_ops/common/op_utils.h"
#include "tf_ops/embedding/embedding_cuda.h"
#include "tf_ops/embedding/timing_signal.h"

namespace lightseq_tf {
namespace {

struct Sizes {
  int64_t rows, length, vocab, dim;
};

template <typename T, typename TT, typename I>
struct ForwardArgs {
  T* y;
  uint8_t* mask;  // null when rate == 0
  const I* ids;
  const TT* table;
  Sizes n;
  float scale;
  bool sinusoids;
  float rate;
  const int64_t* seed;
  const int64_t* offset;
};

template <typename T, typename TT, typename I>
struct BackwardArgs {
  TT* dtable;
  const T* dy;
  const I* ids;
  const uint8_t* mask;  // null when rate == 0
  Sizes n;
  float scale;
  float rate;
};

template <typename Device, typename T, typename TT, typename I>
struct EmbeddingImpl;

template <typename T, typename TT, typename I>
struct EmbeddingImpl<CPUDevice, T, TT, I> {
  // Ids are checked by the OpKernel before this runs.
  static void forward(OpKernelContext* ctx, const ForwardArgs<T, TT, I>& a) {
    const int64_t dim = a.n.dim, total = a.n.rows * dim;
    const uint32_t threshold = dropout_threshold(a.rate);
    const float keep_scale = dropout_scale(a.rate);
    const float inc = a.sinusoids ? timing_increment(dim) : 0.f;
    constexpr int K = kKeepsPerDraw;
    cpu_parallel_for(ctx, (total + K - 1) / K, 30 * K, [&](int64_t begin, int64_t end) {
      for (int64_t d = begin; d < end; ++d) {
        DropoutDraw w;
        if (a.mask) w = dropout_draw(static_cast<uint64_t>(*a.seed), static_cast<uint64_t>(*a.offset), d);
        for (int j = 0; j < K && K * d + j < total; ++j) {
          const int64_t i = K * d + j, row = i / dim, col = i % dim;
          float v = static_cast<float>(a.table[static_cast<int64_t>(a.ids[row]) * dim + col]) * a.scale;
          if (a.sinusoids) v += timing_signal(row % a.n.length, col, dim, inc);
          if (a.mask) {
            const bool keep = keep_in_draw(w, j, threshold);
            a.mask[i] = keep;
            v = keep ? v * keep_scale : 0.f;
          }
          a.y[i] = static_cast<T>(v);
        }
      }
    });
  }

  // Sharded over blocks of columns; each shard adds rows in order (deterministic).
  static void backward(OpKernelContext* ctx, const BackwardArgs<T, TT, I>& a) {
    const int64_t dim = a.n.dim, vocab = a.n.vocab;
    const float factor = a.scale * dropout_scale(a.rate);
    std::vector<float> acc(vocab * dim, 0.f);
    constexpr int64_t kBlock = 64;
    cpu_parallel_for(ctx, (dim + kBlock - 1) / kBlock, 2 * kBlock * a.n.rows, [&](int64_t begin, int64_t end) {
      for (int64_t r = 0; r < a.n.rows; ++r) {
        float* dst = acc.data() + static_cast<int64_t>(a.ids[r]) * dim;
        for (int64_t c = begin * kBlock; c < std::min(dim, end * kBlock); ++c) {
          const int64_t i = r * dim + c;
          if (a.mask == nullptr || a.mask[i]) dst[c] += static_cast<float>(a.dy[i]) * factor;
        }
      }
    });
    for (int64_t i = 0; i < vocab * dim; ++i) a.dtable[i] = static_cast<TT>(acc[i]);
  }
};

#if GOOGLE_CUDA
template <typename T, typename TT, typename I>
struct EmbeddingImpl<GPUDevice, T, TT, I> {
  static void forward(OpKernelContext* ctx, const ForwardArgs<T, TT, I>& a) {
    OP_REQUIRES_LAUNCH(ctx, launch_embedding(launch_cast(a.y), a.mask, a.ids, launch_cast(a.table),
                                             a.n.rows, a.n.length, a.n.vocab, a.n.dim, a.scale,
                                             a.sinusoids, a.rate, a.seed, a.offset,
                                             ctx->eigen_device<GPUDevice>().stream()));
  }

  static void backward(OpKernelContext* ctx, const BackwardArgs<T, TT, I>& a) {
    Tensor workspace;
    const size_t bytes = embedding_grad_workspace_bytes(a.n.rows, a.n.vocab, a.n.dim);
    OP_REQUIRES_OK(ctx, ctx->allocate_temp(tensorflow::DT_INT8,
                                           TensorShape({static_cast<int64_t>(bytes)}), &workspace));
    OP_REQUIRES_LAUNCH(ctx, launch_embedding_grad(launch_cast(a.dtable), workspace.flat<int8_t>().data(),
                                                  launch_cast(a.dy), a.ids, a.mask, a.n.rows,
                                                  a.n.vocab, a.n.dim, a.scale, a.rate,
                                                  ctx->eigen_device<GPUDevice>().stream()));
  }
};
#endif  // GOOGLE_CUDA

// Checks ids [...] and table [V, D]; on the CPU also that every id lies in [0, V) (the GPU
// kernels cannot report it: they give NaN rows and never read out of bounds).
template <typename Device, typename I>
absl::Status check_ids(const Tensor& ids, const Tensor& table) {
  TF_RETURN_IF_ERROR(require_rank_at_least(ids, 1, "ids"));
  if (table.dims() != 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("table must have rank 2 [vocab, dim], got shape ", table.shape().DebugString()));
  }
  if (ids.NumElements() > std::numeric_limits<int32_t>::max()) {
    return absl::InvalidArgumentError(absl::StrCat("ids must have fewer than 2^31 elements, got ", ids.NumElements()));
  }
  if (std::is_same<Device, CPUDevice>::value) {
    const auto flat = ids.flat<I>();
    const int64_t vocab = table.dim_size(0);
    for (int64_t i = 0; i < flat.size(); ++i) {
      if (flat(i) < 0 || flat(i) >= vocab) {
        return absl::InvalidArgumentError(absl::StrCat("ids must lie in [0, ", vocab,
                                                       ") (the table's first dimension), got ",
                                                       flat(i), " at flat index ", i));
      }
    }
  }
  return absl::OkStatus();
}

Sizes sizes_of(const Tensor& ids, const Tensor& table) {
  return Sizes{ids.NumElements(), ids.dim_size(ids.dims() - 1), table.dim_size(0), table.dim_size(1)};
}

class EmbeddingOpBase : public OpKernel {
 public:
  explicit EmbeddingOpBase(OpKernelConstruction* ctx) : OpKernel(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("scale", &scale_));
    OP_REQUIRES_OK(ctx, ctx->GetAttr("rate", &rate_));
    OP_REQUIRES_OK(ctx, require_dropout_rate(rate_));
  }

 protected:
  float scale_, rate_;
};

// ids, table, seed, offset -> y, mask.
template <typename Device, typename T, typename TT, typename I>
class EmbeddingOp : public EmbeddingOpBase {
 public:
  explicit EmbeddingOp(OpKernelConstruction* ctx) : EmbeddingOpBase(ctx) {
    OP_REQUIRES_OK(ctx, ctx->GetAttr("sinusoids", &sinusoids_));
  }

  void Compute(OpKernelContext* ctx) override {
    const Tensor& ids = ctx->input(0);
    const Tensor& table = ctx->input(1);
    OP_REQUIRES_OK(ctx, (check_ids<Device, I>(ids, table)));
    OP_REQUIRES_OK(ctx, require_scalar(ctx->input(2), "seed"));
    OP_REQUIRES_OK(ctx, require_scalar(ctx->input(3), "offset"));
    OP_REQUIRES(ctx, !sinusoids_ || table.dim_size(1) >= 4,
                absl::InvalidArgumentError(absl::StrCat(
                    "table must have at least 4 columns for sinusoids, got shape ", table.shape().DebugString())));
    TensorShape y_shape = ids.shape();
    y_shape.AddDim(table.dim_size(1));
    Tensor *y, *mask;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, y_shape, &y));
    OP_REQUIRES_OK(ctx, ctx->allocate_output(1, rate_ > 0.f ? y_shape : TensorShape({0}), &mask));
    const ForwardArgs<T, TT, I> a{y->flat<T>().data(),
                                  rate_ > 0.f ? mask->flat<uint8_t>().data() : nullptr,
                                  ids.flat<I>().data(),
                                  table.flat<TT>().data(),
                                  sizes_of(ids, table),
                                  scale_,
                                  sinusoids_,
                                  rate_,
                                  ctx->input(2).scalar<int64_t>().data(),
                                  ctx->input(3).scalar<int64_t>().data()};
    if (y->NumElements() == 0) return;
    EmbeddingImpl<Device, T, TT, I>::forward(ctx, a);
  }

 private:
  bool sinusoids_;
};

// dy, ids, mask, table (shape only) -> dtable.
template <typename Device, typename T, typename TT, typename I>
class EmbeddingGradOp : public EmbeddingOpBase {
 public:
  using EmbeddingOpBase::EmbeddingOpBase;

  void Compute(OpKernelContext* ctx) override {
    const Tensor& dy = ctx->input(0);
    const Tensor& ids = ctx->input(1);
    const Tensor& mask = ctx->input(2);
    const Tensor& table = ctx->input(3);
    OP_REQUIRES_OK(ctx, (check_ids<Device, I>(ids, table)));
    TensorShape y_shape = ids.shape();
    y_shape.AddDim(table.dim_size(1));
    OP_REQUIRES(ctx, dy.shape() == y_shape,
                absl::InvalidArgumentError(absl::StrCat("dy must have shape ids.shape + [dim] ",
                                                        y_shape.DebugString(), ", got ", dy.shape().DebugString())));
    OP_REQUIRES_OK(ctx, require_dropout_mask(mask, dy, rate_, "dy"));
    Tensor* dtable;
    OP_REQUIRES_OK(ctx, ctx->allocate_output(0, table.shape(), &dtable));
    const BackwardArgs<T, TT, I> a{dtable->flat<TT>().data(), dy.flat<T>().data(), ids.flat<I>().data(),
                                   rate_ > 0.f ? mask.flat<uint8_t>().data() : nullptr,
                                   sizes_of(ids, table), scale_, rate_};
    if (table.NumElements() == 0) return;
    EmbeddingImpl<Device, T, TT, I>::backward(ctx, a);
  }
};

#define REGISTER_EMBEDDING(DEVICE, DEVICE_TYPE, T, TT, I)                                       \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>Embedding")                                           \
                              .Device(DEVICE_TYPE)                                             \
                              .TypeConstraint<T>("T")                                          \
                              .TypeConstraint<TT>("Ttable")                                    \
                              .TypeConstraint<I>("Tids"),                                      \
                          EmbeddingOp<DEVICE, T, TT, I>);                                      \
  REGISTER_KERNEL_BUILDER(Name("LightSeq>EmbeddingGrad")                                       \
                              .Device(DEVICE_TYPE)                                             \
                              .TypeConstraint<T>("T")                                          \
                              .TypeConstraint<TT>("Ttable")                                    \
                              .TypeConstraint<I>("Tids"),                                      \
                          EmbeddingGradOp<DEVICE, T, TT, I>);
// Table float32 or T.
#define REGISTER_TABLES(DEVICE, DEVICE_TYPE, I)                      \
  REGISTER_EMBEDDING(DEVICE, DEVICE_TYPE, float, float, I)           \
  REGISTER_EMBEDDING(DEVICE, DEVICE_TYPE, Eigen::half, Eigen::half, I) \
  REGISTER_EMBEDDING(DEVICE, DEVICE_TYPE, Eigen::half, float, I)     \
  REGISTER_EMBEDDING(DEVICE, DEVICE_TYPE, Eigen::bfloat16, Eigen::bfloat16, I) \
  REGISTER_EMBEDDING(DEVICE, DEVICE_TYPE, Eigen::bfloat16, float, I)
#define REGISTER_DEVICE(DEVICE, DEVICE_TYPE) \
  REGISTER_TABLES(DEVICE, DEVICE_TYPE, int32_t) REGISTER_TABLES(DEVICE, DEVICE_TYPE, int64_t)

REGISTER_DEVICE(CPUDevice, tensorflow::DEVICE_CPU)
#if GOOGLE_CUDA
REGISTER_DEVICE(GPUDevice, tensorflow::DEVICE_GPU)
#endif

}  // namespace
}  // namespace lightseq_tf
