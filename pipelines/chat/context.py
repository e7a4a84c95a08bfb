"""Fitting a conversation into the model's context: drop the oldest turns, keep the system prompt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipelines.chat.protocol import Message
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase, joined

TEMPLATE_TOKENS_PER_MESSAGE = 8  # role markers and separators the chat template adds
TEMPLATE_BASE_TOKENS = 64  # BOS, the assistant cue, and a default system prompt some templates add
LEFT_OUT = QT_TRANSLATE_NOOP("Pipelines", "{count} oldest message(s) left out to fit the context")
TRUNCATED = QT_TRANSLATE_NOOP("Pipelines", "your message was truncated to fit the context")


@dataclass(frozen=True)
class FittedPrompt:
    """The messages sent to the engine and what had to go to make them fit."""

    messages: list[Message]
    dropped_messages: int = 0
    truncated: bool = False

    def note(self) -> str:
        """A line for the UI, or '' when everything fit."""
        left_out = Phrase(LEFT_OUT, count=self.dropped_messages) if self.dropped_messages else ""
        return joined([left_out, Phrase(TRUNCATED) if self.truncated else ""], "; ")


def fit_to_context(
    messages: Sequence[Message],
    count_tokens: Callable[[str], int],
    truncate: Callable[[str, int], str],
    context_length: int,
    reserve_for_reply: int,
) -> FittedPrompt:
    """Keep the system prompt and the newest message; add older turns newest-first while they fit."""
    def cost(message: Message) -> int:
        return count_tokens(message.content) + TEMPLATE_TOKENS_PER_MESSAGE

    system = [m for m in messages[:1] if m.role == "system"]
    turns = list(messages[len(system):])
    if not turns:
        return FittedPrompt(list(messages))
    budget = context_length - reserve_for_reply - TEMPLATE_BASE_TOKENS - sum(cost(m) for m in system)
    newest = turns[-1]
    truncated = False
    if cost(newest) > budget:
        # Cut without a marker: the user is told under the answer; a marker in the prompt was read as part of the
        # question (a small model answered a cut 270 kB message by repeating the marker).
        room = max(1, budget - TEMPLATE_TOKENS_PER_MESSAGE)
        newest = Message(newest.role, truncate(newest.content, room))
        truncated = True
    budget -= cost(newest)
    kept: list[Message] = []
    for message in reversed(turns[:-1]):
        if cost(message) > budget:
            break
        kept.insert(0, message)
        budget -= cost(message)
    dropped = len(turns) - 1 - len(kept)
    return FittedPrompt([*system, *kept, newest], dropped, truncated)
