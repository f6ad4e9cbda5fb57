// Framework-free CUDA launchers for the attention softmax with key-padding bias, optional causal
// mask and fused dropout. logits, probs, softmax: [rows = B * heads * Tq, Tk] row-major;
// key_bias: [B, bias_len] float32, bias_len <= Tk. T: float, fp16, bf16. Each returns 0 or a
// cudaError_t value.
#ifndef LIGHTSEQ_TF_ATTENTION_SOFTMAX_CUDA_H_
#define LIGHTSEQ_TF_ATTENTION_SOFTMAX_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// softmax = softmax(logits + key_bias) over keys, where keys j >= bias_len are masked (padding)
// and with `causal` query q may see keys j <= q + bias_len - Tq (aligned to the end, as in
// incremental decoding); a row with no visible key is all zeros. probs = dropout(softmax, rate)
// with the keep rule of dropout_rng.h on the element index; no mask is stored. With rate == 0,
// softmax is null and probs is the softmax. seed, offset: one int64 each in device memory (may
// be null when rate == 0).
template <typename T>
int launch_attention_softmax(T* probs, T* softmax, const T* logits, const float* key_bias,
                             int64_t bias_len, int64_t batch, int64_t heads, int64_t q_len,
                             int64_t k_len, bool causal, float rate, const int64_t* seed,
                             const int64_t* offset, cudaStream_t stream);

// dlogits = y * (dp - sum_j dp_j * y_j) with dp = dprobs * keep / (1 - rate), keep drawn again
// from the forward's seed and offset (dp = dprobs when rate == 0; seed and offset may then be
// null), and y the undropped softmax.
template <typename T>
int launch_attention_softmax_grad(T* dlogits, const T* dprobs, const T* softmax, int64_t rows,
                                  int64_t k_len, float rate, const int64_t* seed,
                                  const int64_t* offset, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_ATTENTION_SOFTMAX_CUDA_H_
