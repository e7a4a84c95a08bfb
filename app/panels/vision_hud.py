"""Turns the Vision panel's metrics and provider into the overlay's text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.locale_format import window_numbers
from app.phrases import translated
from pipelines.devices.provider_info import ProviderInfo
from pipelines.locale_numbers import NumberFormat
from pipelines.measure.metrics import StatSummary
from widgets.booth_header import Figure
from widgets.hud import COLUMN, HudContent

STAGE_ROWS = (
    ("wait", QT_TRANSLATE_NOOP("VisionHud", "capture wait")),
    ("pre", QT_TRANSLATE_NOOP("VisionHud", "preprocess")),
    ("infer", QT_TRANSLATE_NOOP("VisionHud", "inference")),
    ("post", QT_TRANSLATE_NOOP("VisionHud", "decode+NMS")),
    ("paint", QT_TRANSLATE_NOOP("VisionHud", "paint")),
    ("latency", QT_TRANSLATE_NOOP("VisionHud", "capture->result")),
)


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP or QCoreApplication.translate in the "VisionHud" context) translated."""
    return QCoreApplication.translate("VisionHud", text)


def vision_hud(
    stats: dict[str, StatSummary], fps: float, provider: ProviderInfo | None, dropped: int, notices: tuple[str, ...],
    numbers: NumberFormat | None = None,
) -> HudContent:
    """Per-frame total and per-stage last/p50/p95 in ms, FPS, device badge, fallbacks and notices; the figures in
    ``numbers`` (by default the window's locale: '41,2' in German)."""
    num = (numbers or window_numbers()).number
    total = stats.get("total", StatSummary(0, 0, 0, 0))
    paced = stats.get("wait", StatSummary(0, 0, 0, 0)).p50 > 1.0  # waiting for frames: the source sets the pace
    headline = QCoreApplication.translate(
        "VisionHud", "processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown"
    ).format(
        last=num(total.last, 1).rjust(5), p50=num(total.p50, 1), p95=num(total.p95, 1),
        possible=num(possible_fps(total)), shown=num(fps, 1),
    )
    if paced:
        headline += QCoreApplication.translate("VisionHud", " (the source’s pace)")
    stage, last = QCoreApplication.translate("VisionHud", "stage"), QCoreApplication.translate("VisionHud", "last")
    lines = [COLUMN.join((stage, last, "p50", "p95"))]
    for key, title in STAGE_ROWS:
        stat = stats.get(key)
        if stat is not None and stat.count:
            lines.append(COLUMN.join([_tr(title), *(num(value, 1) for value in (stat.last, stat.p50, stat.p95))]))
    dropped_line = QCoreApplication.translate("VisionHud", "dropped frames {count} (latest frame wins)")
    lines.append(dropped_line.format(count=num(dropped)))
    warnings = list(notices)
    if provider is not None:
        warnings[:0] = [translated(note) for note in (provider.fallback_note(), provider.placement_warning()) if note]
    device = provider.device if provider else ""
    label = (
        QCoreApplication.translate("VisionHud", "{device} · warm-up {ms} ms").format(
            device=translated(provider.badge()), ms=num(provider.warmup_ms)
        )
        if provider
        else QCoreApplication.translate("VisionHud", "loading model...")
    )
    return HudContent(device=device, provider=label, headline=headline, lines=tuple(lines), warnings=tuple(warnings))


def possible_fps(total: StatSummary) -> float:
    """Frames a second the detector could process at its median time (pre + inference + post)."""
    return 1000 / total.p50 if total.p50 > 0 else 0.0


def vision_figures(stats: dict[str, StatSummary], numbers: NumberFormat | None = None) -> list[Figure]:
    """The booth's figures: the median time a frame takes and the frame rate that allows (in ``numbers``, by default
    the window's)."""
    total = stats.get("total")
    if total is None or not total.count:
        return []
    num = (numbers or window_numbers()).number
    return [
        (f"{num(total.p50)} ms", QCoreApplication.translate("VisionHud", "per frame")),
        (num(possible_fps(total)), QCoreApplication.translate("VisionHud", "frames/s possible")),
    ]
