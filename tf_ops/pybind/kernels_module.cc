// pybind11 module `_lightseq_kernels`: the CUDA launch_* functions on raw device pointers
// (integers, e.g. CuPy's `array.data.ptr`), for tests and benchmarks without TensorFlow.
// Dropout's seed and offset are pointers to one int64 each on the device.
// dtype arguments are "float32", "float16" or "bfloat16"; each call returns the launcher's
// status (0 = success, see status_string). Token ids are int32.
#include <pybind11/pybind11.h>

#include <cstdint>
#include <stdexcept>
#include <string>

#include "tf_ops/attention/heads_cuda.h"
#include "tf_ops/attention/softmax_cuda.h"
#include "tf_ops/dropout/dropout_cuda.h"
#include "tf_ops/embedding/embedding_cuda.h"
#include "tf_ops/layer_norm/layer_norm_cuda.h"

namespace py = pybind11;

namespace lightseq_tf {
namespace {

template <typename T>
T* ptr(uintptr_t p) {
  return reinterpret_cast<T*>(p);
}

cudaStream_t stream_of(uintptr_t s) { return reinterpret_cast<cudaStream_t>(s); }

// Calls fn(T{}) with T the launcher type named by dtype.
template <typename Fn>
int dispatch(const std::string& dtype, Fn fn) {
  if (dtype == "float32") return fn(float{});
  if (dtype == "float16") return fn(fp16{});
  if (dtype == "bfloat16") return fn(bf16{});
  throw std::invalid_argument("dtype must be float32, float16 or bfloat16, got " + dtype);
}

// Calls fn(T{}, U{}) for the supported (activation, parameter) dtype pairs.
template <typename Fn>
int dispatch2(const std::string& dtype, const std::string& param_dtype, Fn fn) {
  return dispatch(dtype, [&](auto t) -> int {
    using T = decltype(t);
    if (param_dtype == "float32") return fn(t, float{});
    if (param_dtype == dtype) return fn(t, T{});
    throw std::invalid_argument("param_dtype must be float32 or dtype, got " + param_dtype);
  });
}

}  // namespace
}  // namespace lightseq_tf

PYBIND11_MODULE(_lightseq_kernels, m) {
  using namespace lightseq_tf;
  m.doc() = "lightseq_tf CUDA launchers on raw device pointers (no TensorFlow).";
  m.def("status_string", &cuda_status_string);
  m.def("column_chunks", &column_chunks, "Row chunks of a column reduction (workspace sizing).");
  m.def("layer_norm_grad_workspace_size", &layer_norm_grad_workspace_size,
        "Floats of workspace layer_norm_grad needs.");
  m.def(
      "layer_norm",
      [](const std::string& dtype, const std::string& param_dtype, uintptr_t y, uintptr_t sum,
         uintptr_t mean, uintptr_t rstd, uintptr_t x, uintptr_t residual, uintptr_t gamma,
         uintptr_t beta, int64_t rows, int64_t cols, float epsilon, uintptr_t stream) {
        return dispatch2(dtype, param_dtype, [&](auto t, auto u) {
          using T = decltype(t);
          using U = decltype(u);
          return launch_layer_norm<T, U>(ptr<T>(y), ptr<T>(sum), ptr<float>(mean), ptr<float>(rstd),
                                         ptr<const T>(x), ptr<const T>(residual), ptr<const U>(gamma),
                                         ptr<const U>(beta), rows, cols, epsilon, stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("param_dtype"), py::arg("y"), py::arg("sum"), py::arg("mean"),
      py::arg("rstd"), py::arg("x"), py::arg("residual"), py::arg("gamma"), py::arg("beta"),
      py::arg("rows"), py::arg("cols"), py::arg("epsilon"), py::arg("stream") = 0);
  m.def(
      "layer_norm_grad",
      [](const std::string& dtype, const std::string& param_dtype, uintptr_t dx, uintptr_t dgamma,
         uintptr_t dbeta, uintptr_t workspace, uintptr_t dy, uintptr_t dsum, uintptr_t x,
         uintptr_t gamma, uintptr_t mean, uintptr_t rstd, int64_t rows, int64_t cols,
         uintptr_t stream) {
        return dispatch2(dtype, param_dtype, [&](auto t, auto u) {
          using T = decltype(t);
          using U = decltype(u);
          return launch_layer_norm_grad<T, U>(ptr<T>(dx), ptr<U>(dgamma), ptr<U>(dbeta),
                                              ptr<float>(workspace), ptr<const T>(dy),
                                              ptr<const T>(dsum), ptr<const T>(x), ptr<const U>(gamma),
                                              ptr<const float>(mean), ptr<const float>(rstd), rows, cols,
                                              stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("param_dtype"), py::arg("dx"), py::arg("dgamma"), py::arg("dbeta"),
      py::arg("workspace"), py::arg("dy"), py::arg("dsum"), py::arg("x"), py::arg("gamma"),
      py::arg("mean"), py::arg("rstd"), py::arg("rows"), py::arg("cols"), py::arg("stream") = 0);
  m.def(
      "bias_act_dropout",
      [](const std::string& dtype, uintptr_t y, uintptr_t x, uintptr_t bias, uintptr_t residual,
         int64_t rows, int64_t cols, int activation, float rate, uintptr_t seed, uintptr_t offset,
         uintptr_t stream) {
        return dispatch(dtype, [&](auto t) {
          using T = decltype(t);
          return launch_bias_act_dropout<T>(ptr<T>(y), ptr<const T>(x), ptr<const T>(bias),
                                            ptr<const T>(residual), rows, cols, activation, rate,
                                            ptr<const int64_t>(seed), ptr<const int64_t>(offset),
                                            stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("y"), py::arg("x"), py::arg("bias"),
      py::arg("residual"), py::arg("rows"), py::arg("cols"), py::arg("activation"), py::arg("rate"),
      py::arg("seed"), py::arg("offset"), py::arg("stream") = 0);
  m.def(
      "bias_act_dropout_grad",
      [](const std::string& dtype, uintptr_t dx, uintptr_t dbias, uintptr_t workspace, uintptr_t dy,
         uintptr_t x, uintptr_t bias, int64_t rows, int64_t cols, int activation, float rate,
         uintptr_t seed, uintptr_t offset, uintptr_t stream) {
        return dispatch(dtype, [&](auto t) {
          using T = decltype(t);
          return launch_bias_act_dropout_grad<T>(ptr<T>(dx), ptr<T>(dbias), ptr<float>(workspace),
                                                 ptr<const T>(dy), ptr<const T>(x), ptr<const T>(bias),
                                                 rows, cols, activation, rate, ptr<const int64_t>(seed),
                                                 ptr<const int64_t>(offset), stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("dx"), py::arg("dbias"), py::arg("workspace"), py::arg("dy"),
      py::arg("x"), py::arg("bias"), py::arg("rows"), py::arg("cols"), py::arg("activation"),
      py::arg("rate"), py::arg("seed"), py::arg("offset"), py::arg("stream") = 0);
  m.def("embedding_grad_workspace_bytes", &embedding_grad_workspace_bytes,
        "Bytes of workspace embedding_grad needs for (rows, vocab, dim).");
  m.def(
      "embedding",
      [](const std::string& dtype, const std::string& table_dtype, uintptr_t y, uintptr_t mask, uintptr_t ids,
         uintptr_t table, int64_t rows, int64_t length, int64_t vocab, int64_t dim, float scale, bool sinusoids,
         float rate, uintptr_t seed, uintptr_t offset, uintptr_t stream) {
        return dispatch2(dtype, table_dtype, [&](auto t, auto u) {
          using T = decltype(t);
          using U = decltype(u);
          return launch_embedding<T, U, int32_t>(ptr<T>(y), ptr<uint8_t>(mask), ptr<const int32_t>(ids),
                                                 ptr<const U>(table), rows, length, vocab, dim, scale, sinusoids,
                                                 rate, ptr<const int64_t>(seed), ptr<const int64_t>(offset),
                                                 stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("table_dtype"), py::arg("y"), py::arg("mask"), py::arg("ids"), py::arg("table"),
      py::arg("rows"), py::arg("length"), py::arg("vocab"), py::arg("dim"), py::arg("scale"), py::arg("sinusoids"),
      py::arg("rate"), py::arg("seed"), py::arg("offset"), py::arg("stream") = 0);
  m.def(
      "embedding_grad",
      [](const std::string& dtype, const std::string& table_dtype, uintptr_t dtable, uintptr_t workspace,
         uintptr_t dy, uintptr_t ids, uintptr_t mask, int64_t rows, int64_t vocab, int64_t dim, float scale,
         float rate, uintptr_t stream) {
        return dispatch2(dtype, table_dtype, [&](auto t, auto u) {
          using T = decltype(t);
          using U = decltype(u);
          return launch_embedding_grad<T, U, int32_t>(ptr<U>(dtable), ptr<void>(workspace), ptr<const T>(dy),
                                                      ptr<const int32_t>(ids), ptr<const uint8_t>(mask), rows,
                                                      vocab, dim, scale, rate, stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("table_dtype"), py::arg("dtable"), py::arg("workspace"), py::arg("dy"),
      py::arg("ids"), py::arg("mask"), py::arg("rows"), py::arg("vocab"), py::arg("dim"), py::arg("scale"),
      py::arg("rate"), py::arg("stream") = 0);
  m.def(
      "split_heads",
      [](const std::string& dtype, uintptr_t out0, uintptr_t out1, uintptr_t out2, uintptr_t in,
         uintptr_t bias, int parts, int64_t batch, int64_t seq, int64_t heads, int64_t head_dim,
         float scale0, uintptr_t stream, int64_t key_seq) {
        return dispatch(dtype, [&](auto t) {
          using T = decltype(t);
          return launch_split_heads<T>(ptr<T>(out0), ptr<T>(out1), ptr<T>(out2), ptr<const T>(in),
                                       ptr<const T>(bias), parts, batch, seq, heads, head_dim,
                                       key_seq < 0 ? seq : key_seq, scale0, stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("out0"), py::arg("out1"), py::arg("out2"), py::arg("in_"), py::arg("bias"),
      py::arg("parts"), py::arg("batch"), py::arg("seq"), py::arg("heads"), py::arg("head_dim"),
      py::arg("scale0"), py::arg("stream") = 0, py::arg("key_seq") = -1);  // key parts' rows; -1: seq
  m.def(
      "merge_heads",
      [](const std::string& dtype, uintptr_t out, uintptr_t dbias, uintptr_t workspace, uintptr_t in0,
         uintptr_t in1, uintptr_t in2, int parts, int64_t batch, int64_t seq, int64_t heads,
         int64_t head_dim, float scale0, uintptr_t stream, int64_t key_seq) {
        return dispatch(dtype, [&](auto t) {
          using T = decltype(t);
          return launch_merge_heads<T>(ptr<T>(out), ptr<T>(dbias), ptr<float>(workspace), ptr<const T>(in0),
                                       ptr<const T>(in1), ptr<const T>(in2), parts, batch, seq, heads,
                                       head_dim, key_seq < 0 ? seq : key_seq, scale0, stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("out"), py::arg("dbias"), py::arg("workspace"), py::arg("in0"), py::arg("in1"),
      py::arg("in2"), py::arg("parts"), py::arg("batch"), py::arg("seq"), py::arg("heads"),
      py::arg("head_dim"), py::arg("scale0"), py::arg("stream") = 0, py::arg("key_seq") = -1);
  m.def(
      "attention_softmax",
      [](const std::string& dtype, uintptr_t probs, uintptr_t softmax, uintptr_t logits, uintptr_t key_bias,
         int64_t batch, int64_t heads, int64_t q_len, int64_t k_len, bool causal, float rate, uintptr_t seed,
         uintptr_t offset, uintptr_t stream, int64_t bias_len) {
        return dispatch(dtype, [&](auto t) {
          using T = decltype(t);
          return launch_attention_softmax<T>(ptr<T>(probs), ptr<T>(softmax), ptr<const T>(logits),
                                             ptr<const float>(key_bias), bias_len < 0 ? k_len : bias_len, batch,
                                             heads, q_len, k_len, causal, rate, ptr<const int64_t>(seed),
                                             ptr<const int64_t>(offset), stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("probs"), py::arg("softmax"), py::arg("logits"),
      py::arg("key_bias"), py::arg("batch"), py::arg("heads"), py::arg("q_len"), py::arg("k_len"),
      py::arg("causal"), py::arg("rate"), py::arg("seed"), py::arg("offset"), py::arg("stream") = 0,
      py::arg("bias_len") = -1);  // keys of key_bias's rows; -1: k_len
  m.def(
      "attention_softmax_grad",
      [](const std::string& dtype, uintptr_t dlogits, uintptr_t dprobs, uintptr_t softmax, int64_t rows,
         int64_t k_len, float rate, uintptr_t seed, uintptr_t offset, uintptr_t stream) {
        return dispatch(dtype, [&](auto t) {
          using T = decltype(t);
          return launch_attention_softmax_grad<T>(ptr<T>(dlogits), ptr<const T>(dprobs), ptr<const T>(softmax),
                                                  rows, k_len, rate, ptr<const int64_t>(seed),
                                                  ptr<const int64_t>(offset), stream_of(stream));
        });
      },
      py::arg("dtype"), py::arg("dlogits"), py::arg("dprobs"), py::arg("softmax"), py::arg("rows"),
      py::arg("k_len"), py::arg("rate"), py::arg("seed"), py::arg("offset"), py::arg("stream") = 0);
}
