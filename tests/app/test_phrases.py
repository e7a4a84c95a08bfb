"""The pipelines' phrases in the window's language: words translated, whole numbers in the window's digits."""

from PySide6.QtCore import QLocale

from app.locale_format import numbers_for
from app.phrases import translated
from pipelines.chat.reply import TOKEN_LIMIT
from pipelines.chat.speed import tokens_per_s
from pipelines.devices.provider_info import NODES
from pipelines.phrases import Figure, Phrase


def test_a_whole_number_in_a_phrase_is_written_in_the_windows_digits_and_the_cli_keeps_its_own(qapp, monkeypatch):
    limit, nodes = Phrase(TOKEN_LIMIT, tokens=2048), Phrase(NODES, ran=309, total=309)
    monkeypatch.setattr("app.locale_format._window", numbers_for(QLocale("ar")))
    arabic_limit, arabic_nodes = translated(limit), translated(nodes)
    assert "٢" in arabic_limit and "٣٠٩/٣٠٩" in arabic_nodes
    assert not any(character in "0123456789" for character in arabic_limit + arabic_nodes)
    monkeypatch.setattr("app.locale_format._window", numbers_for(QLocale("de")))
    assert translated(limit) == "stopped at the 2.048-token limit"  # the German window's grouping (no .qm loaded)
    assert str(limit) == "stopped at the 2048-token limit"  # the CLI's and the log's English


def test_a_measured_figure_is_written_in_the_windows_digits_with_its_decimals(qapp, monkeypatch):
    monkeypatch.setattr("app.locale_format._window", numbers_for(QLocale("ar")))
    assert translated(Phrase("RTF {rtf}", rtf=Figure(0.19, 2))) == "RTF ٠٫١٩"
    monkeypatch.setattr("app.locale_format._window", numbers_for(QLocale("de")))
    assert translated(tokens_per_s(1234.4)) == "1.234 tokens/s"  # no German .qm loaded here: the English words
