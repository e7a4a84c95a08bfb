"""The Chat panel offscreen: type, send, tokens stream in, Stop, metrics, history, no UI stalls."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from app.panels import chat_panel
from app.panels.chat_panel import ChatPanel
from app.settings import AppSettings
from pipelines.chat.languages import SYSTEM_PROMPTS, system_prompt
from pipelines.chat.quiz import booth_questions
from pipelines.chat.repetition import LOOP_NOTE
from tests.support.helpers import Heartbeat, catalog_model_path, pick_device


@pytest.fixture
def panel(qtbot, tmp_path):
    settings = AppSettings()
    settings.chat_engine = "llama.cpp"  # these tests read llama.cpp's figures (context 2048, Q4_1, its footer)
    widget = ChatPanel(settings, history_file=tmp_path / "history.sqlite3")
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.temperature_box.setValue(0.0)  # showing the panel loads the model
    qtbot.waitUntil(lambda: widget.engine is not None and widget.store is not None, timeout=30000)
    yield widget
    widget.shutdown()


def open_first_saved_chat(panel):
    saved = panel.history_bar.list
    saved.itemClicked.emit(saved.item(0))  # as a click on the side bar's first chat


def type_and_send(qtbot, panel, text):
    qtbot.keyClicks(panel.input, text)
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)


def test_send_streams_tokens_and_shows_metrics(qtbot, panel, chat_device):
    assert "context 2048" in panel.picker.model_info.text() and "Q4_1" in panel.picker.model_info.text()
    type_and_send(qtbot, panel, "What is 2 plus 2? Answer with a number.")
    assert panel.input.toPlainText() == "" and panel.entries[0].text == "What is 2 plus 2? Answer with a number."
    qtbot.waitUntil(lambda: panel.live_label.isVisible() and "tokens/s" in panel.live_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.last_done is not None, timeout=30000)
    answer = panel.entries[-1]
    assert answer.role == "assistant" and "4" in answer.text
    assert panel.last_done.stop_reason == "end" and "stopped" not in answer.footer  # its own end needs no note
    assert (
        "first token" in answer.footer
        and "tokens/s" in answer.footer
        and f"llama.cpp on {chat_device}" in answer.footer
    )
    assert answer.text.strip() in panel.view.toPlainText()
    qtbot.waitUntil(lambda: panel.history_bar.list.count() == 1, timeout=5000)


def test_the_booth_names_the_model_in_one_line_and_keeps_the_summary_in_its_tooltip(panel):
    summary = panel.picker.model_info.text()
    panel.set_booth(True)
    assert panel.picker.model_info.text() == panel.engine.info.model_name != summary
    assert panel.picker.model_info.toolTip() == summary
    panel.set_booth(False)
    assert panel.picker.model_info.text() == summary


def test_a_chat_is_exported_as_markdown_and_a_place_that_cannot_be_written_is_said(
    qtbot, panel, monkeypatch, tmp_path
):
    """Export... writes the chat picked in the side bar (atomically: it was a plain write, half a file after a full
    disk); a folder that cannot be written is one line, and the next place works."""
    bar = panel.history_bar
    idle = (bar.export_button, bar.delete_button, panel.copy_button, panel.regenerate_button)
    assert not any(idle_button.isEnabled() for idle_button in idle)  # an empty chat: they did nothing, unsaid
    type_and_send(qtbot, panel, "Say hi.")
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.history_bar.list.count() == 1, timeout=30000)
    assert all(idle_button.isEnabled() for idle_button in idle)
    answer = panel.entries[-1].text.strip()
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    said = []
    panel.status.connect(said.append)
    places = iter([str(blocker / "chat.md"), str(tmp_path / "chat")])  # the second typed without .md
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (next(places), ""))
    panel.history_bar.list.setCurrentRow(0)
    panel.history_bar.export_button.click()
    qtbot.waitUntil(lambda: any(line.startswith("Cannot save") for line in said), timeout=5000)
    assert said[-1].startswith(f"Cannot save {blocker / 'chat.md'} (") and "(pick another folder" in said[-1]
    panel.history_bar.export_button.click()
    qtbot.waitUntil(lambda: said[-1] == f"Chat exported to {tmp_path / 'chat.md'}", timeout=5000)
    exported = (tmp_path / "chat.md").read_text(encoding="utf-8")
    assert "**User:**\n\nSay hi." in exported and answer[:20] in exported


def test_shift_enter_makes_a_new_line_and_tab_moves_on(qtbot, panel):
    qtbot.keyClicks(panel.input, "line one")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.input, "line two")
    assert panel.input.toPlainText() == "line one\nline two" and not panel.entries
    panel.input.setFocus()
    qtbot.waitUntil(panel.input.hasFocus, timeout=2000)
    qtbot.keyClick(panel.input, Qt.Key.Key_Tab)  # on to the buttons: a tab typed into the question was noise
    assert panel.input.toPlainText() == "line one\nline two" and not panel.input.hasFocus()


def test_stop_keeps_the_partial_answer_and_the_ui_never_stalls(qtbot, panel):
    beat = Heartbeat()
    type_and_send(qtbot, panel, "Write a long story about a lighthouse keeper.")
    qtbot.waitUntil(lambda: len(panel.entries[-1].text) > 40, timeout=15000)
    qtbot.wait(1500)
    assert panel.stop()
    beat.stop()
    kept = panel.entries[-1].text
    qtbot.waitUntil(lambda: panel.last_done is not None, timeout=2000)
    assert panel.last_done.stop_reason == "stopped" and panel.entries[-1].footer.endswith(" · stopped")
    assert len(kept) > 40 and panel.entries[-1].text.startswith(kept) and panel.messages[-1].content.startswith(kept)
    beat.assert_responsive(50, "while tokens streamed")
    type_and_send(qtbot, panel, "Say hi.")  # the engine takes the next prompt
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.entries[-1].footer.startswith("first token"), timeout=30000)


def test_an_answer_stopped_while_it_waits_for_the_last_one_starts_stopped(qtbot, panel):
    """New chat lets an answer in flight go (it ends at its next token, on its worker); a question asked at once waits
    for the engine to be free, and Stop pressed meanwhile is not lost: that answer ends at its first token."""
    type_and_send(qtbot, panel, "Write a long story about a lighthouse keeper.")
    qtbot.waitUntil(lambda: len(panel.entries[-1].text) > 40, timeout=15000)
    panel.new_chat()
    type_and_send(qtbot, panel, "Name three colours.")
    assert panel.is_busy() and panel._worker is None  # waiting for the story's worker to end
    qtbot.keyClick(panel.input, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.last_done is not None, timeout=30000)
    assert panel.last_done.stop_reason == "stopped" and panel.entries[-1].footer.endswith(" · stopped")
    assert panel.last_done.stats.tokens <= 2


def test_regenerate_new_chat_and_reopen_from_history(qtbot, panel):
    type_and_send(qtbot, panel, "Name a fruit.")
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.last_done is not None, timeout=30000)
    answers = []
    for _ in range(2):  # temperature 0: Regenerate reads the conversation anew and gives the same answer each time
        done = panel.last_done
        panel.regenerate()
        qtbot.waitUntil(lambda done=done: panel.last_done is not done, timeout=30000)  # a new answer, not the old
        qtbot.waitUntil(
            lambda: not panel.is_busy() and len(panel.messages) == 2 and panel.messages[-1].role == "assistant",
            timeout=30000,
        )
        answers.append(panel.messages[-1].content)
    assert answers[0] == answers[1] and answers[0].strip()
    conversation = panel.conversation.id
    panel.new_chat()
    assert panel.entries == [] and panel.conversation.id is None
    qtbot.waitUntil(lambda: panel.history_bar.list.count() == 1, timeout=5000)
    open_first_saved_chat(panel)
    qtbot.waitUntil(lambda: panel.conversation.id == conversation and len(panel.entries) == 2, timeout=5000)
    assert [e.role for e in panel.entries] == ["user", "assistant"]  # the regenerated reply replaced the first


def test_a_bad_model_keeps_the_previous_one(qtbot, panel, tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_text("nope")
    panel.picker.load_model(str(bad))
    qtbot.waitUntil(lambda: any("Not a GGUF model" in e.text for e in panel.entries), timeout=10000)
    assert "(keeping SmolLM2-135M-Instruct.Q4_1)" in panel.entries[-1].text
    assert panel.engine is not None and AppSettings().chat_model == ""
    picker = panel.picker
    picker.engine_combo.setCurrentIndex(picker.engine_combo.findData("onnxruntime-genai"))
    picker.load_model(str(bad))  # a GGUF file for onnxruntime-genai: refused
    qtbot.waitUntil(lambda: sum("(keeping" in e.text for e in panel.entries) == 2, timeout=10000)
    assert picker.engine_combo.currentData() == "llama.cpp"  # the engine that answers, not the one that failed
    assert picker.model_info.text().startswith("SmolLM2-135M-Instruct.Q4_1") and "llama.cpp" in picker.model_info.text()


def test_an_answer_stuck_in_a_loop_ends_with_a_note_kept_in_the_history(qtbot, panel):
    panel.system_edit.clear()  # greedy SmolLM2 loops on this question ("Ultra-Resistant-Ultra-Resistant-...")
    type_and_send(qtbot, panel, "What does NPU stand for?")
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.last_done is not None, timeout=30000)
    assert panel.last_done.stop_reason == "loop" and panel.entries[-1].footer.endswith(LOOP_NOTE)
    qtbot.waitUntil(lambda: panel.history_bar.list.count() == 1, timeout=5000)
    panel.new_chat()
    open_first_saved_chat(panel)
    qtbot.waitUntil(lambda: len(panel.entries) == 2, timeout=5000)
    assert panel.entries[-1].footer.endswith(LOOP_NOTE)


def test_an_answer_cut_at_its_token_limit_says_so_on_screen_and_in_the_history(qtbot, panel, monkeypatch):
    monkeypatch.setattr(chat_panel, "MAX_REPLY_TOKENS", 16)  # the panel's limit (512) is a long wait on 2 cores
    type_and_send(qtbot, panel, "Write a long story about a lighthouse keeper.")
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.last_done is not None, timeout=30000)
    assert panel.last_done.stop_reason == "length"
    assert panel.entries[-1].footer.endswith(" · stopped at the 16-token limit")
    assert "stopped at the 16-token limit" in panel.view.toPlainText()
    conversation = panel.conversation.id
    qtbot.waitUntil(
        lambda: [m.stop_reason for m in panel.store.messages(conversation)] == ["", "length"], timeout=5000
    )


def test_the_chat_speaks_the_windows_language_unless_the_user_wrote_a_prompt(qtbot, tmp_path):
    """The window in German: the default system prompt asks for German answers and the attract loop asks the booth's
    questions in German; a prompt the user wrote stays as written (an English default saved by an earlier version
    is a default, not the user's)."""
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        settings = AppSettings()
        settings.system_prompt = SYSTEM_PROMPTS["en"]
        german = ChatPanel(settings, history_file=tmp_path / "history.sqlite3")  # not shown: no model loads
        qtbot.addWidget(german)
        assert german.language == "de" and german.system_edit.text() == system_prompt("de")
        assert settings.attract_questions(german.language) == [q.text for q in booth_questions("de")]
        settings.system_prompt = "Antworte wie ein Pirat."
        own = ChatPanel(settings, history_file=tmp_path / "history.sqlite3")
        qtbot.addWidget(own)
        assert own.system_edit.text() == "Antworte wie ein Pirat."
        for panel in (german, own):
            panel.shutdown()
    finally:
        QLocale.setDefault(previous)


def test_the_device_list_moves_the_model_to_onnxruntime_genai_there_and_is_remembered(qtbot, panel):
    """llama.cpp places the model itself (the list greyed, saying so); with Auto, a device picked loads the model in
    onnxruntime-genai on it; a GGUF file opened then goes to llama.cpp (the list greyed, the device kept for later)."""
    picker = panel.picker
    assert not picker.device_combo.isEnabled()
    assert picker.device_combo.toolTip() == "llama.cpp places the model itself"
    picker.engine_combo.setCurrentIndex(picker.engine_combo.findData("auto"))
    picker.engine_combo.activated.emit(picker.engine_combo.currentIndex())
    assert picker.device_combo.isEnabled()
    pick_device(qtbot, picker.device_combo, "CPU [CPU]")
    qtbot.waitUntil(lambda: panel.engine is not None and panel.engine.info.engine == "onnxruntime-genai", timeout=60000)
    assert "CPU · CPUExecutionProvider" in picker.model_info.text()
    assert panel.entries == []  # the load Auto began (replaced by the device's) ended unseen, its engine unused
    settings = AppSettings()
    assert (settings.chat_engine, settings.chat_device) == ("auto", "cpu")
    picker.load_model(str(catalog_model_path("smollm2-135m-instruct")))
    assert not picker.device_combo.isEnabled() and picker.device_combo.currentText() == "Auto"
    qtbot.waitUntil(lambda: panel.engine.info.engine == "llama.cpp", timeout=60000)
    assert AppSettings().chat_device == "cpu" and panel.entries == []


def test_a_model_loaded_while_an_answer_streams_ends_the_answer_not_the_new_engine(qtbot, panel):
    """Another engine picked mid-answer: the old engine closes under the answer. It was taken for a crash, which
    dropped the engine just loaded (the watchdog then loaded it a third time)."""
    type_and_send(qtbot, panel, "Write a long story about a lighthouse keeper.")
    qtbot.waitUntil(lambda: len(panel.entries[-1].text) > 40, timeout=15000)
    llama, picker = panel.engine, panel.picker
    picker.engine_combo.setCurrentIndex(picker.engine_combo.findData("onnxruntime-genai"))
    picker.engine_combo.activated.emit(picker.engine_combo.currentIndex())
    qtbot.waitUntil(lambda: panel.engine is not llama and not panel.is_busy(), timeout=60000)
    qtbot.waitUntil(lambda: "another model was loaded" in panel.entries[-1].footer, timeout=5000)
    assert panel.entries[-1].role == "assistant" and len(panel.entries[-1].text) > 40  # what streamed is kept
    assert panel.engine is not None and panel.engine.info.engine == "onnxruntime-genai"
