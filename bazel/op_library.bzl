"""`lightseq_op_library`: the one macro that turns op sources into a loadable TF op library."""

load("@local_cuda//:defs.bzl", "CUDA_ENABLED")
load("//bazel:cuda_library.bzl", "cuda_library")

def lightseq_op_library(name, srcs, cuda_srcs = [], hdrs = []):
    """Builds `name` (a shared object) from OpKernel sources and framework-free CUDA sources.

    Without a CUDA compiler `cuda_srcs` are skipped and only CPU kernels are registered.
    `hdrs` may include `.cuh` device headers (used by `cuda_srcs` only). `<name>_kernels` is the
    cc_library of CUDA launchers (for the pybind11 test module).
    """
    deps = ["@local_tf//:tf_headers", "@local_tf//:tf_framework"]
    copts = []
    if CUDA_ENABLED and cuda_srcs:
        cuda_library(
            name = name + "_kernels",
            srcs = cuda_srcs,
            hdrs = hdrs,
            deps = ["@local_tf//:tf_headers"],
            visibility = ["//visibility:public"],
        )
        deps += [":" + name + "_kernels", "@local_tf//:tf_cuda_headers"]
        copts = ["-DGOOGLE_CUDA=1", "-DEIGEN_USE_GPU"]
    native.cc_binary(
        name = name,
        srcs = srcs + [h for h in hdrs if h.endswith(".h")],
        copts = copts + ["-fvisibility=hidden", "-Wno-sign-compare"],
        linkopts = ["-Wl,--no-undefined"],
        linkshared = 1,
        linkstatic = 1,
        deps = deps,
    )
