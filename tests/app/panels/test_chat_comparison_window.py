"""View > Compare answers: the same question answered by two engines in turn, streamed side by side with their
figures; on this CPU-only machine the device comparison says so plainly instead of showing a second CPU column."""

import multiprocessing

from PySide6.QtCore import Qt

from app.main_window import MainWindow
from app.settings import AppSettings
from app.worker import _RUNNING
from pipelines.chat.comparison import ANSWERED
from pipelines.measure.side_by_side import DEVICE, ENGINES
from tests.support.helpers import shown_chat_panel

LOAD_AND_ANSWER_MS = 120_000


def comparison_threads() -> list:
    return [thread for thread in _RUNNING if thread.objectName().startswith("compare-chat-")]


def answered(window, question: str) -> bool:
    state = window.state
    return state is not None and state.stage == ANSWERED and state.question == question


def test_llama_cpp_and_onnxruntime_genai_answer_in_turn_and_end_with_the_window(qtbot, tmp_path):
    panel = shown_chat_panel(qtbot, tmp_path / "history.sqlite3", "llama.cpp")  # its own engine in its process
    children_before = len(multiprocessing.active_children())
    panel.send("Tell me a long story about a laptop.")
    qtbot.waitUntil(lambda: panel.is_busy() and bool(panel.entries[-1].text), timeout=30000)
    window = panel.compare(ENGINES)  # the answer streaming here stops, its text kept: the comparison gets the cores
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=1000)
    assert panel.entries[-1].role == "assistant" and panel.entries[-1].text
    assert panel.compare(ENGINES) is window  # the same kind again: the open one, brought forward
    assert window.system_prompt == panel.system_edit.text()  # both asked as the panel asks
    first = window.question.text()
    qtbot.waitUntil(lambda: answered(window, first), timeout=LOAD_AND_ANSWER_MS)
    titles = [title.text() for title in window.titles]
    assert titles[0].startswith("llama.cpp · CPU") and titles[1].startswith("onnxruntime-genai · CPU")
    assert all(answer.toPlainText().strip() for answer in window.texts)
    assert all("tokens/s" in figures.text() and "first word" in figures.text() for figures in window.figures)
    assert "x as fast as" in window.summary.text() and window.ask_button.isEnabled()

    window.question.setText("What is an NPU?")
    qtbot.keyClick(window.question, Qt.Key.Key_Return)  # Enter asks both again, the engines kept loaded
    assert not window.ask_button.isEnabled()  # one question at a time
    qtbot.waitUntil(lambda: answered(window, "What is an NPU?"), timeout=LOAD_AND_ANSWER_MS)
    assert "NPU" in window.texts[0].toPlainText() or "NPU" in window.texts[1].toPlainText()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # both engines end: their threads within a second, processes after
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in comparison_threads()), timeout=1000)
    qtbot.waitUntil(lambda: len(multiprocessing.active_children()) <= children_before, timeout=5000)
    assert panel.comparison is None
    panel.shutdown()


def test_the_view_menu_opens_the_device_comparison_which_says_there_is_no_accelerator(qtbot, built_model, tmp_path):
    window = MainWindow(AppSettings(), built_model, tmp_path / "history.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.show_view("chat")
    window.activateWindow()
    window.chat.input.setFocus()
    qtbot.waitUntil(window.chat.input.hasFocus, timeout=2000)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.chat.input, Qt.Key.Key_A, control_shift)
    assert window.current_view() == "chat" and window.chat.input.toPlainText() == ""  # the keys did not type
    devices = window.chat.comparison
    assert devices is not None and devices.kind == DEVICE
    qtbot.waitUntil(lambda: answered(devices, devices.question.text()), timeout=LOAD_AND_ANSWER_MS)
    assert devices.missing.isVisible() and not devices.texts[1].isVisible()  # no fake second column
    assert "No NPU or GPU" in devices.missing.text() and "Only the CPU here" in devices.summary.text()
    assert devices.titles[0].text().startswith("onnxruntime-genai · CPU") and devices.texts[0].toPlainText()
    window.close()  # the window's close ends the comparison and its engine too
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in comparison_threads()), timeout=5000)
