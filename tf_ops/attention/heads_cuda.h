// Framework-free CUDA launchers moving activations between the token-major layout
// [B, T, P * d] (d = heads * head_dim; P parts, e.g. q/k/v) and the head-major layout
// P x [B, heads, T, head_dim], where the key and value parts (the last two of 2 or 3) may have
// key_seq >= T rows, the rows past T zero (keys padded for the attention GEMMs). T: float, fp16,
// bf16. Each returns 0 or a cudaError_t value.
#ifndef LIGHTSEQ_TF_ATTENTION_HEADS_CUDA_H_
#define LIGHTSEQ_TF_ATTENTION_HEADS_CUDA_H_

#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// Whether part p of `parts` is a key or value part: the last two of 2 or 3.
LS_HOST_DEVICE bool is_key_part(int parts, int p) { return parts >= 2 && p >= parts - 2; }

// Rows of the key and value parts: seq padded to a multiple of pad_keys_to.
inline int64_t padded_key_rows(int64_t seq, int64_t pad_keys_to) {
  return (seq + pad_keys_to - 1) / pad_keys_to * pad_keys_to;
}

// Index map between token-major [batch * seq, parts * d] and head-major
// parts x [batch, heads, part_seq(p), head_dim], d = heads * head_dim.
struct HeadLayout {
  int parts;
  int64_t batch, seq, heads, head_dim;
  int64_t key_seq;  // rows of the key and value parts (>= seq)

  LS_HOST_DEVICE int64_t d() const { return heads * head_dim; }
  LS_HOST_DEVICE int64_t width() const { return parts * d(); }
  LS_HOST_DEVICE int64_t rows() const { return batch * seq; }
  LS_HOST_DEVICE int64_t part_seq(int p) const { return is_key_part(parts, p) ? key_seq : seq; }
  // Offset in head-major part *p of token-major element (row = b * seq + t, col).
  LS_HOST_DEVICE int64_t head_major(int64_t row, int64_t col, int* p) const {
    *p = static_cast<int>(col / d());
    const int64_t c = col - *p * d(), n = c / head_dim, h = c - n * head_dim;
    const int64_t b = row / seq, t = row - b * seq;
    return ((b * heads + n) * part_seq(*p) + t) * head_dim + h;
  }
};

// out_p[b, n, t, h] = (in[b, t, p * d + n * head_dim + h] + bias[p * d + ...]) * (p == 0 ? scale0 : 1)
// for p < parts (1 to 3), and 0 for seq <= t < key_seq in the key and value parts; bias may be
// null; outputs past the last part are null.
template <typename T>
int launch_split_heads(T* out0, T* out1, T* out2, const T* in, const T* bias, int parts,
                       int64_t batch, int64_t seq, int64_t heads, int64_t head_dim, int64_t key_seq,
                       float scale0, cudaStream_t stream);

// out[b, t, p * d + n * head_dim + h] = in_p[b, n, t, h] * (p == 0 ? scale0 : 1) for t < seq (the
// key and value parts' rows past seq are not read), and, when dbias is non-null, dbias = out
// summed over b and t (workspace: column_chunks(batch * seq, parts * d) * parts * d floats).
template <typename T>
int launch_merge_heads(T* out, T* dbias, float* workspace, const T* in0, const T* in1,
                       const T* in2, int parts, int64_t batch, int64_t seq, int64_t heads,
                       int64_t head_dim, int64_t key_seq, float scale0, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_ATTENTION_HEADS_CUDA_H_
