"""A stand-in for MLC LLM (no real wheels on the registries reachable here) with its exact API.

``MLCEngine(model, device="auto", model_lib=None, mode="local")``; ``engine.chat.completions.create(
messages=..., model=..., stream=True)`` yields chunks with ``choices[0].delta.content`` and ``finish_reason`` (None,
then "stop", or "length" where ``max_tokens`` cut it);
``engine.terminate()``; an unavailable device raises ValueError. It echoes the last user message
word by word, so tests can check what the adapter sent.
"""

from types import SimpleNamespace

AVAILABLE_DEVICES = ("auto", "cpu", "vulkan:0")
engines = []


class _Completions:
    def __init__(self, engine):
        self._engine = engine

    def create(self, messages, model, stream=False, **kwargs):
        assert stream, "the adapter must stream"
        self._engine.requests.append({"messages": messages, "model": model, **kwargs})
        words = ("echo: " + messages[-1]["content"]).split(" ")
        limit = kwargs.get("max_tokens") or len(words)
        for index, word in enumerate(words[:limit]):
            text = word if index == 0 else " " + word
            yield SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=text), finish_reason=None)])
        finish = "length" if limit < len(words) else "stop"
        yield SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=None), finish_reason=finish)])


class MLCEngine:
    def __init__(self, model, device="auto", model_lib=None, mode="local"):
        if device not in AVAILABLE_DEVICES:
            raise ValueError(f"Device {device} is not available")
        self.model, self.device, self.mode = model, device, mode
        self.requests = []
        self.terminated = False
        self.chat = SimpleNamespace(completions=_Completions(self))
        engines.append(self)

    def terminate(self):
        self.terminated = True
