"""What every engine run in a child process (``engine_host.py``) shares: the child's server holding the engine it
loaded, and the app's stand-in whose pid, fault and close are the host's. ``speech/hosted.py`` and
``chat/hosted.py`` add their engine's calls."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from pipelines.errors import ShowcaseError
from pipelines.runtime.engine_host import EngineHost, EngineStopped

LOAD_TIMEOUT_S = 120.0  # a load's first answer: the child may measure the engines or bind and profile a model first


class _Closable(Protocol):
    def close(self) -> None: ...


Engine = TypeVar("Engine", bound=_Closable)


class EngineServer(Generic[Engine]):
    """Child side: the engine once loaded (``loaded`` says so before), freed when the child is asked to finish."""

    what = "model"  # in the error for a call before the load: 'No speech model is loaded in the engine process'

    def __init__(self) -> None:
        self.engine: Engine | None = None

    def loaded(self) -> Engine:
        if self.engine is None:
            raise ShowcaseError(f"No {self.what} is loaded in the engine process")
        return self.engine

    def close(self) -> None:
        """Free the engine (after the call in flight) before the child exits."""
        if self.engine is not None:
            self.engine.close()


class HostedEngine:
    """App side: the handle on an engine in ``host``'s child process."""

    host: EngineHost

    @property
    def pid(self) -> int | None:
        return self.host.pid

    def fault(self) -> EngineStopped | None:
        return self.host.fault()

    def close(self) -> None:
        self.host.close()
