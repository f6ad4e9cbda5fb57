// Framework-free CUDA launchers for the fused bias + activation + dropout (+ residual) family.
// x, y, residual, mask: [rows, cols] row-major; bias: [cols]. T: float, fp16, bf16.
// mask bytes are 1 for kept elements; a null mask means rate == 0 (nothing dropped, not written).
// Each returns 0 or a cudaError_t value (see cuda_status_string).
#ifndef LIGHTSEQ_TF_DROPOUT_DROPOUT_CUDA_H_
#define LIGHTSEQ_TF_DROPOUT_DROPOUT_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// y = dropout(act(x + bias)) [+ residual when non-null], keep-decisions from
// dropout_words(*seed, *offset, element / 4) (dropout_rng.h). seed and offset point to one
// int64 each in device memory, so they can be produced on the GPU without a host round-trip.
template <typename T>
int launch_bias_act_dropout(T* y, uint8_t* mask, const T* x, const T* bias, const T* residual,
                            int64_t rows, int64_t cols, int activation, float rate,
                            const int64_t* seed, const int64_t* offset, cudaStream_t stream);

// dx = dy * mask / (1 - rate) * act'(x + bias); dbias = sum over rows of dx.
// x and bias may be null for the identity activation.
// workspace: column_chunks(rows, cols) * cols floats.
template <typename T>
int launch_bias_act_dropout_grad(T* dx, T* dbias, float* workspace, const T* dy, const T* x,
                                 const T* bias, const uint8_t* mask, int64_t rows, int64_t cols,
                                 int activation, float rate, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_DROPOUT_DROPOUT_CUDA_H_
