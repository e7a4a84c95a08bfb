"""Turns the Vision panel's metrics and provider into the overlay's text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pipelines.devices.provider_info import ProviderInfo
from pipelines.measure.metrics import StatSummary
from widgets.booth_header import Figure
from widgets.hud import HudContent

STAGE_ROWS = (
    ("wait", QT_TRANSLATE_NOOP("VisionHud", "capture wait")),
    ("pre", QT_TRANSLATE_NOOP("VisionHud", "preprocess")),
    ("infer", QT_TRANSLATE_NOOP("VisionHud", "inference")),
    ("post", QT_TRANSLATE_NOOP("VisionHud", "decode+NMS")),
    ("paint", QT_TRANSLATE_NOOP("VisionHud", "paint")),
    ("latency", QT_TRANSLATE_NOOP("VisionHud", "capture->result")),
)
TITLE_COLUMN = 16  # the stage table's first column, in characters (a monospace font)


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP or QCoreApplication.translate in the "VisionHud" context) translated."""
    return QCoreApplication.translate("VisionHud", text)


def vision_hud(
    stats: dict[str, StatSummary], fps: float, provider: ProviderInfo | None, dropped: int, notices: tuple[str, ...]
) -> HudContent:
    """Per-frame total and per-stage last/p50/p95 in ms, FPS, device badge, fallbacks and notices."""
    total = stats.get("total", StatSummary(0, 0, 0, 0))
    paced = stats.get("wait", StatSummary(0, 0, 0, 0)).p50 > 1.0  # waiting for frames: the source sets the pace
    headline = QCoreApplication.translate(
        "VisionHud", "processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown"
    ).format(
        last=f"{total.last:5.1f}", p50=f"{total.p50:.1f}", p95=f"{total.p95:.1f}",
        possible=f"{possible_fps(total):.0f}", shown=f"{fps:.1f}",
    )
    if paced:
        headline += QCoreApplication.translate("VisionHud", " (the source’s pace)")
    stage, last = QCoreApplication.translate("VisionHud", "stage"), QCoreApplication.translate("VisionHud", "last")
    lines = [f"{stage:<{TITLE_COLUMN}}{last:>7}{'p50':>7}{'p95':>7}"]
    for key, title in STAGE_ROWS:
        stat = stats.get(key)
        if stat is not None and stat.count:
            lines.append(f"{_tr(title):<{TITLE_COLUMN}}{stat.last:7.1f}{stat.p50:7.1f}{stat.p95:7.1f}")
    dropped_line = QCoreApplication.translate("VisionHud", "dropped frames {count} (latest frame wins)")
    lines.append(dropped_line.format(count=dropped))
    warnings = list(notices)
    if provider is not None:
        warnings[:0] = [note for note in (provider.fallback_note(), provider.placement_warning()) if note]
    device = provider.device if provider else ""
    label = (
        QCoreApplication.translate("VisionHud", "{device} · warm-up {ms} ms").format(
            device=provider.badge(), ms=f"{provider.warmup_ms:.0f}"
        )
        if provider
        else QCoreApplication.translate("VisionHud", "loading model...")
    )
    return HudContent(device=device, provider=label, headline=headline, lines=tuple(lines), warnings=tuple(warnings))


def possible_fps(total: StatSummary) -> float:
    """Frames a second the detector could process at its median time (pre + inference + post)."""
    return 1000 / total.p50 if total.p50 > 0 else 0.0


def vision_figures(stats: dict[str, StatSummary]) -> list[Figure]:
    """The booth's figures: the median time a frame takes and the frame rate that allows."""
    total = stats.get("total")
    if total is None or not total.count:
        return []
    return [
        (f"{total.p50:.0f} ms", QCoreApplication.translate("VisionHud", "per frame")),
        (f"{possible_fps(total):.0f}", QCoreApplication.translate("VisionHud", "frames/s possible")),
    ]
