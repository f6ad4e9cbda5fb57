"""Activation at interpreter start-up: `lightseq_tf_neurst.pth` (installed next to the packages,
see setup.py) calls `install()`, which puts a one-shot finder on `sys.meta_path`. Nothing else
happens until a program imports `neurst`; then NeurST's own module is executed inside
`compat.importing_neurst()` (the TF 2.21 fixes) and the fused layers are substituted. Programs
that never import NeurST are untouched (no TensorFlow import, no environment change).
"""

import importlib.abc
import importlib.util
import sys


class _ActivatingLoader(importlib.abc.Loader):
    """Runs NeurST's loader inside the compatibility fixes, then substitutes the fused layers."""

    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        module.__loader__ = module.__spec__.loader = self._loader  # NeurST sees its own loader
        from neurst_ext import compat  # noqa: PLC0415

        with compat.importing_neurst():
            self._loader.exec_module(module)
        try:
            from neurst_ext import substitute  # noqa: PLC0415
        except Exception as e:  # pylint: disable=broad-except  # a broken install must not stop NeurST
            from absl import logging  # noqa: PLC0415

            logging.warning("lightseq_tf: NeurST runs its stock layers (cannot import lightseq_tf: %s: %s)",
                            type(e).__name__, e)
            return
        substitute.apply_or_log()


class NeurstImportHook(importlib.abc.MetaPathFinder):
    """Finds `neurst` through the other finders and wraps its loader; acts once."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname != "neurst":
            return None
        uninstall()
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _ActivatingLoader(spec.loader)
        return spec


def install():
    """Registers the hook unless NeurST is already imported or the hook is in place."""
    if "neurst" not in sys.modules and not installed():
        sys.meta_path.insert(0, NeurstImportHook())


def uninstall():
    """Removes the hook (explicit activation, or the hook has fired)."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, NeurstImportHook)]


def installed():
    """Whether the hook is waiting for `import neurst`."""
    return any(isinstance(f, NeurstImportHook) for f in sys.meta_path)
