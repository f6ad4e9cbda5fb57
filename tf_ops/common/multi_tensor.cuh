// Chunking shared by the multi-tensor kernels (Adam, scale/cast): each launch takes up to kMax
// tensors by value as kernel parameters, cuts every tensor into chunks of `chunk` elements and
// runs one block per chunk.
#ifndef LIGHTSEQ_TF_COMMON_MULTI_TENSOR_CUH_
#define LIGHTSEQ_TF_COMMON_MULTI_TENSOR_CUH_

#include <cstdint>

namespace lightseq_tf {

template <int kMax>
struct ChunkTable {
  int64_t n[kMax];          // elements of tensor i
  int64_t block_end[kMax];  // cumulative block count through tensor i
  int count;
};

// The tensor this block works on; *start = the first element of its chunk.
template <int kMax>
__device__ __forceinline__ int locate_chunk(const ChunkTable<kMax>& table, int64_t chunk, int64_t* start) {
  int lo = 0, hi = table.count - 1;
  while (lo < hi) {  // first tensor whose block_end exceeds blockIdx.x
    const int mid = (lo + hi) / 2;
    if (table.block_end[mid] > blockIdx.x) hi = mid; else lo = mid + 1;
  }
  const int64_t first_block = lo == 0 ? 0 : table.block_end[lo - 1];
  *start = (blockIdx.x - first_block) * chunk;
  return lo;
}

// Walks `count` tensors of size(i) elements, skipping empty ones: fill(slot, i) puts tensor i
// into slot `slot` of the batch whose chunk table is `table`, and launch(blocks) runs the kernel
// on the batch when kMax tensors are in, when its grid would pass 2^30 blocks, and at the end.
template <int kMax, typename Size, typename Fill, typename Launch>
void for_each_launch(ChunkTable<kMax>& table, int count, int64_t chunk, Size size, Fill fill, Launch launch) {
  int64_t blocks = 0;
  table.count = 0;
  auto flush = [&]() {
    if (table.count > 0) launch(blocks);
    table.count = 0;
    blocks = 0;
  };
  for (int i = 0; i < count; ++i) {
    const int64_t n = size(i);
    if (n == 0) continue;
    const int c = table.count++;
    fill(c, i);
    table.n[c] = n;
    blocks += (n + chunk - 1) / chunk;
    table.block_end[c] = blocks;
    if (table.count == kMax || blocks > (int64_t{1} << 30)) flush();
  }
  flush();
}

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_COMMON_MULTI_TENSOR_CUH_
