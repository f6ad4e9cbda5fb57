"""Repository rule exposing the active Python's headers and pybind11's headers."""

load("//bazel:tf_configure.bzl", "python_bin")

def _python_configure_impl(repository_ctx):
    python = python_bin(repository_ctx)
    result = repository_ctx.execute([python, "-c", "\n".join([
        "import sysconfig",
        "print(sysconfig.get_paths()['include'])",
        "try:",
        "    import pybind11; print(pybind11.get_include())",
        "except ImportError:",
        "    print('')",
    ])])
    if result.return_code != 0:
        fail("python_configure: %s failed:\n%s" % (python, result.stderr))
    py_include, pybind_include = (result.stdout.strip().split("\n") + [""])[:2]
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
    environ = ["PYTHON_BIN_PATH"],
    local = True,
)
