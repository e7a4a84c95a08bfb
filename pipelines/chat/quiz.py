"""The booth's scripted questions with the key facts a good answer contains, and the check of an answer.

The attract loop asks these in turn; ``bench chat --quality`` asks them all and counts the answers that
contain their facts, so a weak model shows as a number. A fact is a set of acceptable words or phrases
(any one will do); an answer is right when it contains every fact of its question (case-insensitive).
"""

from __future__ import annotations

from dataclasses import dataclass


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
