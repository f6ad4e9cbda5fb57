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

// The keep flags of elements [i0, i0 + N), i0 a multiple of N: one draw per group of 4 when
// N % 4 == 0, one for both elements when N == 2 (they share a group), else one per element.
template <int N, typename I>
LS_HOST_DEVICE void keep_flags(uint64_t seed, uint64_t offset, I i0, uint32_t threshold, bool (&keep)[N]) {
  if constexpr (N % 4 == 0) {
    for (int g = 0; g < N / 4; ++g) {
      const auto words = dropout_words(seed, offset, static_cast<uint64_t>(i0 / 4 + g));
      for (int l = 0; l < 4; ++l) keep[4 * g + l] = words[l] >= threshold;
    }
  } else if constexpr (N == 2) {
    const auto words = dropout_words(seed, offset, static_cast<uint64_t>(i0 / 4));
    const bool upper = i0 % 4 != 0;  // elements 2 and 3 of the group
    keep[0] = (upper ? words[2] : words[0]) >= threshold;
    keep[1] = (upper ? words[3] : words[1]) >= threshold;
  } else {
    for (int i = 0; i < N; ++i)
      keep[i] = dropout_words(seed, offset, static_cast<uint64_t>((i0 + i) / 4))[(i0 + i) % 4] >= threshold;
  }
}

// The keep flags of the 4 * G elements of groups [group, group + G) as bits (bit 4 g + l:
// element l of group + g), one draw per group: a single register where a kernel keeps them long.
template <int G>
LS_HOST_DEVICE uint32_t keep_bits(uint64_t seed, uint64_t offset, uint64_t group, uint32_t threshold) {
  static_assert(G >= 1 && G <= 8, "32 bits");
  uint32_t bits = 0;
  for (int g = 0; g < G; ++g) {
    const auto words = dropout_words(seed, offset, group + g);
    for (int l = 0; l < 4; ++l) bits |= (words[l] >= threshold ? 1u : 0u) << (4 * g + l);
  }
  return bits;
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_
