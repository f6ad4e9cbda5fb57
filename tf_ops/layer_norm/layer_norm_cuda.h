// Framework-free CUDA launchers for LayerNorm over the last axis ([rows, cols] row-major).
// T: float, fp16, bf16 (activations); U: float or T (gamma/beta). Statistics are float32.
// Each returns 0 or a cudaError_t value (see cuda_status_string).
#ifndef LIGHTSEQ_TF_LAYER_NORM_LAYER_NORM_CUDA_H_
#define LIGHTSEQ_TF_LAYER_NORM_LAYER_NORM_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// y = (s - mean) * rstd * gamma + beta with s = x, or s = x + residual (written to sum) when
// residual is non-null. mean and rstd have `rows` elements.
template <typename T, typename U>
int launch_layer_norm(T* y, T* sum, float* mean, float* rstd, const T* x, const T* residual,
                      const U* gamma, const U* beta, int64_t rows, int64_t cols, float epsilon,
                      cudaStream_t stream);

// Gradients of launch_layer_norm given dy and the forward's s (x), mean and rstd.
// dsum (nullable) is the gradient reaching the `sum` output and is added to dx.
// workspace: 2 * column_chunks(rows, cols) * cols floats.
template <typename T, typename U>
int launch_layer_norm_grad(T* dx, U* dgamma, U* dbeta, float* workspace, const T* dy,
                           const T* dsum, const T* x, const U* gamma, const float* mean,
                           const float* rstd, int64_t rows, int64_t cols, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_LAYER_NORM_LAYER_NORM_CUDA_H_
