"""The demo media bundled with the app (``assets/demo``): what each is, where it comes from, what uses it; listed
beside the models by ``models list``."""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.bundled import demo_video_path
from pipelines.model_store import path_size


@dataclass(frozen=True)
class DemoMedia:
    """A demo file bundled with the app: what it is, where it comes from, what uses it."""

    id: str
    title: str
    license: str
    source: str
    used_by: str


DEMO_VIDEO_MEDIA = DemoMedia(
    id="demo-video",
    title="Demo video: people walking (640x480, 200 frames at 10 FPS)",
    license="OpenCV samples, Apache-2.0 / BSD-3-Clause",
    source="first 200 frames of OpenCV's sample vtest.avi (Debian opencv-doc), resized",
    used_by="the Vision panel's demo source (and its fallback when the camera fails), the kiosk's attract loop, "
    "--selftest, bench detection and dashboard, report, soak; models build calibrates and checks the INT8 "
    "detector on its frames",
)
DEMO_RECORDING_MEDIA = DemoMedia(
    id="demo-recording",
    title="Demo recording: LibriVox, Sense and Sensibility (32 s, 16 kHz mono)",
    license="public domain (LibriVox); package BSD-2",
    source="five LibriVox clips from Debian pocketsphinx-testdata, joined; its words in speech_librivox.txt",
    used_by="the Speech panel's demo source (and its fallback when the microphone fails), the kiosk's attract "
    "loop, --selftest, bench speech (word error rate against its words) and dashboard, report, soak, the "
    "one-off measure of the faster Whisper engine; models build checks the Whisper onnxruntime-genai build on it",
)


def demo_media_rows() -> list[dict]:
    """The bundled demo video and recording with their sizes: what ``models list`` shows beside the models."""
    from pipelines.speech.sources import demo_recording

    return [
        {"id": media.id, "title": media.title, "path": str(path), "size_mb": round(path_size(path) / 1e6, 2),
         "license": media.license, "source": media.source, "used_by": media.used_by}
        for media, path in ((DEMO_VIDEO_MEDIA, demo_video_path()), (DEMO_RECORDING_MEDIA, demo_recording()))
    ]
