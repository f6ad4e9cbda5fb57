// Framework-free CUDA launchers for the fused bias + activation + dropout (+ residual) family.
// x, y, residual, dy, dx: [rows, cols] row-major; bias: [cols]. T: float, fp16, bf16.
// No keep-mask is stored: the gradient draws the forward's keep-decisions again from the same
// (seed, offset). Each returns 0 or a cudaError_t value (see cuda_status_string).
#ifndef LIGHTSEQ_TF_DROPOUT_DROPOUT_CUDA_H_
#define LIGHTSEQ_TF_DROPOUT_DROPOUT_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// y = dropout(act(x + bias)) [+ residual when non-null], keep-decisions from (*seed, *offset)
// by dropout_rng.h's rule on the element index. seed and offset point to one int64 each in
// device memory, so they can be produced on the GPU without a host round-trip; they may be null
// when rate == 0.
template <typename T>
int launch_bias_act_dropout(T* y, const T* x, const T* bias, const T* residual,
                            int64_t rows, int64_t cols, int activation, float rate,
                            const int64_t* seed, const int64_t* offset, cudaStream_t stream);

// dx = dy * keep / (1 - rate) * act'(x + bias), keep drawn as in launch_bias_act_dropout from
// the forward's seed and offset; dbias = sum over rows of dx. x and bias may be null for the
// identity activation; seed and offset may be null when rate == 0.
// workspace: column_chunks(rows, cols) * cols floats.
template <typename T>
int launch_bias_act_dropout_grad(T* dx, T* dbias, float* workspace, const T* dy, const T* x,
                                 const T* bias, int64_t rows, int64_t cols, int activation, float rate,
                                 const int64_t* seed, const int64_t* offset, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_DROPOUT_DROPOUT_CUDA_H_
