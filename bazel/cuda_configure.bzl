"""Repository rule locating the CUDA compiler for the op library's kernels.

Search order: $LIGHTSEQ_CUDA_HOME, /usr/local/cuda, the `nvidia/cu13` PyPI wheels of the active
Python. $LIGHTSEQ_CPU_ONLY=1 skips the search. Without nvcc the library is built CPU-only and a
line saying so is logged. $LIGHTSEQ_CUDA_ARCHS (default "80,90") lists the SM versions to
generate code for; PTX for the newest is embedded as well.
"""

load("//bazel:tf_configure.bzl", "python_bin")

def _find_cuda_home(repository_ctx):
    env = repository_ctx.os.environ
    if env.get("LIGHTSEQ_CPU_ONLY", "0") not in ("", "0"):
        return None, "LIGHTSEQ_CPU_ONLY is set"
    explicit = env.get("LIGHTSEQ_CUDA_HOME", "")
    if explicit:
        if not repository_ctx.path(explicit + "/bin/nvcc").exists:
            fail("LIGHTSEQ_CUDA_HOME=%s has no bin/nvcc" % explicit)
        return explicit, None
    if repository_ctx.path("/usr/local/cuda/bin/nvcc").exists:
        return "/usr/local/cuda", None
    result = repository_ctx.execute([python_bin(repository_ctx), "-c", "\n".join([
        "import os, nvidia",
        "for p in nvidia.__path__:",
        "    if os.path.exists(os.path.join(p, 'cu13', 'bin', 'nvcc')): print(os.path.join(p, 'cu13'))",
    ])])
    home = result.stdout.strip().split("\n")[0] if result.return_code == 0 else ""
    if home:
        return home, None
    return None, "no nvcc in $LIGHTSEQ_CUDA_HOME, /usr/local/cuda or the nvidia-cuda-nvcc wheels"

def _cuda_configure_impl(repository_ctx):
    home, why_not = _find_cuda_home(repository_ctx)
    archs = [a.strip() for a in repository_ctx.os.environ.get("LIGHTSEQ_CUDA_ARCHS", "80,90").split(",") if a.strip()]
    if home == None:
        print("lightseq_tf: building CPU-only kernels (%s)." % why_not)
        repository_ctx.file("BUILD", """
package(default_visibility = ["//visibility:public"])
cc_library(name = "cudart_static")
""")
        repository_ctx.file("defs.bzl", "CUDA_ENABLED = False\nNVCC = ''\nCUDA_ARCHS = []\n")
        return

    lib = home + "/lib64" if repository_ctx.path(home + "/lib64/libcudart_static.a").exists else home + "/lib"
    repository_ctx.symlink(lib + "/libcudart_static.a", "libcudart_static.a")
    repository_ctx.file("BUILD", """
package(default_visibility = ["//visibility:public"])

# Linked statically: the op library then loads in CPU-only TensorFlow too.
cc_library(
    name = "cudart_static",
    srcs = ["libcudart_static.a"],
    linkopts = ["-ldl", "-lpthread", "-lrt"],
)
""")
    repository_ctx.file("defs.bzl", "CUDA_ENABLED = True\nNVCC = %r\nCUDA_HOME = %r\nCUDA_ARCHS = %r\n" % (
        home + "/bin/nvcc",
        home,
        archs,
    ))
    print("lightseq_tf: building CUDA kernels with %s/bin/nvcc for sm_%s." % (home, ", sm_".join(archs)))

cuda_configure = repository_rule(
    implementation = _cuda_configure_impl,
    environ = ["LIGHTSEQ_CUDA_HOME", "LIGHTSEQ_CUDA_ARCHS", "LIGHTSEQ_CPU_ONLY", "PYTHON_BIN_PATH"],
    local = True,
)
