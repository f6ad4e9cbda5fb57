// NeurST's (Tensor2Tensor's) sinusoid timing signal, shared by the CPU and CUDA kernels.
#ifndef LIGHTSEQ_TF_EMBEDDING_TIMING_SIGNAL_H_
#define LIGHTSEQ_TF_EMBEDDING_TIMING_SIGNAL_H_

#include <cmath>
#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// log(max_timescale / min_timescale) / (dim / 2 - 1), in float32 as NeurST computes it
// (dim >= 4).
inline float timing_increment(int64_t dim) {
  return static_cast<float>(std::log(1.0e4)) / static_cast<float>(dim / 2 - 1);
}

// Column col of the signal at `position`: sin(position * exp(-i * inc)) for col = i < dim / 2,
// cos(...) for col = dim / 2 + i, 0 for the last column of an odd dim.
LS_HOST_DEVICE float timing_signal(int64_t position, int64_t col, int64_t dim, float inc) {
  const int64_t half = dim / 2;
  if (col >= 2 * half) return 0.f;
  const int64_t i = col < half ? col : col - half;
  const float angle = static_cast<float>(position) * expf(static_cast<float>(i) * -inc);
  return col < half ? sinf(angle) : cosf(angle);
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_EMBEDDING_TIMING_SIGNAL_H_
