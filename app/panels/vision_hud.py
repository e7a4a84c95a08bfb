"""Turns the Vision panel's metrics and provider into the overlay's text."""

from __future__ import annotations

from pipelines.devices.provider_info import ProviderInfo
from pipelines.measure.metrics import StatSummary
from widgets.booth_header import Figure
from widgets.hud import HudContent

STAGE_ROWS = (
    ("wait", "capture wait"),
    ("pre", "preprocess"),
    ("infer", "inference"),
    ("post", "decode+NMS"),
    ("paint", "paint"),
    ("latency", "capture->result"),
)


def vision_hud(
    stats: dict[str, StatSummary], fps: float, provider: ProviderInfo | None, dropped: int, notices: tuple[str, ...]
) -> HudContent:
    """Per-frame total and per-stage last/p50/p95 in ms, FPS, device badge, fallbacks and notices."""
    total = stats.get("total", StatSummary(0, 0, 0, 0))
    paced = stats.get("wait", StatSummary(0, 0, 0, 0)).p50 > 1.0  # waiting for frames: the source sets the pace
    headline = (
        f"processing {total.last:5.1f} ms (p50 {total.p50:.1f}, p95 {total.p95:.1f}) · "
        f"{possible_fps(total):.0f} FPS possible · {fps:.1f} FPS shown{' (the source’s pace)' if paced else ''}"
    )
    lines = [f"{'stage':<16}{'last':>7}{'p50':>7}{'p95':>7}"]
    for key, title in STAGE_ROWS:
        stat = stats.get(key)
        if stat is not None and stat.count:
            lines.append(f"{title:<16}{stat.last:7.1f}{stat.p50:7.1f}{stat.p95:7.1f}")
    lines.append(f"dropped frames {dropped} (latest frame wins)")
    warnings = list(notices)
    if provider is not None:
        warnings[:0] = [note for note in (provider.fallback_note(), provider.placement_warning()) if note]
    device = provider.device if provider else ""
    label = f"{provider.badge()} · warm-up {provider.warmup_ms:.0f} ms" if provider else "loading model..."
    return HudContent(device=device, provider=label, headline=headline, lines=tuple(lines), warnings=tuple(warnings))


def possible_fps(total: StatSummary) -> float:
    """Frames a second the detector could process at its median time (pre + inference + post)."""
    return 1000 / total.p50 if total.p50 > 0 else 0.0


def vision_figures(stats: dict[str, StatSummary]) -> list[Figure]:
    """The booth's figures: the median time a frame takes and the frame rate that allows."""
    total = stats.get("total")
    if total is None or not total.count:
        return []
    return [(f"{total.p50:.0f} ms", "per frame"), (f"{possible_fps(total):.0f}", "frames/s possible")]
