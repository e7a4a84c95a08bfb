"""The window's numbers in its locale: the NumberFormat read from QLocale (German, French, Arabic, English as Qt has
them), a panel's overlay in German with a decimal comma, and the CLI's JSON the same in any locale and --lang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QTime

from app.locale_format import numbers_for, use_window_locale, window_locale, window_numbers
from app.panels.speech_panel import SpeechPanel
from app.panels.vision_hud import vision_figures, vision_hud
from app.settings import AppSettings
from pipelines.chat.conversation import ChatEntry
from pipelines.chat.reply import ReplyPiece
from pipelines.locale_numbers import C_NUMBERS
from pipelines.measure.metrics import StatSummary
from pipelines.speech.live import SpeechState
from pipelines.speech.protocol import Final, RecognizerInfo
from tests.support.helpers import DATA

ROOT = Path(__file__).resolve().parents[2]
QT_SHORT = QLocale.FormatType.ShortFormat


def test_the_number_format_is_what_qlocale_writes():
    assert numbers_for(QLocale("de")).number(1234.5, 1) == "1.234,5"
    assert numbers_for(QLocale("fr")).number(1234.5, 1) == "1\u202f234,5"  # a narrow no-break space
    assert numbers_for(QLocale("ar")).number(1234.5, 1) == "١٬٢٣٤٫٥"  # Qt's Arabic (Egypt): Arabic-Indic digits
    assert numbers_for(QLocale("en")).number(1234.5, 1) == "1,234.5"
    assert numbers_for(QLocale("es")).number(1234, 0) == "1234" and numbers_for(QLocale("es")).number(12345) == "12.345"
    for code in ("de", "fr", "es", "it", "zh_CN", "ja", "ko", "ar", "en", "en_GB", "de_CH"):
        locale, numbers = QLocale(code), numbers_for(QLocale(code))
        for value, decimals in ((0.97, 2), (41.2, 1), (1234.5, 1), (1234567.0, 0), (-3.5, 1), (12345.678, 2)):
            assert numbers.number(value, decimals) == locale.toString(value, "f", decimals), (code, value)
        # Dates in the locale's short format with the full year, times in its short format, as Qt writes them.
        pattern = locale.dateFormat(QT_SHORT)
        long_year = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
        assert numbers.date(date(2026, 12, 2)) == locale.toString(QDate(2026, 12, 2), long_year), code
        assert numbers.time(time(21, 5)) == locale.toString(QTime(21, 5), locale.timeFormat(QT_SHORT)), code
        day, hour = date(2026, 12, 2), time(21, 5)
        assert numbers.date_time(datetime.combine(day, hour)) == f"{numbers.date(day)} {numbers.time(hour)}"


def test_the_window_locale_is_the_languages_in_the_systems_region_where_they_agree():
    assert window_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert window_locale("de", QLocale("de_CH")).name() == "de_CH"
    assert window_locale("de", QLocale("en_GB")).name() == "de_DE"
    assert window_locale("zh_CN", QLocale("C")).name() == "zh_CN"


@pytest.fixture
def german(monkeypatch):
    """The window in German numbers for one test (as ``gui.run`` with --lang de sets it), then back to C."""
    before = QLocale()
    monkeypatch.setattr("app.locale_format._window", C_NUMBERS)  # restored after the test
    numbers = use_window_locale("de")
    yield numbers
    QLocale.setDefault(before)


def test_before_the_window_chooses_a_locale_it_writes_c_numbers():
    assert window_numbers() == C_NUMBERS


def test_the_vision_overlay_and_booth_figures_in_german_have_decimal_commas(german):
    stats = {"total": StatSummary(41.23, 40.5, 52.25, 30), "infer": StatSummary(35.5, 34.25, 45.5, 30)}
    hud = vision_hud(stats, 24.5, None, 1234, ())
    assert "processing  41,2 ms (p50 40,5, p95 52,2) · 25 FPS possible · 24,5 FPS shown" in hud.headline
    assert any(line.endswith("\t35,5\t34,2\t45,5") for line in hud.lines)
    assert "dropped frames 1.234 (latest frame wins)" in hud.lines
    assert vision_figures(stats) == [("40 ms", "per frame"), ("25", "frames/s possible")]
    assert "41.2" in vision_hud(stats, 24.5, None, 0, (), C_NUMBERS).headline  # the C format where asked for


def test_the_speech_panels_overlay_in_german_shows_a_decimal_comma(qtbot, german):
    panel = SpeechPanel(AppSettings())  # no engine is started: the panel is fed a state as its worker would
    qtbot.addWidget(panel)
    final = Final("Guten Morgen.", (), 0.0, 1.0, "", "de", 0.97)
    stats = {"partial_latency": StatSummary(0, 0, 0, 0), "final_latency": StatSummary(612.0, 640.0, 900.0, 3)}
    panel.take(SpeechState((final,), None, -20.0, 0.3, stats, RecognizerInfo("whisper", "CPU", "whisper-base"), 12.4))
    panel.render()
    overlay = panel.overlay.text()
    assert "Deutsch · detected 0,97" in overlay and "RTF 0,30" in overlay and "640/900 ms" in overlay
    assert "0,6 s to final text" in panel.header.figures_text() and "3,3x faster" in panel.header.figures_text()
    panel.shutdown()


def test_the_chat_panels_live_line_in_german(qtbot, german, monkeypatch, tmp_path):
    monkeypatch.setattr("app.panels.chat_model_picker.ChatModelPicker.load_first_model", lambda self: None)
    from app.panels.chat_panel import ChatPanel

    panel = ChatPanel(AppSettings(), history_file=tmp_path / "history.sqlite3")
    qtbot.addWidget(panel)
    assert panel.conversation.numbers == german  # the answers' footers, as shown and saved
    panel.conversation.entries.append(ChatEntry("assistant", "", ""))
    panel.take(ReplyPiece("ja", "ja", 1234, 12.34, 70.0, 81.6, ""))
    assert "12,3" in panel.live_label.text() and "82 ms" in panel.live_label.text()
    assert "1.234" in panel.live_label.text()
    panel.shutdown()


def cli(*args: str, lang: str) -> str:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_NUMERIC": "", "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=True)
    return done.stdout


def test_the_clis_json_is_the_same_in_a_german_locale_and_with_lang_de():
    image = str(DATA / "chelsea.png")
    plain = cli("detect", image, "--json", lang="C.UTF-8")
    german = cli("--lang", "de", "detect", image, "--json", lang="de_DE.UTF-8")
    first, second = json.loads(plain), json.loads(german)
    for result in (first, second):
        result.pop("timings_ms")  # measured anew in each run
    assert first == second and '"score": 0.' in german and "0,9" not in german
    assert cli("models", "list", "--json", lang="C.UTF-8") == cli(
        "--lang", "de", "models", "list", "--json", lang="de_DE.UTF-8"
    )
