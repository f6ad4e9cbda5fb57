"""`cuda_library`: compiles `.cu` files with nvcc into position-independent objects.

Include paths and defines come from `deps` (cc_library targets); the objects are wrapped in a
cc_library (alwayslink) that also links the static CUDA runtime.
"""

load("@local_cuda//:defs.bzl", "CUDA_ARCHS", "NVCC")

def _gencode_flags():
    flags = []
    for arch in CUDA_ARCHS:
        flags += ["-gencode", "arch=compute_%s,code=sm_%s" % (arch, arch)]
    if CUDA_ARCHS:
        newest = CUDA_ARCHS[-1]
        flags += ["-gencode", "arch=compute_%s,code=compute_%s" % (newest, newest)]
    return flags

def _cuda_objects_impl(ctx):
    contexts = [d[CcInfo].compilation_context for d in ctx.attr.deps]
    include_flags = ["-I."]
    define_flags = []
    for cc in contexts:
        for path in cc.includes.to_list() + cc.quote_includes.to_list() + cc.system_includes.to_list():
            include_flags.append("-I" + path)
        define_flags += ["-D" + d for d in cc.defines.to_list()]
    inputs = depset(ctx.files.srcs + ctx.files.hdrs, transitive = [cc.headers for cc in contexts])
    objects = []
    for src in ctx.files.srcs:
        obj = ctx.actions.declare_file("_objs/%s/%s.pic.o" % (ctx.label.name, src.basename[:-len(".cu")]))
        args = ctx.actions.args()
        args.add_all(["-c", src.path, "-o", obj.path])
        args.add_all(["-std=c++17", "-O3", "-DNDEBUG", "--expt-relaxed-constexpr", "-Xcompiler", "-fPIC"])
        args.add_all(_gencode_flags() + include_flags + define_flags + ctx.attr.copts)
        ctx.actions.run(
            executable = NVCC,
            arguments = [args],
            inputs = inputs,
            outputs = [obj],
            mnemonic = "Nvcc",
            progress_message = "nvcc %s" % src.short_path,
            use_default_shell_env = True,
        )
        objects.append(obj)
    return [DefaultInfo(files = depset(objects))]

_cuda_objects = rule(
    implementation = _cuda_objects_impl,
    attrs = {
        "srcs": attr.label_list(allow_files = [".cu"]),
        "hdrs": attr.label_list(allow_files = [".h", ".cuh"]),
        "deps": attr.label_list(providers = [CcInfo]),
        "copts": attr.string_list(),
    },
)

def cuda_library(name, srcs, hdrs = [], deps = [], copts = [], **kwargs):
    """A cc_library of nvcc-compiled objects from `srcs`, linked with the static CUDA runtime."""
    _cuda_objects(name = name + "_objects", srcs = srcs, hdrs = hdrs, deps = deps, copts = copts)
    native.cc_library(
        name = name,
        srcs = [":" + name + "_objects"],
        hdrs = hdrs,
        deps = deps + ["@local_cuda//:cudart_static"],
        alwayslink = 1,
        **kwargs
    )
