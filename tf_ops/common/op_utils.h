// Helpers for the thin OpKernels: argument validation with messages that name the argument,
// TF dtype -> launcher type mapping, CPU sharding and GPU stream access.
#ifndef LIGHTSEQ_TF_COMMON_OP_UTILS_H_
#define LIGHTSEQ_TF_COMMON_OP_UTILS_H_

#include <algorithm>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "tensorflow/core/framework/op_kernel.h"
#include "tensorflow/core/framework/shape_inference.h"
#include "tensorflow/core/framework/tensor.h"
#include "tensorflow/core/util/work_sharder.h"
#include "tf_ops/common/launch_types.h"

#if GOOGLE_CUDA
#include "unsupported/Eigen/CXX11/Tensor"
#endif

namespace lightseq_tf {

using tensorflow::OpKernel;
using tensorflow::OpKernelConstruction;
using tensorflow::OpKernelContext;
using tensorflow::Tensor;
using tensorflow::TensorShape;

using CPUDevice = Eigen::ThreadPoolDevice;
#if GOOGLE_CUDA
using GPUDevice = Eigen::GpuDevice;
#endif

// TF element type -> storage type of the launch_* signatures.
template <typename T> struct LaunchType { using type = T; };
template <> struct LaunchType<Eigen::half> { using type = fp16; };
template <> struct LaunchType<Eigen::bfloat16> { using type = bf16; };

template <typename T>
typename LaunchType<T>::type* launch_cast(T* p) {
  return reinterpret_cast<typename LaunchType<T>::type*>(p);
}
template <typename T>
const typename LaunchType<T>::type* launch_cast(const T* p) {
  return reinterpret_cast<const typename LaunchType<T>::type*>(p);
}

// ---- validation (absl::InvalidArgumentError naming the argument) ----

inline absl::Status require_rank_at_least(const tensorflow::Tensor& t, int rank, const char* name) {
  if (t.dims() >= rank) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(name, " must have rank >= ", rank, ", got shape ",
                                                 t.shape().DebugString()));
}

inline absl::Status require_vector(const tensorflow::Tensor& t, int64_t size, const char* name,
                                   const char* size_desc) {
  if (t.dims() == 1 && t.dim_size(0) == size) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(name, " must be a vector of size ", size, " (",
                                                 size_desc, "), got shape ",
                                                 t.shape().DebugString()));
}

inline absl::Status require_same_shape(const tensorflow::Tensor& t, const tensorflow::Tensor& ref,
                                       const char* name, const char* ref_name) {
  if (t.shape() == ref.shape()) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(name, " must have the shape of ", ref_name, " ",
                                                 ref.shape().DebugString(), ", got ",
                                                 t.shape().DebugString()));
}

inline absl::Status require_scalar(const tensorflow::Tensor& t, const char* name) {
  if (t.dims() == 0) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(name, " must be a scalar, got shape ", t.shape().DebugString()));
}

inline absl::Status require_dropout_rate(float rate) {
  if (rate >= 0.f && rate < 1.f) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat("rate must be in [0, 1), got ", rate));
}

// A dropout mask input: shaped like `ref` when rate > 0, empty when rate == 0.
inline absl::Status require_dropout_mask(const tensorflow::Tensor& mask, const tensorflow::Tensor& ref,
                                         float rate, const char* ref_name) {
  if (rate > 0.f) return require_same_shape(mask, ref, "mask", ref_name);
  if (mask.NumElements() == 0) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("mask must be empty when rate == 0, got shape ", mask.shape().DebugString()));
}

// Rows of a [..., cols] tensor viewed as [rows, cols] (well defined when cols == 0).
inline int64_t leading_rows(const tensorflow::TensorShape& shape) {
  int64_t rows = 1;
  for (int i = 0; i + 1 < shape.dims(); ++i) rows *= shape.dim_size(i);
  return rows;
}

inline int64_t last_dim(const tensorflow::Tensor& t) { return t.dim_size(t.dims() - 1); }

// Runs fn(begin, end) over [0, total) on the CPU device's worker threads.
template <typename Fn>
void cpu_parallel_for(tensorflow::OpKernelContext* ctx, int64_t total, int64_t cost_per_unit,
                      Fn fn) {
  auto* workers = ctx->device()->tensorflow_cpu_worker_threads();
  tensorflow::Shard(workers->num_threads, workers->workers, total, cost_per_unit,
                    [&fn](int64_t begin, int64_t end) { fn(begin, end); });
}

// Column sums over a [rows, cols] operand on the CPU: for every column c, calls
// term(r, c, v) for each row r (v: float[A], set by term) and store(c, sums) with the A sums.
// Sharded over blocks of columns so each shard walks rows contiguously.
template <int A, typename Term, typename Store>
void cpu_column_sums(tensorflow::OpKernelContext* ctx, int64_t rows, int64_t cols, Term term,
                     Store store) {
  constexpr int64_t kBlock = 64;
  cpu_parallel_for(ctx, (cols + kBlock - 1) / kBlock, 4 * A * kBlock * rows,
                   [&](int64_t begin, int64_t end) {
    for (int64_t blk = begin; blk < end; ++blk) {
      const int64_t c0 = blk * kBlock, c1 = std::min(cols, c0 + kBlock);
      float sums[kBlock][A] = {};
      for (int64_t r = 0; r < rows; ++r) {
        for (int64_t c = c0; c < c1; ++c) {
          float v[A];
          term(r, c, v);
          for (int a = 0; a < A; ++a) sums[c - c0][a] += v[a];
        }
      }
      for (int64_t c = c0; c < c1; ++c) store(c, sums[c - c0]);
    }
  });
}

// ---- shape-function helpers (ranks and static sizes checked at graph construction) ----
// Errors are prefixed with "<name> must ..." so graph-mode failures name the argument.

inline absl::Status name_error(const absl::Status& s, const char* name, const char* requirement) {
  if (s.ok()) return s;
  return absl::InvalidArgumentError(absl::StrCat(name, " must ", requirement, ": ", s.message()));
}

// c->input(input) must have rank >= 1; returns its last dimension.
inline absl::Status shape_last_dim(tensorflow::shape_inference::InferenceContext* c, int input,
                                   const char* name,
                                   tensorflow::shape_inference::DimensionHandle* last) {
  tensorflow::shape_inference::ShapeHandle s;
  TF_RETURN_IF_ERROR(name_error(c->WithRankAtLeast(c->input(input), 1, &s), name, "have rank >= 1"));
  *last = c->Dim(s, -1);
  return absl::OkStatus();
}

// c->input(input) must be a vector whose size merges with dim.
inline absl::Status shape_vector_of(tensorflow::shape_inference::InferenceContext* c, int input,
                                    const char* name,
                                    tensorflow::shape_inference::DimensionHandle dim) {
  tensorflow::shape_inference::ShapeHandle v;
  TF_RETURN_IF_ERROR(name_error(c->WithRank(c->input(input), 1, &v), name, "be a vector"));
  tensorflow::shape_inference::DimensionHandle merged;
  return name_error(c->Merge(c->Dim(v, 0), dim, &merged), name,
                    "match the last dimension of the input");
}

// Input `a` must have the shape of input `b`; returns the merged shape.
inline absl::Status shape_same(tensorflow::shape_inference::InferenceContext* c, int a,
                               const char* a_name, int b, const char* b_name,
                               tensorflow::shape_inference::ShapeHandle* out) {
  const std::string requirement = absl::StrCat("have the shape of ", b_name);
  return name_error(c->Merge(c->input(a), c->input(b), out), a_name, requirement.c_str());
}

// Input `input` must be a scalar.
inline absl::Status shape_scalar(tensorflow::shape_inference::InferenceContext* c, int input,
                                 const char* name) {
  tensorflow::shape_inference::ShapeHandle s;
  return name_error(c->WithRank(c->input(input), 0, &s), name, "be a scalar");
}

}  // namespace lightseq_tf

// REGISTER(DEVICE, DEVICE_TYPE, T) for T in float, half, bfloat16 on the CPU and, in CUDA builds,
// the GPU.
#define LIGHTSEQ_FOR_FLOAT_TYPES(REGISTER, DEVICE, DEVICE_TYPE) \
  REGISTER(DEVICE, DEVICE_TYPE, float)                          \
  REGISTER(DEVICE, DEVICE_TYPE, Eigen::half)                    \
  REGISTER(DEVICE, DEVICE_TYPE, Eigen::bfloat16)
#if GOOGLE_CUDA
#define LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER)                                           \
  LIGHTSEQ_FOR_FLOAT_TYPES(REGISTER, ::lightseq_tf::CPUDevice, ::tensorflow::DEVICE_CPU) \
  LIGHTSEQ_FOR_FLOAT_TYPES(REGISTER, ::lightseq_tf::GPUDevice, ::tensorflow::DEVICE_GPU)
#else
#define LIGHTSEQ_REGISTER_FLOAT_KERNELS(REGISTER) \
  LIGHTSEQ_FOR_FLOAT_TYPES(REGISTER, ::lightseq_tf::CPUDevice, ::tensorflow::DEVICE_CPU)
#endif

// Fails the op with the launcher's CUDA status text unless it returned 0.
#define OP_REQUIRES_LAUNCH(ctx, launch_expr)                                                     \
  do {                                                                                           \
    const int _ls_status = (launch_expr);                                                        \
    OP_REQUIRES(ctx, _ls_status == 0,                                                            \
                absl::InternalError(absl::StrCat("CUDA launch failed: ",                         \
                                                 ::lightseq_tf::cuda_status_string(_ls_status)))); \
  } while (0)

#endif  // LIGHTSEQ_TF_COMMON_OP_UTILS_H_
