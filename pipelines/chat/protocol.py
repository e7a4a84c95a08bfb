"""The chat engine protocol shared by llama.cpp, onnxruntime-genai and MLC LLM."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pipelines.errors import ShowcaseError

if TYPE_CHECKING:  # onnxruntime loads only where an onnxruntime engine runs
    from pipelines.devices.provider_info import ProviderInfo


# Why a reply ended: the model's end of answer, its token limit (or the context full), the app's repetition guard
# (``repetition.py``), the user's Stop. An engine's stream returns one of the first two; ``reply.py`` sets the others.
StopReason = Literal["end", "length", "loop", "stopped"]


def stop_reason_of(finish_reason: str | None) -> StopReason:
    """An OpenAI-style ``finish_reason`` (llama-cpp-python's and MLC LLM's streams: "stop", "length") as ours."""
    return "length" if finish_reason == "length" else "end"


@dataclass(frozen=True)
class Message:
    """One turn of a conversation; role is 'system', 'user' or 'assistant'."""

    role: str
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class GenerationSettings:
    """Sampling settings. Temperature 0 is greedy; seed None is random.

    ``fresh`` reads the whole conversation anew instead of reusing the work cached from the last
    request. Only then is temperature 0 repeatable: llama.cpp computes a token's logits slightly
    differently in a batch of one than in a batch of many (measured: up to 0.22 apart for SmolLM2), so a
    prompt that reuses a cached prefix can take another greedy path than the same prompt read at once.
    Reading anew costs the prompt's evaluation again (about 5 ms a token on 2 cores).
    """

    temperature: float = 0.7
    max_tokens: int = 512
    seed: int | None = None
    fresh: bool = False


@dataclass(frozen=True)
class EngineInfo:
    """What the Chat panel shows about the loaded model and where it runs."""

    engine: str
    device: str
    model_name: str
    context_length: int
    size_bytes: int = 0
    quantization: str = ""
    placement: str = ""  # where the engine really put the model, e.g. '31/31 layers on CUDA0' (llama.cpp's load log)
    provider: ProviderInfo | None = None  # onnxruntime engines: the EP, where the nodes ran, why it fell back
    why: str = ""  # why the app chose this engine (``pipelines/devices/engine_choice.py``)


class ChatEngine(ABC):
    """A loaded model that streams replies. Closing the stream's iterator cancels generation."""

    info: EngineInfo

    @abstractmethod
    def stream(self, messages: Sequence[Message], settings: GenerationSettings) -> Generator[str, None, StopReason]:
        """Yield the reply to ``messages`` piece by piece (about one token per piece); return why it ended ("end" or
        "length")."""

    @abstractmethod
    def count_tokens(self, text: str) -> int:
        """How many tokens ``text`` takes in this model's context."""

    @abstractmethod
    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        """The longest prefix of ``text`` that fits in ``tokens`` tokens."""

    def set_threads(self, threads: int) -> None:
        """Use ``threads`` CPU threads from the next reply on (the share the other live pipelines leave);
        engines that do not run on the CPU ignore it."""

    def close(self) -> None:
        """Free the model's memory."""

    def fault(self) -> ShowcaseError | None:
        """Why the engine ended on its own (its process died), or None: an engine in this process cannot."""
        return None
