"""The window in other languages: every .ts file complete, every visible string wrapped for translation, nothing
clipped in German (the longest) and the layout mirrored in Arabic; the language choice, --lang, a missing .qm."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from app.cli.parser import build_parser
from app.settings import AppSettings
from app.translations import ENGLISH, LANGUAGES, chosen_language, install_translators, restart_command, supported
from pipelines.chat.loading import engine_choices
from pipelines.model_build.translations import compile_translations, ts_path
from pipelines.speech.languages import WHISPER_LANGUAGES

TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]
PLACEHOLDER = re.compile(r"\{\w+\}")
SHOTS = Path("/tmp")
RICH = re.compile(r"<[a-z][^>]*>")


def messages(code: str) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message in ``code``'s .ts file."""
    root = ET.parse(ts_path(code)).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.findtext("translation") or "",
         message.find("translation").get("type"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_language_file_translates_every_string_and_keeps_its_placeholders(code):
    problems = []
    for context, source, translation, kind in messages(code):
        if kind is not None or not translation.strip():
            problems.append(f"{context}: {source!r} is not translated ({kind or 'empty'})")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"{context}: {source!r} -> {translation!r} changes the placeholders")
        elif ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
            problems.append(f"{context}: {source!r} -> {translation!r} loses or adds the keyboard accelerator")
    assert not problems, f"{len(problems)} problems in {ts_path(code).name}:\n" + "\n".join(problems[:40])


# ----- the window in a language ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def compiled():
    compile_translations(lambda line: None)


@pytest.fixture
def speaking(qapp, compiled, monkeypatch):
    """Install a language's translators for one test (removed after it); the Chat panel loads no model and the
    dashboard plays no demo recording (the test looks at text, not at results)."""
    monkeypatch.setattr("app.panels.chat_model_picker.ChatModelPicker.load_first_model", lambda self: None)
    monkeypatch.setattr("app.panels.speech_panel.SpeechPanel.play_demo", lambda self: None)

    def install(code: str) -> None:
        assert install_translators(qapp, code) == ""

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def german_window(qtbot, speaking, model, code: str = "de"):
    from app.main_window import MainWindow

    speaking(code)
    window = MainWindow(AppSettings(), model)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # the smallest booth screen
    window.show()
    return window


def plain(text: str) -> str:
    """A label's text as shown: rich text without its tags."""
    if RICH.search(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every string the window can show: labels, buttons, tooltips, placeholders, combo items and
    their tooltips, tabs, actions and menus, window titles, the status bar, shown or hidden."""
    texts = [("window title", window.windowTitle()), ("status bar", window.statusBar().currentMessage())]
    for widget in [window, *window.findChildren(QWidget)]:
        name = type(widget).__name__
        texts.append((f"{name} tooltip", widget.toolTip()))
        if widget.isWindow():
            texts.append((f"{name} title", widget.windowTitle()))
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((name, widget.text()))
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                texts.append((f"{name} item", widget.itemText(index)))
                texts.append((f"{name} item tooltip", widget.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""))
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                texts += [("tab", widget.tabText(index)), ("tab tooltip", widget.tabToolTip(index))]
    for action in window.findChildren(QAction):
        texts += [("action", action.text()), ("action tooltip", action.toolTip())]
        if action.menu() is not None:
            texts.append(("menu", action.menu().title()))
    return [(where, plain(text)) for where, text in texts if re.search(r"[^\W\d_]", text)]


def as_pattern(template: str) -> str:
    """A translation with its placeholders filled by anything, as a regular expression."""
    return ".+".join(re.escape(part) for part in PLACEHOLDER.split(template))


def not_ours() -> set[str]:
    """Shown as they are, in every language: names of engines, models, languages and precisions (the pipelines' own
    sentences are phrases, translated: ``pipelines/phrases.py``)."""
    names = {"Edge AI Showcase", "Whisper base (onnxruntime-genai)", "Whisper base (faster-whisper)", "vosk",
             "FP32", "INT8", *LANGUAGES.values()}
    for choice in engine_choices():
        names |= {choice.label} if choice.key != "auto" else set()
    from app.panels.speech_choices import language_label

    return names | {language_label(code) for code in WHISPER_LANGUAGES}


def test_every_string_the_window_shows_is_translated(qtbot, speaking, built_model):
    """German installed: any visible text that is not a German translation (placeholders filled), nor a name, is a
    string not wrapped for translation (or not translated)."""
    window = german_window(qtbot, speaking, built_model)
    qtbot.wait(500)  # the background probes (cameras, providers, Windows ML's catalog) fill their lists
    translations = {translation for _, _, translation, _ in messages("de")}
    # An action's tooltip is its text without the accelerator and the trailing dots.
    translations |= {t.replace("&", "").removesuffix("...") for t in translations}
    lines = {line for t in translations for line in plain(t).split("\n") if line}  # a header's title over its subtitle
    # A translation of placeholders and punctuation only ("{text} ({detail})") would pass any line of its shape.
    worded = [line for line in lines if re.search(r"[^\W\d_]{2}", PLACEHOLDER.sub("", line))]
    patterns = re.compile("|".join(as_pattern(line) for line in worded))
    allowed = not_ours()
    provider_item = re.compile(r".+ \[(NPU|GPU|CPU)\]")  # a provider's name and its device, from the ranking
    untranslated = sorted({
        f"{where}: {line!r}"
        for where, text in shown_texts(window)
        for line in text.split("\n")
        if line and text not in allowed and not provider_item.fullmatch(line) and not patterns.fullmatch(line)
    })
    assert not untranslated, "shown in English:\n" + "\n".join(untranslated)


def test_the_pipelines_messages_are_in_the_windows_language(qtbot, speaking, built_model):
    """A phrase a pipeline says (here the camera's fallback, from the detection worker) reaches the German window in
    German; the CLI and the logs keep the English."""
    from tests.support.helpers import wait_for_boxes

    window = german_window(qtbot, speaking, built_model)
    window.show_view("vision")
    window.vision.start("camera:7", "cpu")
    wait_for_boxes(qtbot, window.vision)
    assert "Keine Kamera mit Index 7: stattdessen läuft das Demovideo" in window.vision.notices
    window.vision.stop()


def test_badges_engine_reasons_answer_lines_object_names_and_crashes_are_in_the_windows_language(
    speaking, tmp_path, monkeypatch
):
    """What the panels say about where a model runs and why this engine (the NPU story at a booth), the line under a
    chat answer, the video's object names, the languages heard, a file that will not open and an engine's crash are
    German in the German window; the CLI's and the logs' text stays English."""
    from app.locale_format import numbers_for
    from app.panels.speech_choices import language_label
    from app.phrases import error_line, translated
    from pipelines.chat.hosted import ENGINE_NAME as CHAT_ENGINE
    from pipelines.chat.repetition import LOOP_NOTE
    from pipelines.chat.reply import ReplyStats
    from pipelines.chat.speed import tokens_per_s
    from pipelines.devices.engine_choice import choose_engine
    from pipelines.devices.provider_info import ProviderInfo
    from pipelines.errors import ModelError
    from pipelines.model_store import check_model_file
    from pipelines.phrases import Phrase, joined
    from pipelines.runtime.engine_host import STOPPED_UNEXPECTEDLY
    from widgets.object_names import shown_name

    speaking("de")
    npu = ProviderInfo("NPU", "QNN", "QNNExecutionProvider", 12.0, precision="int8",
                       placement={"QNNExecutionProvider": 3, "CPUExecutionProvider": 107},
                       placement_us={"QNNExecutionProvider": 100, "CPUExecutionProvider": 900})
    assert npu.badge() == "NPU · QNNExecutionProvider · INT8 · 3/110 nodes"
    assert translated(npu.badge()) == "NPU · QNNExecutionProvider · INT8 · 3/110 Knoten"
    assert translated(npu.placement_warning()) == (
        "größtenteils auf der CPU: die NPU (QNN) übernahm 3 von 110 Knoten, 10% der Zeit"
    )
    decision = choose_engine("a-model", {"llama.cpp": lambda: 90.0, "onnxruntime-genai": lambda: 1234.0},
                             tokens_per_s, path=tmp_path / "speeds.json", load=lambda: 0.0)
    assert decision.why == (
        "the faster here on the CPU (measured once: llama.cpp 90 tokens/s, onnxruntime-genai 1234 tokens/s)"
    )
    monkeypatch.setattr("app.locale_format._window", numbers_for(QLocale("de")))  # the German window's numbers
    assert translated(decision.why) == (
        "die schnellere hier auf der CPU (einmal gemessen: llama.cpp 90 Tokens/s, onnxruntime-genai 1.234 Tokens/s)"
    )
    assert (shown_name("person"), shown_name("cell phone"), shown_name("my-widget")) == ("Person", "Handy", "my-widget")
    assert [language_label(code) for code in ("de", "fr", "ja", "jw")] == [
        "Deutsch", "français (Französisch)", "日本語 (Japanisch)", "Jawa (Javanisch)"
    ]
    missing = tmp_path / "missing.onnx"
    with pytest.raises(ModelError) as opened:
        check_model_file(missing)
    assert opened.value.one_line() == (
        f"Model file not found: {missing} (run 'edge-showcase models build' or pick another)"
    )
    assert error_line(opened.value) == (
        f"Modelldatei nicht gefunden: {missing} "
        "(führen Sie 'edge-showcase models build' aus oder wählen Sie ein anderes)"
    )
    crash = Phrase(STOPPED_UNEXPECTEDLY, name=Phrase(CHAT_ENGINE), exit="signal 9, SIGKILL")
    assert crash == "The chat engine stopped unexpectedly (signal 9, SIGKILL)"
    assert translated(crash) == "Die Chat-Engine wurde unerwartet beendet (signal 9, SIGKILL)"
    answer = ReplyStats(120.0, 40, 12.5, 80.0, 90.0, "llama.cpp", "CPU", "SmolLM2")
    assert translated(joined([answer.summary(), Phrase(LOOP_NOTE)])) == (
        "erstes Token 120 ms · 12.5 Tokens/s · 40 Tokens · llama.cpp auf CPU · gestoppt: das Modell begann sich zu "
        "wiederholen"
    )


# ----- screenshots: nothing clipped in German, mirrored in Arabic ------------------------------------------------
def text_width(label: QLabel) -> int:
    """The width a label's text needs: rich text with its own sizes (the booth header's spans), or the widest line."""
    if RICH.search(label.text()):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        return round(document.idealWidth())
    return max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))


def cut_off(widget: QWidget) -> str:
    """'cut off at the bottom' where a shown widget reaches under its parent's lower edge (a wrapped row squeezed
    under the next one), else ''; a scroll area's contents and a splitter's panes (a collapsed one) are meant to."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or isinstance(parent, QSplitter):
        return ""
    if isinstance(parent.parentWidget(), QAbstractScrollArea):
        return ""
    below = widget.geometry().bottom() - parent.rect().bottom()
    return f"cut off at the bottom: {below} px under its {type(parent).__name__}" if below > 0 else ""


def clipped(window: QWidget) -> list[str]:
    """Visible labels, buttons, check boxes, combo boxes (their current item) and tabs whose text is wider than the
    room they have, and any shown widget that reaches past its parent."""
    found = []
    style = window.style()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if edge := cut_off(widget):
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}: {edge}")
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            need, room = text_width(widget), widget.contentsRect().width()
        elif isinstance(widget, QCheckBox):
            indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
            spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
            need, room = metrics.horizontalAdvance(widget.text()) + indicator + spacing, widget.width()
        elif isinstance(widget, QComboBox):
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = style.subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            need, room = metrics.horizontalAdvance(widget.currentText()), field.width()
        elif isinstance(widget, QPushButton):
            need, room = metrics.horizontalAdvance(widget.text().replace("&", "")), widget.width() - 8
        elif isinstance(widget, QTabBar):
            found += [
                f"tab {widget.tabText(i)!r}" for i in range(widget.count())
                if metrics.horizontalAdvance(widget.tabText(i).replace("&", "")) > widget.tabRect(i).width()
            ]
            continue
        else:
            continue
        if need > room:
            text = widget.currentText() if isinstance(widget, QComboBox) else plain(widget.text())
            found.append(f"{type(widget).__name__} {text!r}: {need} px in {room}")
    return found


SNAPPED_WIDTH = 960  # a window snapped beside another on a 1920 px screen


@pytest.mark.parametrize("code", ["en", *TRANSLATED])  # every language: French, Spanish, Italian ran wider
def test_screenshots_nothing_clipped_and_arabic_mirrored(qtbot, speaking, built_model, code):
    window = german_window(qtbot, speaking, built_model, code)
    problems = []
    for index, view in enumerate(("vision", "speech", "chat", "dashboard")):
        window.deck.select(index)
        qtbot.wait(300)
        window.grab().save(str(SHOTS / f"edge-showcase-{code}-{view}.png"))
        problems += [f"{view}: {problem}" for problem in clipped(window)]
        if window.width() > 1366:
            problems.append(f"{view}: the window is {window.width()} px wide, more than the booth screen's 1366")
        narrowest = window.minimumSizeHint().width()
        if narrowest > SNAPPED_WIDTH:
            problems.append(f"{view}: the window cannot be narrower than {narrowest} px (snapped: {SNAPPED_WIDTH})")
        window.resize(SNAPPED_WIDTH, 768)  # the rows wrap: nothing clipped at half a 1920 px screen either
        qtbot.wait(300)
        problems += [f"{view} at {SNAPPED_WIDTH} px: {problem}" for problem in clipped(window)]
        window.resize(1366, 768)
    assert not problems, "clipped:\n" + "\n".join(problems)
    bar = window.menuBar()
    first = bar.actionGeometry(bar.actions()[0])
    if code == "ar":
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert first.left() > bar.width() // 2  # the File menu on the right
    else:
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight and first.left() < bar.width() // 2


# ----- which language, and a missing file -------------------------------------------------------------------------
def test_the_language_is_lang_then_the_setting_then_the_system():
    assert chosen_language("fr", "de", ["ja-JP"]) == "fr"
    assert chosen_language(None, "de", ["ja-JP"]) == "de"
    assert chosen_language(None, "", ["xx-YY", "ja-JP", "en-US"]) == "ja"
    assert chosen_language(None, "", ["pt-BR"]) == ENGLISH  # a language the window does not speak
    assert supported("de_AT") == "de" and supported("zh-Hant-TW") == "zh_CN" and supported("xx") is None
    assert build_parser().parse_args(["--lang", "de-DE"]).lang == "de"


def test_an_unknown_lang_is_one_line(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "klingon"])
    assert "the window speaks en, de, fr" in capsys.readouterr().err


def test_a_missing_qm_file_leaves_the_window_english_with_one_line(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr("app.translations.qm_path", lambda code: tmp_path / f"edge_showcase_{code}.qm")
    before = len(qapp.findChildren(QTranslator))
    problem = install_translators(qapp, "de")
    assert "stays in English" in problem and "\n" not in problem
    assert len(qapp.findChildren(QTranslator)) == before
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_window_logs_a_missing_translation_once(tmp_path, built_model):
    """The real start: --lang de without its .qm file runs in English and says so in the event log, once."""
    import subprocess
    import sys

    script = (
        "import app.translations as t, pathlib, sys\n"
        f"t.qm_path = lambda code: pathlib.Path({str(tmp_path)!r}) / 'missing.qm'\n"
        "from app.cli.main import main\n"
        f"sys.exit(main(['--lang', 'de', '--quit-after', '0', '--model', {str(built_model)!r}]))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", script], env=env, timeout=120, capture_output=True)
    log = next(tmp_path.rglob("edge-showcase.log")).read_text(encoding="utf-8")
    assert log.count("stays in English") == 1


def test_the_menu_remembers_the_language_and_restarts_without_lang(qtbot, built_model, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.main_window import MainWindow

    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    names = [action.text() for action in window.language_menu.actions()]
    assert names[1:] == list(LANGUAGES.values())
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click())  # "Restart now"
    monkeypatch.setattr(window, "quit_app", lambda: None)
    window.language_menu.actions()[2].trigger()  # Deutsch
    assert AppSettings().language == "de" and window.restart_requested
    command = restart_command(["edge-showcase", "--lang", "fr", "--panel", "chat", "--lang=es"])
    assert command[-2:] == ["--panel", "chat"] and "--lang" not in " ".join(command)


def test_qt_system_locale_names_map_to_the_windows_languages():
    for code in TRANSLATED:
        assert supported(QLocale(code).uiLanguages()[0]) == code
