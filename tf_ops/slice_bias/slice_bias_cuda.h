// Framework-free CUDA launchers for the sliced bias add: y [rows, cols] = x[:, :cols] + bias
// for x [rows, x_cols], x_cols >= cols (e.g. logits of a vocabulary padded for aligned
// matmuls), and its gradient. T: float, fp16, bf16. Each returns 0 or a cudaError_t value.
#ifndef LIGHTSEQ_TF_SLICE_BIAS_SLICE_BIAS_CUDA_H_
#define LIGHTSEQ_TF_SLICE_BIAS_SLICE_BIAS_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// y[r, c] = x[r, c] + bias[c] for c < cols; x has rows of x_cols >= cols elements.
template <typename T>
int launch_slice_bias_add(T* y, const T* x, const T* bias, int64_t rows, int64_t cols,
                          int64_t x_cols, cudaStream_t stream);

// dx [rows, x_cols] = dy [rows, cols] followed by x_cols - cols zero columns; dbias = dy summed
// over rows. workspace: column_chunks(rows, cols) * cols floats.
template <typename T>
int launch_slice_bias_add_grad(T* dx, T* dbias, float* workspace, const T* dy, int64_t rows,
                               int64_t cols, int64_t x_cols, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_SLICE_BIAS_SLICE_BIAS_CUDA_H_
