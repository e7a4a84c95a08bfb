"""The log file: written by a thread of its own, everything queued written out at exit."""

import logging
import threading
from logging.handlers import RotatingFileHandler

from app.log_file import _ToLogFile, close_log_file, install_log_file
from pipelines.storage import user_folders


def test_a_warning_from_the_ui_thread_is_written_by_the_log_files_own_thread(monkeypatch):
    writers: list[threading.Thread] = []
    files: list[RotatingFileHandler] = []
    write = RotatingFileHandler.emit

    def emit(handler, record):
        writers.append(threading.current_thread())
        files.append(handler)
        write(handler, record)

    monkeypatch.setattr(RotatingFileHandler, "emit", emit)
    path = install_log_file()
    assert install_log_file() == path  # installed once
    logging.getLogger("edge-showcase.test").warning("the disk is slow today")
    close_log_file()  # as at exit: what is queued is written, the file closed
    assert path.read_text(encoding="utf-8").count("the disk is slow today") == 1
    assert writers and threading.main_thread() not in writers
    assert files[0].stream is None  # closed (Windows renames the file when it rotates: no handle may stay open)
    logging.getLogger("edge-showcase.test").warning("after closing")  # no handler left behind
    assert "after closing" not in path.read_text(encoding="utf-8")


def test_one_log_file_per_process_a_window_in_another_log_folder_closes_the_first(monkeypatch, tmp_path):
    """Every writer thread wakes for every warning: a second log folder (each test's window has its own) must not
    leave the first one's writer behind."""
    monkeypatch.setattr(user_folders, "log_folder", lambda: tmp_path / "first")
    first = install_log_file()
    monkeypatch.setattr(user_folders, "log_folder", lambda: tmp_path / "second")
    second = install_log_file()
    assert first is not None and second is not None and first != second
    assert [h.path for h in logging.getLogger().handlers if isinstance(h, _ToLogFile)] == [second]
    logging.getLogger("edge-showcase.test").warning("only in the second file")
    close_log_file()
    assert "only in the second file" in second.read_text(encoding="utf-8")
    assert "only in the second file" not in first.read_text(encoding="utf-8")
