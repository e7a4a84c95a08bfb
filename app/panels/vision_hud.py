"""Turns the Vision panel's metrics and provider into the overlay's text."""

from __future__ import annotations

from pipelines.devices.provider_info import ProviderInfo
from pipelines.measure.metrics import StatSummary
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
    headline = f"frame {total.last:6.1f} ms  {fps:5.1f} FPS  p50 {total.p50:.1f}  p95 {total.p95:.1f}"
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
