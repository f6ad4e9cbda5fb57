// Framework-free CUDA launchers for the fused embedding.
// ids: [rows] (row r has position r % length); table, dtable: [vocab, dim]; y, dy, mask:
// [rows, dim]. An id outside [0, vocab) gives a NaN output row (no out-of-bounds read) and
// no gradient. Each returns 0 or a cudaError_t value.
#ifndef LIGHTSEQ_TF_EMBEDDING_EMBEDDING_CUDA_H_
#define LIGHTSEQ_TF_EMBEDDING_EMBEDDING_CUDA_H_

#include <cstddef>
#include <cstdint>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

// y = dropout(table[ids] * scale + (sinusoids ? timing signal : 0)); seed and offset point to
// one int64 each in device memory; mask is null when rate == 0.
template <typename T, typename TT, typename I>
int launch_embedding(T* y, uint8_t* mask, const I* ids, const TT* table, int64_t rows,
                     int64_t length, int64_t vocab, int64_t dim, float scale, bool sinusoids,
                     float rate, const int64_t* seed, const int64_t* offset, cudaStream_t stream);

// Bytes of workspace launch_embedding_grad needs (rows < 2^31).
size_t embedding_grad_workspace_bytes(int64_t rows, int64_t vocab, int64_t dim);

// dtable[v] = sum over rows r with ids[r] == v of dy[r] * mask[r] * scale / (1 - rate), summed
// in a fixed order (deterministic): each id's rows in row order (an id of many rows in pieces of
// consecutive rows, merged in piece order), batches of more than 65536 rows in segments added in
// order in float32; no sort.
template <typename T, typename TT, typename I>
int launch_embedding_grad(TT* dtable, void* workspace, const T* dy, const I* ids,
                          const uint8_t* mask, int64_t rows, int64_t vocab, int64_t dim,
                          float scale, float rate, cudaStream_t stream);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_EMBEDDING_EMBEDDING_CUDA_H_
