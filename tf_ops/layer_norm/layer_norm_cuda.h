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

// Most blocks of the fused LayerNorm backward kernels (each writes one row of dgamma/dbeta
// partials): the warp-per-row kernel's, and the block-per-rows kernel's (rows with a dsum).
inline int64_t layer_norm_grad_blocks(int64_t rows) {
  const int64_t blocks = (rows + 15) / 16;
  return blocks < 1 ? 1 : (blocks > 512 ? 512 : blocks);
}
inline int64_t layer_norm_grad_row_blocks(int64_t rows) {
  const int64_t blocks = (rows + 7) / 8;  // >= 8 rows per block (the launcher caps it at one wave)
  return blocks < 1 ? 1 : (blocks > 2048 ? 2048 : blocks);
}

// Floats of workspace launch_layer_norm_grad needs.
inline int64_t layer_norm_grad_workspace_size(int64_t rows, int64_t cols) {
  int64_t partial_rows = column_chunks(rows, cols);
  if (layer_norm_grad_blocks(rows) > partial_rows) partial_rows = layer_norm_grad_blocks(rows);
  if (layer_norm_grad_row_blocks(rows) > partial_rows) partial_rows = layer_norm_grad_row_blocks(rows);
  return 2 * cols * partial_rows;
}

// Gradients of launch_layer_norm given dy and the forward's s (x), mean and rstd.
// dsum (nullable) is the gradient reaching the `sum` output and is added to dx.
// workspace: layer_norm_grad_workspace_size(rows, cols) floats.
template <typename T, typename U>
int launch_layer_norm_grad(T* dx, U* dgamma, U* dbeta, float* workspace, const T* dy,
                           const T* dsum, const T* x, const U* gamma, const float* mean,
                           const float* rstd, int64_t rows, int64_t cols, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_LAYER_NORM_LAYER_NORM_CUDA_H_
