"""The booth's scripted questions with the key facts a good answer contains, and the check of an answer.

``bench chat --quality`` asks them all and counts the answers that contain their facts, so a weak model shows as a
number. A fact is a set of acceptable words or phrases (any one will do); an answer is right when it contains every
fact of its question (case-insensitive). Which questions a model (in an engine) answers right is remembered in the
data folder (``quiz_results.json``): the attract loop asks only those, in the quiz's own way (greedy, a fresh
conversation, the same system prompt), so a booth never shows a wrong answer by itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, stream_reply
from pipelines.storage import user_folders
from pipelines.storage.atomic_file import write_atomically

RESULTS_FILE = "quiz_results.json"
QUIZ_SYSTEM_PROMPT = "You are a helpful assistant. Answer briefly."
QUIZ_SETTINGS = GenerationSettings(temperature=0.0, max_tokens=80, seed=0, fresh=True)


@dataclass(frozen=True)
class Question:
    text: str
    facts: tuple[tuple[str, ...], ...]

    def missing(self, answer: str) -> list[str]:
        """The facts ``answer`` lacks (each as 'a|b|c'); empty when it has them all."""
        lowered = answer.lower()
        return ["|".join(options) for options in self.facts if not any(option in lowered for option in options)]


BOOTH_QUESTIONS: tuple[Question, ...] = (
    Question("What is 12 times 7?", (("84",),)),
    Question("What does NPU stand for?", (("neural processing unit", "neural processor"),)),
    Question("What is the capital of France?", (("paris",),)),
    Question(
        "In one sentence, why does running AI on a laptop protect privacy?",
        (
            ("data", "information", "conversation"),
            (
                "never leave",
                "stays",
                "stay on",
                "local",
                "not sent",
                "doesn't leave",
                "does not leave",
                "no cloud",
                "without sending",
            ),
        ),
    ),
    Question(
        "Name two things a laptop camera can recognise.", (("face", "person", "people", "object", "gesture", "hand"),)
    ),
)


@dataclass(frozen=True)
class QuizAnswer:
    question: str
    answer: str
    missing: tuple[str, ...]

    @property
    def correct(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class QuizSoFar:
    """The quiz's answers so far: each item a live loop yields holds them all (a UI keeps only the newest item)."""

    answers: tuple[QuizAnswer, ...]

    @property
    def done(self) -> bool:
        return len(self.answers) == len(BOOTH_QUESTIONS)

    def right(self) -> list[str]:
        return [answer.question for answer in self.answers if answer.correct]


def quiz_messages(question: str) -> list[Message]:
    """A question as the quiz (and the attract loop) asks it: in a conversation of its own."""
    return [Message("system", QUIZ_SYSTEM_PROMPT), Message("user", question)]


def run_quiz(engine: ChatEngine, should_stop: Callable[[], bool] = lambda: False) -> Iterator[QuizAnswer]:
    """Ask every booth question greedily from a fresh context and check each answer for its facts."""
    for question in BOOTH_QUESTIONS:
        if should_stop():
            return
        events = stream_reply(engine, quiz_messages(question.text), QUIZ_SETTINGS, should_stop)
        text = [event for event in events if isinstance(event, ReplyDone)][0].text.strip()
        yield QuizAnswer(question.text, text, tuple(question.missing(text)))


def model_key(info: EngineInfo) -> str:
    """Answers differ between engines (their quantisations do): one entry per engine and model."""
    return f"{info.engine}:{info.model_name}"


def results_path() -> Path:
    return user_folders.data_folder() / RESULTS_FILE


def _stored() -> dict:
    try:
        stored = json.loads(results_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def remembered_right_answers(info: EngineInfo) -> list[str] | None:
    """The booth questions this model answers right, as remembered; None when it was never quizzed here."""
    entry = _stored().get(model_key(info))
    return [str(question) for question in entry] if isinstance(entry, list) else None


def remember_answers(info: EngineInfo, answers: list[QuizAnswer]) -> None:
    stored = _stored()
    stored[model_key(info)] = [answer.question for answer in answers if answer.correct]
    write_atomically(results_path(), json.dumps(stored, indent=2, sort_keys=True))
