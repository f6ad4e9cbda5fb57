"""Repository rule exposing Python and pybind11 headers for the kernel test module.

Python headers come from $LIGHTSEQ_KERNELS_PYTHON (e.g. the GPU machine's Python version),
else from $PYTHON_BIN_PATH / python3; pybind11 (header-only) from $PYTHON_BIN_PATH's install.
"""

load("//bazel:tf_configure.bzl", "python_bin")

def _python_configure_impl(repository_ctx):
    python = python_bin(repository_ctx)
    headers_python = repository_ctx.os.environ.get("LIGHTSEQ_KERNELS_PYTHON", "") or python
    result = repository_ctx.execute([headers_python, "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"])
    if result.return_code != 0:
        fail("python_configure: %s failed:\n%s" % (headers_python, result.stderr))
    py_include = result.stdout.strip()
    result = repository_ctx.execute([python, "-c", "\n".join([
        "try:",
        "    import pybind11; print(pybind11.get_include())",
        "except ImportError:",
        "    print('')",
    ])])
    if result.return_code != 0:
        fail("python_configure: %s failed:\n%s" % (python, result.stderr))
    pybind_include = result.stdout.strip()
    repository_ctx.symlink(py_include, "python_include")
    if pybind_include:
        repository_ctx.symlink(pybind_include, "pybind11_include")
    else:
        repository_ctx.file("pybind11_include/.missing", "")
        print("lightseq_tf: pybind11 not installed; the kernel test module will not build.")
    repository_ctx.file("BUILD", """
package(default_visibility = ["//visibility:public"])

cc_library(
    name = "python_headers",
    hdrs = glob(["python_include/**/*.h"]),
    includes = ["python_include"],
)

cc_library(
    name = "pybind11",
    hdrs = glob(["pybind11_include/**/*.h"]),
    includes = ["pybind11_include"],
    deps = [":python_headers"],
)
""")

python_configure = repository_rule(
    implementation = _python_configure_impl,
    environ = ["PYTHON_BIN_PATH", "LIGHTSEQ_KERNELS_PYTHON"],
    local = True,
)
