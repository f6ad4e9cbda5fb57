"""Installs `lightseq_tf_neurst.pth` beside the packages, in regular and editable installs alike:
at interpreter start-up it registers neurst_ext's import hook (neurst_ext/startup.py), which acts
only when a program imports NeurST. Everything else is in pyproject.toml."""

import os

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.editable_wheel import editable_wheel

PTH = "lightseq_tf_neurst.pth"
PTH_SOURCE = os.path.join("neurst_ext", PTH)


class BuildPyWithPth(build_py):
    """Regular wheels: the .pth sits at the wheel's root, i.e. in site-packages once installed."""

    def run(self):
        super().run()
        self.copy_file(PTH_SOURCE, os.path.join(self.build_lib, PTH), preserve_mode=0)


class _StrategyWithPth:
    """Wraps setuptools' editable strategy to add the .pth to the editable wheel."""

    def __init__(self, strategy):
        self._strategy = strategy

    def __call__(self, wheel, files, mapping):
        self._strategy(wheel, files, mapping)
        with open(PTH_SOURCE, "rb") as f:
            wheel.writestr(PTH, f.read())

    def __enter__(self):
        self._strategy.__enter__()
        return self

    def __exit__(self, *exc_info):
        return self._strategy.__exit__(*exc_info)


class EditableWheelWithPth(editable_wheel):
    """Editable installs (`pip install -e .`): the same .pth, beside setuptools' own."""

    def _select_strategy(self, *args, **kwargs):
        return _StrategyWithPth(super()._select_strategy(*args, **kwargs))


setup(cmdclass={"build_py": BuildPyWithPth, "editable_wheel": EditableWheelWithPth})
