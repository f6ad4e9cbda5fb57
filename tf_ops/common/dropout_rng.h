// Dropout keep-decisions from TF's counter-based Philox, identical on CPU and GPU.
//
// Element i of a tensor draws from PhiloxRandom(seed, offset) skipped by i / 4, lane i % 4:
// the same (seed, offset) gives the same mask on every device and run; callers use distinct
// offsets for distinct draws.
#ifndef LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_
#define LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_

#include <cstdint>

#include "tensorflow/core/lib/random/philox_random.h"
#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// 32-bit threshold: an element is kept when its random word is >= threshold.
LS_HOST_DEVICE uint32_t dropout_threshold(float rate) {
  if (rate <= 0.f) return 0u;
  const double t = static_cast<double>(rate) * 4294967296.0;
  return t >= 4294967295.0 ? 4294967295u : static_cast<uint32_t>(t);
}

// Scale applied to kept elements.
LS_HOST_DEVICE float dropout_scale(float rate) { return rate <= 0.f ? 1.f : 1.f / (1.f - rate); }

// Four random words for elements [4 * group, 4 * group + 4).
LS_HOST_DEVICE tensorflow::random::PhiloxRandom::ResultType dropout_words(
    uint64_t seed, uint64_t offset, uint64_t group) {
  tensorflow::random::PhiloxRandom gen(seed, offset);
  gen.Skip(group);
  return gen();
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_
