// Dropout keep-decisions from TF's counter-based Philox, identical on CPU and GPU.
//
// Element i of a tensor is kept when 16-bit word i % 8 of draw i / 8 is >= the threshold: draw d
// is PhiloxRandom(seed, offset) skipped by d, and its four 32-bit words w hold 16-bit words 2 w
// (low half) and 2 w + 1 (high half). The same (seed, offset) gives the same mask on every device
// and run; callers use distinct offsets for distinct draws.
#ifndef LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_
#define LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_

#include <cstdint>

#include "tensorflow/core/lib/random/philox_random.h"
#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// Elements per Philox draw.
constexpr int kKeepsPerDraw = 8;

using DropoutDraw = tensorflow::random::PhiloxRandom::ResultType;

// 16-bit threshold: an element is kept when its random word is >= threshold (rate quantized down to
// a multiple of 2^-16).
LS_HOST_DEVICE uint32_t dropout_threshold(float rate) {
  if (rate <= 0.f) return 0u;
  const double t = static_cast<double>(rate) * 65536.0;
  return t >= 65535.0 ? 65535u : static_cast<uint32_t>(t);
}

// Scale applied to kept elements.
LS_HOST_DEVICE float dropout_scale(float rate) { return rate <= 0.f ? 1.f : 1.f / (1.f - rate); }

// The random words of elements [8 d, 8 d + 8).
LS_HOST_DEVICE DropoutDraw dropout_draw(uint64_t seed, uint64_t offset, uint64_t d) {
  tensorflow::random::PhiloxRandom gen(seed, offset);
  gen.Skip(d);
  return gen();
}

// Whether the 16-bit half h (0: low) of a random word keeps its element (compared in the upper
// half: one shift for the low half, none for the high one).
LS_HOST_DEVICE bool keep_in_word(uint32_t word, int h, uint32_t threshold) {
  return (h == 0 ? word << 16 : word) >= threshold << 16;
}

// Whether element j (< 8) of a draw is kept (j known at run time: the CPU kernels' walks).
LS_HOST_DEVICE bool keep_in_draw(const DropoutDraw& w, int j, uint32_t threshold) {
  return keep_in_word(w[j / 2], j % 2, threshold);
}

// The random words of elements [i0, i0 + 2 W), two elements a word, i0 a multiple of 4 (of 8 when
// EIGHTS) and W of 2: one draw per 8 elements, and one more only where i0 % 8 == 4 (the first and
// last draws give half each). Word indices stay compile-time constants (a runtime index into a draw
// costs more than its compares), the halves picked by selects.
template <int W, bool EIGHTS, typename I>
LS_HOST_DEVICE void keep_words(uint64_t seed, uint64_t offset, I i0, uint32_t (&u)[W]) {
  static_assert(W % 2 == 0, "whole groups of 4 elements");
  constexpr int kFromStart = (W + 3) / 4, kFromMiddle = (W + 5) / 4;  // draws needed
  constexpr int kDraws = EIGHTS ? kFromStart : kFromMiddle;
  const bool upper = !EIGHTS && (i0 / 4) % 2 != 0;
  const uint64_t d0 = static_cast<uint64_t>(i0 / kKeepsPerDraw);
  uint32_t all[4 * kDraws];
  for (int c = 0; c < kDraws; ++c) {
    DropoutDraw w;
    const bool needed = c < kFromStart || upper;
    if (needed) w = dropout_draw(seed, offset, d0 + c);
    for (int k = 0; k < 4; ++k) all[4 * c + k] = needed ? w[k] : 0u;
  }
  for (int m = 0; m < W; ++m) u[m] = upper ? all[m + 2] : all[m];
}

// The keep flags of elements [i0, i0 + N), i0 a multiple of N: one draw per 8 elements when
// N % 8 == 0, half a draw when N == 4, one draw when N is 1 or 2 (the scalar and pair fallbacks).
template <int N, typename I>
LS_HOST_DEVICE void keep_flags(uint64_t seed, uint64_t offset, I i0, uint32_t threshold, bool (&keep)[N]) {
  if constexpr (N % 4 == 0) {
    uint32_t u[N / 2];
    keep_words<N / 2, N % kKeepsPerDraw == 0>(seed, offset, i0, u);
    for (int e = 0; e < N; ++e) keep[e] = keep_in_word(u[e / 2], e % 2, threshold);
  } else {
    static_assert(N <= 2, "N is 1, 2 or a multiple of 4");
    const DropoutDraw w = dropout_draw(seed, offset, static_cast<uint64_t>(i0 / kKeepsPerDraw));
    const int k = static_cast<int>(i0 % kKeepsPerDraw) / 2;
    const uint32_t word = k & 2 ? (k & 1 ? w[3] : w[2]) : (k & 1 ? w[1] : w[0]);
    for (int i = 0; i < N; ++i) keep[i] = keep_in_word(word, static_cast<int>((i0 + i) % 2), threshold);
  }
}

// The keep flags of elements [i0, i0 + N) as bits (bit e: element i0 + e), N a multiple of 4 up
// to 32 and i0 of 4 (of 8 when EIGHTS; keep_words): a single register where a kernel keeps them long.
template <int N, bool EIGHTS = false, typename I>
LS_HOST_DEVICE uint32_t keep_bits(uint64_t seed, uint64_t offset, I i0, uint32_t threshold) {
  static_assert(N % 4 == 0 && N >= 4 && N <= 32, "whole groups of 4, 32 bits");
  uint32_t u[N / 2];
  keep_words<N / 2, EIGHTS>(seed, offset, i0, u);
  uint32_t bits = 0;
  for (int e = 0; e < N; ++e) bits |= (keep_in_word(u[e / 2], e % 2, threshold) ? 1u : 0u) << e;
  return bits;
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_COMMON_DROPOUT_RNG_H_
