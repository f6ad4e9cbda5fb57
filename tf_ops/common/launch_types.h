// Types shared by the TF OpKernels (host compiler) and the CUDA launchers (nvcc).
// Deliberately free of TensorFlow and CUDA headers so .cu files compile in seconds.
#ifndef LIGHTSEQ_TF_COMMON_LAUNCH_TYPES_H_
#define LIGHTSEQ_TF_COMMON_LAUNCH_TYPES_H_

#include <cstdint>

// Same declaration as CUDA's driver_types.h; repeating an identical typedef is valid C++.
typedef struct CUstream_st* cudaStream_t;

#if defined(__CUDACC__)
#define LS_HOST_DEVICE __host__ __device__ __forceinline__
#else
#define LS_HOST_DEVICE inline
#endif

namespace lightseq_tf {

// Storage-only 16-bit float types; the launchers reinterpret them as __half / __nv_bfloat16.
struct alignas(2) fp16 { uint16_t bits; };
struct alignas(2) bf16 { uint16_t bits; };

// Rows per block in the column-reduction kernels (see cuda_utils.cuh).
constexpr int kColRows = 8;

// Number of row chunks a column reduction over [rows, cols] is split into; the launchers that
// reduce over rows take a float workspace of (accumulators * column_chunks * cols) elements.
inline int column_chunks(int64_t rows, int64_t cols) {
  const int64_t row_groups = (rows + kColRows - 1) / kColRows;
  // About 1-2k stage-1 blocks for typical widths, at most 256 chunks for stage 2 to add up.
  int64_t chunks = cols > 0 ? 262144 / cols : 1;
  if (chunks > 256) chunks = 256;
  if (chunks > row_groups) chunks = row_groups;
  return chunks < 1 ? 1 : static_cast<int>(chunks);
}

// Human-readable text for a status returned by a launch_* function (0 means success).
const char* cuda_status_string(int status);

}  // namespace lightseq_tf

#endif  // LIGHTSEQ_TF_COMMON_LAUNCH_TYPES_H_
