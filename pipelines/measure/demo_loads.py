"""The bundled media played through each pipeline, again and again: the work ``bench dashboard`` times and
``soak`` keeps up for minutes, written once for both."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipelines.bundled import demo_video_path
from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, stream_reply
from pipelines.detection.pipeline import DetectionPipeline, DetectionResult
from pipelines.detection.sources import VideoFileSource
from pipelines.speech.pipeline import SpeechPipeline, SpeechUpdate
from pipelines.speech.sources import FileAudioSource, demo_recording

QUESTION = [
    Message("system", "You are a concise assistant running on this laptop."),
    Message("user", "Why does running AI on a laptop protect privacy? Answer in two sentences."),
]
ANSWER = GenerationSettings(temperature=0.0, max_tokens=96, seed=0, fresh=True)


def never() -> bool:
    return False


def demo_detections(pipeline: DetectionPipeline, paced: bool) -> Iterator[DetectionResult]:
    """The demo video, looping, through ``pipeline``: at its own frame rate (``paced``, as the window plays it) or
    as fast as the detector goes."""
    with VideoFileSource(demo_video_path(), loop=True, paced=paced) as source:
        while True:
            yield pipeline.process(source.next_frame())


def demo_speech(pipeline: SpeechPipeline, should_stop: Callable[[], bool] = never) -> Iterator[SpeechUpdate]:
    """The demo recording heard in real time, over and over, until ``should_stop``."""
    while not should_stop():
        yield from pipeline.run(FileAudioSource(demo_recording(), paced=True), should_stop)


def demo_answers(engine: ChatEngine, should_stop: Callable[[], bool] = never) -> Iterator[ReplyDone]:
    """The scripted question answered again and again, until ``should_stop`` (which also cuts a reply short)."""
    while not should_stop():
        for event in stream_reply(engine, QUESTION, ANSWER, should_stop):
            if isinstance(event, ReplyDone):
                yield event
