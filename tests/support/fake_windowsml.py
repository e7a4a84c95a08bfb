"""A double of the ``windowsml`` package (2.5.x) for this Linux machine: the same classes, properties and
enums as the real one (``EpCatalog``, ``ExecutionProvider``, ``AsyncOperation``, ``EpReadyState``,
``EpCertification``), over a list of providers the test chooses, with no native DLL behind it."""

from __future__ import annotations

from enum import IntEnum


class EpReadyState(IntEnum):
    Ready = 0
    NotReady = 1
    NotPresent = 2


class EpCertification(IntEnum):
    Unknown = 0
    Certified = 1
    Uncertified = 2


class AsyncOperation:
    def __init__(self, work, on_progress) -> None:
        self._work, self._on_progress = work, on_progress

    def wait(self) -> None:
        for step in (0.25, 0.5, 1.0):
            if self._on_progress:
                self._on_progress(step)
        self._work()

    def close(self) -> None:
        pass

    def __enter__(self) -> AsyncOperation:
        return self

    def __exit__(self, *args) -> None:
        self.close()


class ExecutionProvider:
    def __init__(self, name: str, state: EpReadyState, library_path: str, fails_with: str = "") -> None:
        self.name, self.version, self.package_family_name = (
            name,
            "1.0.0",
            f"MicrosoftCorporationII.WinML.{name}_8wekyb3d8bbwe",
        )
        self.ready_state, self.certification, self._library_path, self._fails_with = (
            state,
            EpCertification.Certified,
            library_path,
            fails_with,
        )
        self.package_root_path = ""

    @property
    def library_path(self) -> str:
        return self._library_path if self.ready_state == EpReadyState.Ready else ""

    def _install(self) -> None:
        if self._fails_with:
            raise OSError(self._fails_with)
        self.ready_state = EpReadyState.Ready

    def ensure_ready(self) -> None:
        self._install()

    def ensure_ready_async(self, on_complete=None, on_progress=None) -> AsyncOperation:
        return AsyncOperation(self._install, on_progress)


PROVIDERS: list[ExecutionProvider] = []  # what find_all_providers() returns; set by the test


class EpCatalog:
    def __init__(self) -> None:
        self._closed = False

    def find_all_providers(self) -> list[ExecutionProvider]:
        if self._closed:
            raise RuntimeError("EpCatalog has been closed")
        return list(PROVIDERS)

    def close(self) -> None:
        self._closed = True

    def __enter__(self) -> EpCatalog:
        return self

    def __exit__(self, *args) -> None:
        self.close()
