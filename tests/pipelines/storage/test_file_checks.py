"""A model file is read once while it stays as it was; any write, copy or added file makes it read again."""

import json
import os
import shutil
import time

import pytest

from pipelines.model_store import model_status, record_in_manifest
from pipelines.models import CATALOG, INT8_DETECTOR
from pipelines.storage import file_checks
from pipelines.storage.file_checks import checked_sha256, file_sha256
from tests.support.helpers import catalog_model_path

SETTLE_S = 0.2


def settle():
    time.sleep(SETTLE_S * 1.5)


@pytest.fixture
def reads(monkeypatch):
    """The files ``file_checks`` really read (the real hash, counted); files settle in ``SETTLE_S``."""
    monkeypatch.setattr(file_checks, "SETTLE_S", SETTLE_S)
    seen = []

    def counted(path):
        seen.append(path)
        return file_sha256(path)

    monkeypatch.setattr(file_checks, "file_sha256", counted)
    return seen


def test_an_unchanged_model_is_read_once_and_a_damaged_one_is_found(tmp_path, monkeypatch, reads):
    built = catalog_model_path(INT8_DETECTOR)
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(tmp_path))
    spec = CATALOG[INT8_DETECTOR]
    model = tmp_path / spec.filename
    shutil.copyfile(built, model)
    record_in_manifest(spec, {"sha256": file_sha256(model), "recipe": spec.recipe})
    settle()
    assert [model_status(spec).state for _ in range(3)] == ["ready"] * 3
    assert reads == [model]
    assert str(model.resolve()) in json.loads((tmp_path / "checked.json").read_text(encoding="utf-8"))

    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte, same size
    model.write_bytes(bytes(data))
    assert model_status(spec).state == "checksum mismatch"
    assert reads == [model, model]

    settle()
    stat = model.stat()
    model.write_bytes(built.read_bytes())  # mended...
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # ...with its modification time set back
    assert model_status(spec).state == "ready" and len(reads) == 3  # the change time still moved


def test_a_file_is_remembered_only_once_it_has_settled(tmp_path, reads):
    """A same-size write in the same clock tick as the hash would leave every time as it was: a file changed in the
    last ``SETTLE_S`` is read at each check and not remembered."""
    model, record = tmp_path / "model.onnx", tmp_path / "checked.json"
    model.write_bytes(b"\1" * 4096)
    checked_sha256(model, record)
    assert not record.exists()
    checked_sha256(model, record)
    settle()
    checked_sha256(model, record)
    assert str(model.resolve()) in json.loads(record.read_text(encoding="utf-8"))
    checked_sha256(model, record)
    assert len(reads) == 3


def test_a_folder_is_read_again_when_a_file_is_added(tmp_path, reads):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "weights.bin").write_bytes(b"\1" * 4096)
    record = tmp_path / "checked.json"
    settle()
    first = checked_sha256(folder, record)
    assert checked_sha256(folder, record) == first and len(reads) == 1
    (folder / "extra.json").write_text("{}", encoding="utf-8")
    assert checked_sha256(folder, record) != first and len(reads) == 2


def test_an_unreadable_or_unwritable_record_only_means_reading_again(tmp_path, reads):
    model = tmp_path / "model.onnx"
    model.write_bytes(b"\2" * 4096)
    record = tmp_path / "checked.json"
    record.write_text("not json", encoding="utf-8")
    assert checked_sha256(model, record) == file_sha256(model)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the record's folder should be", encoding="utf-8")
    assert checked_sha256(model, blocked / "checked.json") == file_sha256(model)
    assert len(reads) == 2

