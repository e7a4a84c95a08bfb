"""What the Speech panel shows of a run: the transcript's lines for its view, the engine's label, the overlay's
detail figures and the booth's (the Vision panel's are ``vision_hud.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from PySide6.QtCore import QCoreApplication

from app.locale_format import window_numbers
from app.panels.language_names import language_name
from app.phrases import translated
from pipelines.locale_numbers import NumberFormat
from pipelines.measure.metrics import StatSummary
from pipelines.speech.live import SpeechState
from pipelines.speech.protocol import Final, RecognizerInfo
from widgets.booth_header import Figure
from widgets.transcript_view import TranscriptLine


class TranscriptLines(Sequence[TranscriptLine]):
    """The sentences as the transcript view's lines, each made when the view reads it (it reads the new ones): a
    list of them all, made at each render, took 3.5 ms at 20,000 sentences."""

    def __init__(self, finals: Sequence[Final]) -> None:
        self._finals = finals

    def __len__(self) -> int:
        return len(self._finals)

    @overload
    def __getitem__(self, index: int) -> TranscriptLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[TranscriptLine]: ...

    def __getitem__(self, index: int | slice) -> TranscriptLine | list[TranscriptLine]:
        if isinstance(index, slice):
            return [_line(final) for final in self._finals[index]]
        return _line(self._finals[index])


def _line(final: Final) -> TranscriptLine:
    return final.start_s, final.text, final.original


def engine_label(info: RecognizerInfo) -> str:
    """'[CPU] whisper (whisper-base)': the overlay's device badge (an onnxruntime engine's: device, EP, precision,
    nodes), engine and model."""
    return f"[{translated(info.provider.badge()) if info.provider else info.device}] {info.engine} ({info.model})"


def _latency(stat: StatSummary, numbers: NumberFormat) -> str:
    if not stat.count:
        return QCoreApplication.translate("SpeechPanel", "none yet")
    return QCoreApplication.translate("SpeechPanel", "{p50}/{p95} ms (p50/p95)").format(
        p50=numbers.number(stat.p50), p95=numbers.number(stat.p95)
    )


def _heard(state: SpeechState, numbers: NumberFormat) -> tuple[str, str, float | None] | None:
    """The language of the sentence in progress, else of the last one finished, how it is known, and Whisper's
    probability: ('Deutsch → English', 'detected 0.97', 0.97) or ('Deutsch', 'language chosen', None); None before
    the first words."""
    latest = state.partial or (state.finals[-1] if state.finals else None)
    if latest is None or not latest.language:
        return None
    name = language_name(latest.language)
    if state.translate:
        name = QCoreApplication.translate("SpeechPanel", "{language} → English").format(language=name)
    probability = latest.language_probability
    if probability is None:
        return name, QCoreApplication.translate("SpeechPanel", "language chosen"), None
    detected = QCoreApplication.translate("SpeechPanel", "detected {probability}")
    return name, detected.format(probability=numbers.number(probability, 2)), probability


def speech_figures_text(state: SpeechState, numbers: NumberFormat | None = None) -> list[str]:
    """The panel's detail figures: the language heard, the real-time factor, both latencies (said as none before the
    first), audio heard; in ``numbers`` (by default the window's locale)."""
    numbers = numbers or window_numbers()
    stats = state.stats
    heard = _heard(state, numbers)
    return [
        *([heard[0] if heard[2] is None else f"{heard[0]} · {heard[1]}"] if heard else []),
        f"RTF {numbers.number(state.rtf, 2)}",
        QCoreApplication.translate("SpeechPanel", "partial {latency}").format(
            latency=_latency(stats["partial_latency"], numbers)
        ),
        QCoreApplication.translate("SpeechPanel", "final {latency} after speech").format(
            latency=_latency(stats["final_latency"], numbers)
        ),
        QCoreApplication.translate("SpeechPanel", "{seconds} s heard").format(seconds=numbers.number(state.audio_s)),
    ]


def speech_figures(state: SpeechState, numbers: NumberFormat | None = None) -> list[Figure]:
    """The booth's figures: the language heard ('Deutsch', 'detected 0.97'), how soon a sentence's final text follows
    the speech, and how much faster than real time the engine hears (each once there is one); in ``numbers`` (by
    default the window's locale: 'detected 0,97' in German)."""
    numbers = numbers or window_numbers()
    num = numbers.number
    heard = _heard(state, numbers)
    figures = [heard[:2]] if heard else []
    final = state.stats["final_latency"]
    if final.count:
        figures.append((f"{num(final.p50 / 1000, 1)} s",
                        QCoreApplication.translate("SpeechPanel", "to final text")))
    if 0 < state.rtf <= 1:
        figures.append((f"{num(1 / state.rtf, 1)}x",
                        QCoreApplication.translate("SpeechPanel", "faster than real time")))
    elif state.rtf > 1:  # the engine falls behind what is said: "0.8x faster" read as a win
        figures.append((f"{num(state.rtf, 1)}x",
                        QCoreApplication.translate("SpeechPanel", "slower than real time")))
    return figures
