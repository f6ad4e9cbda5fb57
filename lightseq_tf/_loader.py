"""Finds and loads the op library (`_lightseq_ops.so`) once, on first use.

Search order: $LIGHTSEQ_TF_OPS_LIBRARY, the package directory (where the build script copies
it), then the Bazel output of a source checkout. A failure raises OpLibraryError saying which
TensorFlow the library was built for and which one is running.
"""

import os
import re
import threading

import tensorflow as tf

LIBRARY_NAME = "_lightseq_ops.so"
_TAG = re.compile(rb"lightseq_tf built for TensorFlow ([^;\x00]+);")

_lock = threading.Lock()
_module = None


class OpLibraryError(ImportError):
    """The op library is missing, was built for another TensorFlow, or failed to load."""


def candidate_paths():
    """Paths where the op library is looked for, in order."""
    here = os.path.dirname(os.path.abspath(__file__))
    paths = []
    if os.environ.get("LIGHTSEQ_TF_OPS_LIBRARY"):
        paths.append(os.environ["LIGHTSEQ_TF_OPS_LIBRARY"])
    paths.append(os.path.join(here, LIBRARY_NAME))
    paths.append(os.path.join(os.path.dirname(here), "bazel-bin", "tf_ops", LIBRARY_NAME))
    return paths


def built_for_version(path):
    """TensorFlow version recorded in the library file, or None if it has no tag."""
    with open(path, "rb") as f:
        match = _TAG.search(f.read())
    return match.group(1).decode() if match else None


def library_path():
    """The first existing candidate path; raises OpLibraryError if there is none."""
    for path in candidate_paths():
        if os.path.isfile(path):
            return path
    raise OpLibraryError(
        "lightseq_tf op library not found (looked in: %s). Build it with `scripts/build.sh` "
        "or point LIGHTSEQ_TF_OPS_LIBRARY at a built %s." % (", ".join(candidate_paths()), LIBRARY_NAME)
    )


@tf.autograph.experimental.do_not_convert
def load():
    """Loads the op library once and returns its generated op module."""
    global _module
    with _lock:
        if _module is None:
            path = library_path()
            built_for = built_for_version(path)
            running = tf.__version__
            if built_for is not None and built_for != running:
                raise OpLibraryError(
                    "%s was built for TensorFlow %s but TensorFlow %s is running; rebuild it with "
                    "`scripts/build.sh`." % (path, built_for, running)
                )
            try:
                _module = tf.load_op_library(path)
            except (tf.errors.NotFoundError, OSError) as e:
                raise OpLibraryError(
                    "cannot load %s (built for TensorFlow %s, running %s): %s"
                    % (path, built_for or "unknown", running, e)
                ) from e
    return _module


def is_available():
    """True if the op library loads; never raises."""
    try:
        load()
        return True
    except OpLibraryError:
        return False
