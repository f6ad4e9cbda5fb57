"""The op library loader: clear errors for a missing, mismatched or corrupt library."""

import pytest
import tensorflow as tf

from lightseq_tf import _loader


@pytest.fixture
def fresh_loader(monkeypatch):
    """Forget the loaded module for one test, restoring it afterwards."""
    monkeypatch.setattr(_loader, "_module", None)


def fake_library(tmp_path, version, body=b"\x7fELF not really a shared object"):
    path = tmp_path / _loader.LIBRARY_NAME
    path.write_bytes(body + b"\x00lightseq_tf built for TensorFlow " + version.encode() + b";\x00")
    return str(path)


def test_real_library_is_tagged_with_running_version():
    assert _loader.is_available()
    assert _loader.built_for_version(_loader.library_path()) == tf.__version__


def test_missing_library_names_where_it_looked(fresh_loader, monkeypatch, tmp_path):
    missing = str(tmp_path / "nowhere.so")
    monkeypatch.setattr(_loader, "candidate_paths", lambda: [missing])
    with pytest.raises(_loader.OpLibraryError, match="not found.*nowhere.so.*scripts/build.sh"):
        _loader.load()
    assert not _loader.is_available()


def test_version_mismatch_names_both_versions(fresh_loader, monkeypatch, tmp_path):
    monkeypatch.setenv("LIGHTSEQ_TF_OPS_LIBRARY", fake_library(tmp_path, "2.4.0"))
    with pytest.raises(_loader.OpLibraryError, match=r"built for TensorFlow 2\.4\.0 but TensorFlow %s is running"
                       % tf.__version__.replace(".", r"\.")):
        _loader.load()


def test_corrupt_library_gives_load_error(fresh_loader, monkeypatch, tmp_path):
    monkeypatch.setenv("LIGHTSEQ_TF_OPS_LIBRARY", fake_library(tmp_path, tf.__version__))
    with pytest.raises(_loader.OpLibraryError, match="cannot load .*built for TensorFlow"):
        _loader.load()
