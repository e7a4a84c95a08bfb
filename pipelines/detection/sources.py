"""Frame sources behind one interface: camera, video file (looping, paced), still image, demo video.

``read()`` returns the next frame with its capture timestamp, ``None`` when a finite source has
ended, and raises ``SourceError`` with a human message when the source fails.
"""

from __future__ import annotations

import os
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from pipelines.bundled import DEMO_VIDEO, demo_video_path
from pipelines.errors import SourceError, check_readable
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

# FFmpeg inside OpenCV prints its own lines ("moov atom not found") beside the app's clear message for the same
# file: quiet, unless the user set the level (read at the first capture opened).
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")

CAMERA = QT_TRANSLATE_NOOP("Pipelines", "Camera {index}")
NO_CAMERA = QT_TRANSLATE_NOOP("Pipelines", "No camera at index {index}")
PICK_ANOTHER_CAMERA = QT_TRANSLATE_NOOP("Pipelines", "pick another camera or the demo video")
CAMERA_STOPPED = QT_TRANSLATE_NOOP(
    "Pipelines", "{camera} stopped delivering frames (unplugged or in use by another app?)"
)
IMAGE_PROBLEMS = (QT_TRANSLATE_NOOP("Pipelines", "Image not found: {path}"),
                  QT_TRANSLATE_NOOP("Pipelines", "Image is not a file: {path}"),
                  QT_TRANSLATE_NOOP("Pipelines", "Image is empty: {path}"))
VIDEO_PROBLEMS = (QT_TRANSLATE_NOOP("Pipelines", "Video file not found: {path}"),
                  QT_TRANSLATE_NOOP("Pipelines", "Video file is not a file: {path}"),
                  QT_TRANSLATE_NOOP("Pipelines", "Video file is empty: {path}"))
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("Pipelines", "Not an image OpenCV can decode (truncated or another format?): {path}")
NOT_A_VIDEO = QT_TRANSLATE_NOOP("Pipelines", "Not a video OpenCV can open: {path}")
NO_VIDEO_FRAMES = QT_TRANSLATE_NOOP("Pipelines", "Video file has no frames OpenCV can decode: {path}")
VIDEO_STOPPED = QT_TRANSLATE_NOOP("Pipelines", "Video file stopped delivering frames (damaged?): {path}")
VIDEO_GONE = QT_TRANSLATE_NOOP("Pipelines", "Video file disappeared while playing: {path}")

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
CAMERA_SILENCE_S = 1.0
MAX_CAMERA_INDEX = 6

if hasattr(cv2, "utils") and hasattr(cv2.utils, "logging"):
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


@dataclass(frozen=True)
class Frame:
    """One BGR image and when it was captured (``time.perf_counter()`` seconds)."""

    image: np.ndarray
    captured_at: float
    index: int


class FrameSource(ABC):
    """Something that yields frames; ``live`` sources run in real time and may drop frames."""

    name: str
    live: bool

    @abstractmethod
    def read(self) -> Frame | None:
        """The next frame, or None when a finite source has ended."""

    def next_frame(self) -> Frame:
        """The next frame of a source that does not end (a looping video, a camera); an end is an error."""
        frame = self.read()
        if frame is None:
            raise SourceError(f"{self.name} ended")
        return frame

    def close(self) -> None:
        """Release the device or file."""

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_file(path: Path, problems: tuple[str, str, str]) -> None:
    """One line for a file that is missing, not a file or empty: ``problems`` are the three templates."""
    missing, not_a_file, empty = problems
    if not path.exists():
        raise SourceError(Phrase(missing, path=str(path)))
    if not path.is_file():
        raise SourceError(Phrase(not_a_file, path=str(path)))
    if path.stat().st_size == 0:
        raise SourceError(Phrase(empty, path=str(path)))
    check_readable(path)


def read_image(path: Path) -> np.ndarray:
    """Decode an image file, with a clear message for missing, empty and non-image files."""
    _check_file(path, IMAGE_PROBLEMS)
    try:
        image = cv2.imdecode(np.fromfile(str(path), dtype=np.uint8), cv2.IMREAD_COLOR)
    except cv2.error:  # e.g. more pixels than OpenCV decodes (its CV_IO_MAX_IMAGE_PIXELS)
        image = None
    if image is None:
        raise SourceError(Phrase(NOT_AN_IMAGE, path=str(path)))
    return image


class ImageSource(FrameSource):
    """A still image: once (CLI), or repeated at ``repeat_fps`` so live threshold changes show."""

    def __init__(self, path: Path, repeat_fps: float | None = None) -> None:
        self.name = path.name
        self.live = repeat_fps is not None
        self._image = read_image(path)
        self._period = 1.0 / repeat_fps if repeat_fps else 0.0
        self._count = 0
        self._next_due = time.perf_counter()

    def read(self) -> Frame | None:
        if self._count and not self.live:
            return None
        if self.live:
            time.sleep(max(0.0, self._next_due - time.perf_counter()))
            self._next_due = max(self._next_due + self._period, time.perf_counter())
        self._count += 1
        return Frame(self._image, time.perf_counter(), self._count - 1)


ONE_DECODE_THREAD_MAX_PIXELS = 1920 * 1080


def _open_video(path: Path) -> cv2.VideoCapture:
    """The file opened for decoding on one FFmpeg thread up to Full HD, on FFmpeg's own count above. Every reader of a
    video decodes on a thread of its own beside the inference (the live grabber, the read-ahead), so FFmpeg's frame
    threads only took the inference's cores: ``bench detection`` 1.14-1.16 -> 1.10-1.12 (AMD EPYC, 2 cores, AVX-512
    VNNI). One thread decoded 1080p as fast (2.3 vs 2.1 ms a frame) but 4K not (10.8 vs 7.8 ms). A file no backend
    opens with a thread count (OpenCV refuses a parameter a backend cannot take) is opened as before."""
    capture = cv2.VideoCapture(str(path), cv2.CAP_ANY, [cv2.CAP_PROP_N_THREADS, 1])
    pixels = capture.get(cv2.CAP_PROP_FRAME_WIDTH) * capture.get(cv2.CAP_PROP_FRAME_HEIGHT)
    if capture.isOpened() and pixels <= ONE_DECODE_THREAD_MAX_PIXELS:
        return capture
    capture.release()
    return cv2.VideoCapture(str(path))


class VideoFileSource(FrameSource):
    """A video file, optionally looping and paced at its own frame rate like a camera."""

    def __init__(self, path: Path, loop: bool = True, paced: bool = True) -> None:
        _check_file(path, VIDEO_PROBLEMS)
        self.path = path
        self.name = path.name
        self.live = paced
        self._loop = loop
        self._capture = _open_video(path)
        if not self._capture.isOpened():
            raise SourceError(Phrase(NOT_A_VIDEO, path=str(path)))
        fps = self._capture.get(cv2.CAP_PROP_FPS)
        self.fps = fps if 1.0 <= fps <= 240.0 else 25.0
        self._count = 0
        self._next_due = time.perf_counter()

    def _grab(self) -> np.ndarray | None:
        ok, image = self._capture.read()
        return image if ok and image is not None and image.size else None

    def read(self) -> Frame | None:
        if self.live:
            time.sleep(max(0.0, self._next_due - time.perf_counter()))
            self._next_due = max(self._next_due + 1.0 / self.fps, time.perf_counter())
        if self.live and self._count % max(1, round(self.fps)) == 0:
            self._check_still_there()  # once a second: the open file would otherwise play on after its deletion
        image = self._grab()
        if image is None and self._count == 0:
            raise SourceError(Phrase(NO_VIDEO_FRAMES, path=str(self.path)))
        if image is None and self._loop:
            self._check_still_there()
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            image = self._grab()
            if image is None:
                raise SourceError(Phrase(VIDEO_STOPPED, path=str(self.path)))
        if image is None:
            return None
        self._count += 1
        return Frame(image, time.perf_counter(), self._count - 1)

    def _check_still_there(self) -> None:
        if not self.path.exists():
            raise SourceError(Phrase(VIDEO_GONE, path=str(self.path)))

    def close(self) -> None:
        self._capture.release()


CaptureFactory = Callable[[int], "cv2.VideoCapture"]


def _open_capture(index: int) -> cv2.VideoCapture:
    return cv2.VideoCapture(index)


class CameraSource(FrameSource):
    """A camera through OpenCV; a camera that goes silent for a second counts as unplugged."""

    live = True

    def __init__(self, index: int, capture_factory: CaptureFactory = _open_capture) -> None:
        self.index = index
        self.name = Phrase(CAMERA, index=index)
        self._capture = capture_factory(index)
        if not self._capture.isOpened():
            self._capture.release()
            raise SourceError(Phrase(NO_CAMERA, index=index), Phrase(PICK_ANOTHER_CAMERA))
        self._count = 0

    def read(self) -> Frame | None:
        silent_since = time.perf_counter()
        while True:
            ok, image = self._capture.read()
            if ok and image is not None and image.size:
                self._count += 1
                return Frame(image, time.perf_counter(), self._count - 1)
            if time.perf_counter() - silent_since > CAMERA_SILENCE_S:
                raise SourceError(Phrase(CAMERA_STOPPED, camera=self.name))
            time.sleep(0.02)

    def close(self) -> None:
        self._capture.release()


def list_cameras(max_index: int = MAX_CAMERA_INDEX, capture_factory: CaptureFactory = _open_capture) -> list[int]:
    """Indices of the cameras that open. On Linux only existing /dev/video* nodes are probed."""
    indices: Iterable[int] = range(max_index)
    if sys.platform.startswith("linux"):
        indices = [i for i in indices if os.path.exists(f"/dev/video{i}")]
    found = []
    for index in indices:
        capture = capture_factory(index)
        if capture.isOpened():
            found.append(index)
        capture.release()
    return found


def open_source(spec: str, live: bool = True) -> FrameSource:
    """A source from its spec: 'demo', 'camera:N', or a path to a video or image file.

    ``live`` sources pace themselves in real time and loop (GUI); otherwise every frame is read
    once as fast as possible (CLI, bench).
    """
    if spec == DEMO_VIDEO:
        return VideoFileSource(demo_video_path(), loop=live, paced=live)
    if spec.startswith("camera:"):
        try:
            index = int(spec.split(":", 1)[1])
        except ValueError as error:
            raise SourceError(f"Bad camera spec '{spec}'", "use camera:0, camera:1, ...") from error
        return CameraSource(index)
    path = Path(spec).expanduser()
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageSource(path, repeat_fps=5.0 if live else None)
    return VideoFileSource(path, loop=live, paced=live)
