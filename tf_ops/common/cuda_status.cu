// Text for launcher status codes (cudaError_t values).
#include <cuda_runtime.h>

#include "tf_ops/common/launch_types.h"

namespace lightseq_tf {

const char* cuda_status_string(int status) {
  return cudaGetErrorString(static_cast<cudaError_t>(status));
}

}  // namespace lightseq_tf
