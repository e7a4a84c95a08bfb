"""``edge-showcase --selftest``: every pipeline loads its bundled model and produces a real result, and the window's
languages load (its own translations and Qt's).

For installers and support: one command that proves the bundle is whole. Each check prints one
line; the exit code is 0 only when all pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from pipelines.errors import ShowcaseError
from pipelines.names import Pipeline

SELFTEST_PROMPT = "What is 2 plus 2? Answer with a number."


def check_detection() -> str:
    from pipelines.bundled import DEMO_VIDEO
    from pipelines.detection.loading import load_detector
    from pipelines.detection.pipeline import DetectionPipeline
    from pipelines.detection.sources import open_source

    pipeline = DetectionPipeline(load_detector())
    source = open_source(DEMO_VIDEO, live=False)
    labels = set()
    for _, result in zip(range(5), pipeline.run_all(source)):
        labels |= {d.label for d in result.detections}
    source.close()
    if "person" not in labels:
        raise ShowcaseError(f"the detector found no person in the demo video (found: {sorted(labels) or 'nothing'})")
    return f"person found in the demo video on {result.provider.provider} [{result.provider.device}]"


def check_speech() -> str:
    from pipelines.speech.hosted import load_hosted_recognizer
    from pipelines.speech.sources import demo_recording
    from pipelines.speech.transcribe import transcribe_file

    recognizer, _ = load_hosted_recognizer()  # in a child process, as in the app: proves the frozen app can start one
    transcript = transcribe_file(recognizer, demo_recording())
    recognizer.close()
    if "dashwood" not in transcript.text.lower():
        raise ShowcaseError(f"the demo recording was transcribed as '{transcript.text[:60]}'")
    return f"demo recording transcribed by {transcript.engine} on {transcript.device} (rtf {transcript.rtf:.2f})"


def check_chat() -> str:
    from pipelines.chat.hosted import load_hosted_engine
    from pipelines.chat.protocol import GenerationSettings, Message
    from pipelines.chat.reply import ReplyDone, stream_reply

    engine = load_hosted_engine()
    done = [
        e
        for e in stream_reply(engine, [Message("user", SELFTEST_PROMPT)], GenerationSettings(0.0, 16, 0))
        if isinstance(e, ReplyDone)
    ][0]
    engine.close()
    if "4" not in done.text:
        raise ShowcaseError(f"the chat model answered '{done.text[:60]}' to 2 + 2")
    stats = done.stats
    speed = f"{stats.tokens_per_s:.0f} tokens/s"
    return f"chat answered '{done.text.strip()[:40]}' on {stats.engine} [{stats.device}], {speed}"


def check_languages() -> str:
    from app.translations import ENGLISH, LANGUAGES, load_translators

    others = [code for code in LANGUAGES if code != ENGLISH]
    missing = [f"{kind} {code}" for code in others
               for kind, translator in zip(("window", "Qt dialogs"), load_translators(code)) if translator is None]
    if missing:
        raise ShowcaseError(f"translations missing: {', '.join(missing)}")
    return f"the window and Qt's dialogs translated into {len(others)} languages ({', '.join(others)})"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    (Pipeline.DETECTION, check_detection),
    (Pipeline.SPEECH, check_speech),
    (Pipeline.CHAT, check_chat),
    ("languages", check_languages),
)


def run_selftest(report: Callable[[str], None] = print) -> int:
    failed = 0
    for name, check in CHECKS:
        started = time.perf_counter()
        try:
            outcome = f"ok    {check()}"
        except ShowcaseError as error:
            failed += 1
            outcome = f"FAIL  {error.one_line()}"
        report(f"{name:<10} {outcome} ({time.perf_counter() - started:.1f} s)")
    return 1 if failed else 0
