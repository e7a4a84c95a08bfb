"""Saving a transcript as plain text or SubRip (.srt) subtitles.

Neither depends on the window's locale: the text is the words as heard, and SubRip's timestamps have one fixed form
('00:01:02,500', a comma before the milliseconds in every language) that players parse."""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.speech.protocol import Final


def to_text(finals: Sequence[Final]) -> str:
    return "\n".join(final.text for final in finals) + ("\n" if finals else "")


def _srt_time(seconds: float) -> str:
    millis = int(round(max(0.0, seconds) * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def to_srt(finals: Sequence[Final]) -> str:
    blocks = []
    for number, final in enumerate(finals, start=1):
        start = final.words[0].start if final.words else final.start_s
        end = final.words[-1].end if final.words else final.end_s
        blocks.append(f"{number}\n{_srt_time(start)} --> {_srt_time(max(end, start + 0.5))}\n{final.text}\n")
    return "\n".join(blocks)
