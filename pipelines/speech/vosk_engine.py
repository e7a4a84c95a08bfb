"""The vosk (Kaldi) recognizer: true streaming, partials every chunk, finals with word timestamps.

Endpointing: vosk ends an utterance by its model's rules (``conf/model.conf``: at least 0.5 s of
trailing silence, up to 2 s when the decoder is unsure). Live, Silero VAD ends it sooner, after
0.2 s of silence, so the final text follows speech by a fraction of a second (on the LibriVox demo
that split it into its five sentences, as vosk's own rules do). vosk runs on the CPU only; the
badge says so. vosk hears its model's own language (the folder's name says which) and cannot translate: the
language picker and the Translate switch are for Whisper.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from pipelines.errors import ModelError, ShowcaseError, first_line
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.stdio_lock import STDIO_SWAP_LOCK, native_stderr_captured
from pipelines.speech.audio import SAMPLE_RATE, AudioChunk, int16_to_float
from pipelines.speech.languages import SpeechOptions
from pipelines.speech.protocol import Final, Hypothesis, Partial, Recognizer, RecognizerInfo, Word
from pipelines.speech.vad import SpeechEndDetector

REQUIRED_PARTS = ("am", "conf")
END_SILENCE_S = 0.2  # Silero VAD's silence this long ends the utterance; 0.1 s split sentences at pauses
VOSK_FOLDER_NOT_FOUND = QT_TRANSLATE_NOOP("Pipelines", "Vosk model folder not found: {folder}")
VOSK_FOLDER_PARTS = QT_TRANSLATE_NOOP("Pipelines", "expected a folder with am/, conf/, graph/")
NOT_VOSK = QT_TRANSLATE_NOOP("Pipelines", "{folder} is not a vosk model folder (missing {missing})")
VOSK_DOWNLOAD = QT_TRANSLATE_NOOP("Pipelines", "download a model from the vosk models page")
VOSK_CANNOT_LOAD = QT_TRANSLATE_NOOP(
    "Pipelines", "vosk could not load the model in {folder} (a file missing or damaged?)"
)
VOSK_NO_TRANSLATION = QT_TRANSLATE_NOOP("Pipelines", "vosk cannot translate")
TRANSLATE_WITH_WHISPER = QT_TRANSLATE_NOOP("Pipelines", "use a Whisper engine to translate into English")
VOSK_ONE_LANGUAGE = QT_TRANSLATE_NOOP("Pipelines", "This vosk model hears {language} only, not {asked}")
VOSK_OTHER_LANGUAGE = QT_TRANSLATE_NOOP("Pipelines", "use a Whisper engine, or a vosk model of that language")


def check_vosk_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ModelError(Phrase(VOSK_FOLDER_NOT_FOUND, folder=str(folder)), Phrase(VOSK_FOLDER_PARTS))
    missing = [part for part in REQUIRED_PARTS if not (folder / part).is_dir()]
    if missing:
        missing_parts = ", ".join(f"{part}/" for part in missing)
        raise ModelError(Phrase(NOT_VOSK, folder=str(folder), missing=missing_parts), Phrase(VOSK_DOWNLOAD))


def model_language(folder: Path) -> str:
    """The language a vosk model hears, from its folder's name ("vosk-model-small-en-us-0.15": en); "" if unsaid."""
    match = re.match(r"vosk-model-(?:small-)?([a-z]{2,3})(?:-|$)", folder.name)
    return match.group(1) if match else ""


def _final_from(result_json: str) -> Final | None:
    result = json.loads(result_json)
    words = tuple(
        Word(w["word"], float(w["start"]), float(w["end"]), float(w.get("conf", 1.0))) for w in result.get("result", [])
    )
    text = result.get("text", "").strip()
    if not text:
        return None
    return Final(text, words, words[0].start if words else 0.0, words[-1].end if words else 0.0)


def kaldi_error(output: str) -> str:
    """The first sentence of Kaldi's last error line, without its source location ('ERROR
    (VoskAPI:Model():model.cc:122) Folder ... does not contain model files. Make sure ...' gives 'Folder ... does not
    contain model files'), or ''."""
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    return first_line(errors[-1].split(") ", 1)[-1].split(". ")[0]) if errors else ""


class VoskRecognizer(Recognizer):
    """A vosk model folder driven through ``KaldiRecognizer``."""

    def __init__(self, folder: Path) -> None:
        check_vosk_folder(folder)
        import vosk

        vosk.SetLogLevel(-1)
        # a folder missing a file fails here (the model) or only when the recognizer is made (the i-vector extractor)
        kaldi_says: list[str] = []  # Kaldi prints its errors on stderr whatever the log level: said in our line
        try:
            with STDIO_SWAP_LOCK, native_stderr_captured(kaldi_says):
                self.model = vosk.Model(str(folder))
                self._recognizer = vosk.KaldiRecognizer(self.model, SAMPLE_RATE)
        except Exception as error:  # vosk raises a bare Exception when Kaldi cannot read the folder
            reason = kaldi_error("".join(kaldi_says)) or first_line(error)
            raise ModelError(Phrase(VOSK_CANNOT_LOAD, folder=str(folder)), reason) from error
        self._recognizer.SetWords(True)
        self._recognizer.SetPartialWords(True)  # partial words carry times: the utterance's start
        self._last_partial = ""
        self._speech_end = SpeechEndDetector(END_SILENCE_S)
        self.info = RecognizerInfo("vosk", "CPU", folder.name)
        self.language = model_language(folder)

    def set_options(self, options: SpeechOptions) -> None:
        """vosk hears its model's own language (Auto means that one) and cannot translate."""
        if options.translate:
            raise ShowcaseError(Phrase(VOSK_NO_TRANSLATION), Phrase(TRANSLATE_WITH_WHISPER))
        if options.fixed not in (None, self.language) and self.language:
            raise ShowcaseError(
                Phrase(VOSK_ONE_LANGUAGE, language=self.language, asked=options.fixed), Phrase(VOSK_OTHER_LANGUAGE)
            )

    def raw_transcribe(self, samples: np.ndarray) -> None:
        import vosk

        raw = vosk.KaldiRecognizer(self.model, SAMPLE_RATE)
        raw.SetWords(True)
        raw.AcceptWaveform(samples.tobytes())
        raw.FinalResult()

    def accept(self, chunk: AudioChunk) -> list[Hypothesis]:
        hypotheses = self._accept_vosk(chunk)
        if self._speech_end.speech_ended(int16_to_float(chunk.samples), chunk.duration_s):
            hypotheses += self.flush()
        return hypotheses

    def _accept_vosk(self, chunk: AudioChunk) -> list[Hypothesis]:
        if self._recognizer.AcceptWaveform(chunk.samples.tobytes()):
            self._last_partial = ""
            self._speech_end.utterance_done()
            final = _final_from(self._recognizer.Result())
            return [final] if final else []
        result = json.loads(self._recognizer.PartialResult())
        partial = result.get("partial", "").strip()
        if partial and partial != self._last_partial:
            self._last_partial = partial
            words = result.get("partial_result") or [{"start": chunk.start_s}]
            return [Partial(partial, start_s=float(words[0]["start"]))]
        return []

    def flush(self) -> list[Final]:
        final = _final_from(self._recognizer.FinalResult())
        self._last_partial = ""
        return [final] if final else []

    def reset(self) -> None:
        self._recognizer.Reset()
        self._speech_end.reset()
        self._last_partial = ""
