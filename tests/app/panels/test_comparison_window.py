"""One-key comparisons: C (the CPU against the best accelerator) and P (FP32 against INT8), side by side on the
same demo frames; on this CPU-only machine C says so plainly instead of showing a second CPU column."""

import json

from PySide6.QtCore import Qt

from app.cli.main import main
from app.main_window import MainWindow
from app.settings import AppSettings


def test_bench_compare_device_says_there_is_no_accelerator_here(built_model, int8_model, capsys):
    assert main(["bench", "detection", "--compare", "device", "--json"]) == 0
    compare = json.loads(capsys.readouterr().out)["compare"]
    assert compare["accelerator"] is None and compare["speedup"] is None and "No NPU or GPU" in compare["why"]
    assert (
        compare["cpu"]["provider"] == "CPUExecutionProvider"
        and compare["cpu"]["ms_p50"] > 0
        and compare["frames"] == 34
    )


def test_c_and_p_open_side_by_side_views_and_live_detection_resumes(qtbot, built_model, int8_model):
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.show()
    panel = window.vision
    panel.start("demo", "cpu")
    qtbot.waitUntil(panel.is_running, timeout=5000)
    window.activateWindow()
    panel.start_button.setFocus()  # the keys belong to the Vision panel: typed in the chat box they stay letters
    qtbot.waitUntil(panel.start_button.hasFocus, timeout=2000)
    qtbot.keyClick(panel.start_button, Qt.Key.Key_C)
    devices = panel.comparison
    assert devices is not None and not panel.is_running()  # the comparison gets the machine
    qtbot.waitUntil(lambda: devices.last is not None and devices.last.frames >= 3, timeout=30000)
    assert devices.missing.isVisible() and not devices.right_view.isVisible()  # no fake second column
    assert "No NPU or GPU" in devices.missing.text() and "nothing to compare it with" in devices.summary()
    devices.close()
    qtbot.waitUntil(panel.is_running, timeout=5000)
    window.activateWindow()
    panel.start_button.setFocus()
    qtbot.waitUntil(panel.start_button.hasFocus, timeout=2000)
    qtbot.keyClick(panel.start_button, Qt.Key.Key_P)
    precisions = panel.comparison
    qtbot.waitUntil(lambda: precisions.last is not None and precisions.last.frames >= 3, timeout=30000)
    assert precisions.right_view.isVisible() and precisions.right_view.has_frame() and precisions.left_view.has_frame()
    assert precisions.left_title.text().startswith("FP32 · 67.4 MB") and precisions.right_title.text().startswith(
        "INT8 · 17.5 MB"
    )
    summary = precisions.summary()
    assert "speed-up" in summary and "agreement" in summary
    precisions.close()
    window.close()
