"""Remembered settings: seen at once by every part of the window, written to disk off the UI thread."""

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import app.settings
from app.settings import AppSettings


def test_a_change_is_seen_at_once_and_written_by_the_settings_writer_not_the_ui_thread(qtbot, monkeypatch):
    writers, gate = [], threading.Event()
    write_out = app.settings._write_out

    def held_write_out(file_name: str, values: dict) -> None:
        writers.append(threading.current_thread())
        gate.wait(10)
        write_out(file_name, values)

    monkeypatch.setattr(app.settings, "_write_out", held_write_out)
    settings, other_panels = AppSettings(), AppSettings()
    settings.threshold = 0.7
    settings.remember("vision", "/videos/booth.mp4")
    assert other_panels.threshold == 0.7 and other_panels.recent("vision") == ["/videos/booth.mp4"]

    for _ in range(5):  # Qt's deferred write would happen here, on the UI thread
        QCoreApplication.processEvents()
        qtbot.wait(10)
    on_disk = Path(settings.file)
    assert not on_disk.exists() or "threshold" not in on_disk.read_text()  # the writer is held: nothing on disk yet

    gate.set()
    settings.sync()
    assert writers and threading.main_thread() not in writers
    assert "threshold=0.7" in on_disk.read_text() and "booth.mp4" in on_disk.read_text()


def test_a_settings_file_that_cannot_be_written_keeps_the_change_in_memory_until_it_can(qtbot):
    settings = AppSettings()
    on_disk = Path(settings.file)
    on_disk.mkdir(parents=True)  # a folder where the file should be: every write fails, as on a full disk
    settings.temperature = 1.1
    assert AppSettings().temperature == 1.1
    writer = app.settings._settings_writer()
    assert not writer.flush(2) and "cannot be written" in writer.problem  # kept queued, tried again later
    on_disk.rmdir()
    settings.sync()
    assert "temperature=1.1" in on_disk.read_text()


def test_the_file_is_read_once_and_the_ui_thread_then_reads_memory_only(qtbot, monkeypatch):
    """Qt holds a settings file's lock while the writer syncs it: a QSettings read on the UI thread would wait for
    that write (the disk's fdatasync)."""
    settings = AppSettings()
    settings.threshold = 0.65
    settings.sync()
    monkeypatch.setattr(app.settings, "_files", {})  # as at the next start
    assert AppSettings().threshold == 0.65  # read from the file

    def no_reads(*args):
        raise AssertionError("a QSettings read on the UI thread")

    monkeypatch.setattr(app.settings.QSettings, "value", no_reads)
    again = AppSettings()
    again.iou = 0.3
    assert again.threshold == 0.65 and AppSettings().iou == 0.3 and again.recent("vision") == []
