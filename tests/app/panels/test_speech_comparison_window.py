"""View > Compare transcripts: the demo recording heard by faster-whisper and onnxruntime-genai in turn, each
transcript streamed side by side with its real-time factor and word error rate; listening resumes after."""

from PySide6.QtCore import Qt

from app.main_window import MainWindow
from app.settings import AppSettings
from app.worker import _RUNNING
from pipelines.measure.side_by_side import ENGINES
from pipelines.speech.comparison import HEARD

HEAR_BOTH_MS = 180_000


def comparison_threads() -> list:
    return [thread for thread in _RUNNING if thread.objectName().startswith("compare-speech-")]


def test_both_engines_hear_the_demo_in_turn_and_listening_resumes_after(qtbot, built_model, tmp_path):
    window = MainWindow(AppSettings(), built_model, tmp_path / "history.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.show_view("speech")
    panel = window.speech
    panel.start("demo")
    qtbot.waitUntil(panel.is_running, timeout=10000)
    window.activateWindow()
    panel.start_button.setFocus()
    qtbot.waitUntil(panel.start_button.hasFocus, timeout=2000)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.start_button, Qt.Key.Key_W, control_shift)
    compared = panel.comparison
    assert compared is not None and compared.kind == ENGINES and not panel.is_running()  # it gets the machine
    qtbot.waitUntil(lambda: compared.state is not None and compared.state.stage == HEARD, timeout=HEAR_BOTH_MS)
    titles = [title.text() for title in compared.titles]
    assert titles[0].startswith("faster-whisper · CPU") and titles[1].startswith("onnxruntime-genai · CPU")
    for text, figures in zip(compared.texts, compared.figures):
        assert "Dashwood" in text.toPlainText()  # the demo's first sentence, heard by both
        assert "RTF" in figures.text() and "word error rate" in figures.text()
    assert all(side.wer is not None and side.wer < 0.1 for side in (compared.state.left, compared.state.right))
    assert "x as fast as" in compared.summary.text() and compared.again_button.isEnabled()
    compared.close()
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in comparison_threads()), timeout=5000)
    qtbot.waitUntil(lambda: panel.comparison is None and panel.is_running(), timeout=5000)  # listening again
    window.close()
