// Framework-free CUDA launchers for the label-smoothed cross-entropy.
// logits, dlogits: [rows, vocab] row-major; labels, loss, lse, dloss: [rows].
// Target distribution of a row: `confidence` at its label, `low` elsewhere; `entropy` is
// subtracted from each loss. A label outside [0, vocab) gives a NaN loss (no out-of-bounds
// read) and a zero gradient row. Each returns 0 or a cudaError_t value.
#ifndef LIGHTSEQ_TF_LOSS_CROSS_ENTROPY_CUDA_H_
#define LIGHTSEQ_TF_LOSS_CROSS_ENTROPY_CUDA_H_

#include <cmath>
#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// The row constants shared by the CPU and CUDA kernels.
struct SmoothedTarget {
  float confidence, low, entropy;
};

// A row's loss from its label's logit, max m and sum s of exp(x - m), and sum_shifted =
// sum(x - x0) for a finite x0 of the row: every term is a difference of nearby values, so large
// logits (e.g. near the float16 limits) cancel exactly instead of losing float32 ulps.
LS_HOST_DEVICE float smoothed_row_loss(SmoothedTarget t, float at_label, float m, float s, float x0,
                                       float sum_shifted, int64_t vocab) {
  const float log_s = logf(s);
  return -(t.confidence - t.low) * ((at_label - m) - log_s) -
         t.low * (sum_shifted - static_cast<float>(vocab) * ((m - x0) + log_s)) - t.entropy;
}

template <typename T, typename L>
int launch_label_smoothed_xent(float* loss, float* lse, const T* logits, const L* labels,
                               int64_t rows, int64_t vocab, SmoothedTarget target,
                               cudaStream_t stream);

template <typename T, typename L>
int launch_label_smoothed_xent_grad(T* dlogits, const float* dloss, const T* logits,
                                    const L* labels, const float* lse, int64_t rows,
                                    int64_t vocab, SmoothedTarget target, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_LOSS_CROSS_ENTROPY_CUDA_H_
