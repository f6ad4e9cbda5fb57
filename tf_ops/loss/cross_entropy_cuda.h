// Framework-free CUDA launchers for the label-smoothed cross-entropy.
// logits, dlogits: [rows, vocab] row-major; labels, loss, lse, dloss: [rows].
// Target distribution of a row: `confidence` at its label, `low` elsewhere; `entropy` is
// subtracted from each loss. A label outside [0, vocab) gives a NaN loss (no out-of-bounds
// read) and a zero gradient row. Each returns 0 or a cudaError_t value.
#ifndef LIGHTSEQ_TF_LOSS_CROSS_ENTROPY_CUDA_H_
#define LIGHTSEQ_TF_LOSS_CROSS_ENTROPY_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// The row constants shared by the CPU and CUDA kernels.
struct SmoothedTarget {
  float confidence, low, entropy;
};

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
