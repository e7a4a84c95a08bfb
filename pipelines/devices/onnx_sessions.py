"""ONNX sessions (the detector's) on the best ranked provider that works, with fallback.

A session is bound to a device through onnxruntime's device API (``add_provider_for_devices`` with the
``OrtEpDevice`` that ``get_ep_devices`` lists; plugin EPs can only be bound this way) and, where the
installed onnxruntime has no such device, by the provider's name. It is warmed up with one real
(profiled) inference and the provider that actually ran is recorded. When a provider fails (at
creation or at warm-up), the next one is tried and the reason is kept, so the UI can say "fell back
from X: why". In strict mode (``session.disable_cpu_ep_fallback``) an accelerator must run every
node itself or be skipped.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import onnxruntime as ort
from onnxruntime.capi import onnxruntime_pybind11_state as ort_state

from pipelines.devices.cuda_libraries import prepare_provider
from pipelines.devices.ep_devices import raw_ep_devices
from pipelines.devices.placement import profile_first_run, profiled_placement
from pipelines.devices.provider_info import Fallback, ProviderInfo
from pipelines.devices.ranking import CPU_EP, RANKED_CHOICES, ProviderChoice, available_eps, candidates_for
from pipelines.errors import ModelError, ProviderError, first_line
from pipelines.machine.cpu import physical_cores
from pipelines.model_store import MODEL_FILE_NOT_FOUND
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.stdio_lock import STDIO_SWAP_LOCK, native_stderr_captured

NOT_ONNX = QT_TRANSLATE_NOOP("Pipelines", "{path} is not a valid ONNX model (corrupt or truncated)")


@dataclass
class SessionBinding:
    """An onnxruntime session bound to the provider that actually runs it, and the model file it runs."""

    session: ort.InferenceSession
    info: ProviderInfo
    model_path: Path


ModelFor = Callable[[ProviderChoice], tuple[Path, str]]  # the model file for a device, and its precision


def _session_options(strict: bool, threads: int | None, spin: bool) -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.log_severity_level = 3
    # Workers that spin between a run's operators wake at once (the INT8 detector's ~100 short operators), but take
    # cores from the UI thread and the other pipelines: only a session that has the machine to itself spins, and only
    # within a run (stopped at its end: a spinning tail slowed the next session's run and the decode after it).
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    options.add_session_config_entry("session.force_spinning_stop", "1")
    if strict:  # every node on the chosen accelerator, or the session fails
        options.add_session_config_entry("session.disable_cpu_ep_fallback", "1")
    if threads:  # the share of the cores the running pipelines leave it (pipelines/runtime/core_split.py)
        options.intra_op_num_threads = threads
        affinities = worker_affinities(threads, physical_cores())
        if affinities:
            options.add_session_config_entry("session.intra_op_thread_affinities", affinities)
    return options


def worker_affinities(threads: int, cores: list[list[int]]) -> str:
    """onnxruntime's own placement for a count it picks, for a count given: worker k on physical core k (the first
    core left to the calling thread), in its syntax (processors from 1, a worker's after a ';'); '' where there are
    fewer cores than threads, or nothing says which processors share a core.

    onnxruntime pins its workers only when it picks the count (one per physical core); a count given leaves them to
    the OS. On a 2-core Linux machine the detector paced like a camera (10 and 30 frames a second) then took 7.4-13.8
    ms a run (median 12.2) against 6.8-8.6 pinned, back to back 6.5 either way: the worker, woken after sleeping
    between frames, most likely placed on the calling thread's core (not traced). Linux only: Windows and macOS keep
    the OS's placement (nothing here says which of their processors share a core; not measured there)."""
    if threads < 2 or len(cores) < threads:
        return ""
    return ";".join(",".join(str(cpu + 1) for cpu in core) for core in cores[1:threads])


_ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def _ep_reason(python_stdout: str, native_stderr: str) -> str:
    """Why onnxruntime left a provider out, from what it printed: an 'EP Error' (Python) or the provider
    factory's own error line from C++ (e.g. OpenVINO's '[OpenVINO] Device NPU is not available')."""
    ep_error = next((line for line in python_stdout.splitlines() if line.startswith("EP Error")), "")
    if ep_error:
        return ep_error.removeprefix("EP Error").split(" when using")[0].strip()
    native = [_ANSI_COLOUR.sub("", line) for line in native_stderr.splitlines() if "[E:" in line]
    if native:
        line = native[0]
        return (line.split("[ERROR]", 1)[1] if "[ERROR]" in line else line.rsplit("] ", 1)[-1]).strip()[:200]
    return "onnxruntime did not register it"


@dataclass(frozen=True)
class _Attempt:
    """How one provider is tried: the devices to bind (empty: by name), strict or not, where profiles go."""

    devices: Sequence
    by_name: bool
    strict: bool
    threads: int | None
    spin: bool
    profile_folder: Path


def _attempt_for(
    choice: ProviderChoice,
    listed: Sequence,
    available: Sequence[str],
    strict: bool,
    threads: int | None,
    spin: bool,
    profile_folder: Path,
) -> _Attempt:
    devices = [d for d in listed if d.ep_name == choice.ep and d.device.type.name == choice.device][:1]
    return _Attempt(
        devices, not devices and choice.ep in available, strict and choice.ep != CPU_EP, threads, spin,
        profile_folder,
    )


def _open_session(
    model_path: Path, choice: ProviderChoice, attempt: _Attempt
) -> tuple[ort.InferenceSession | None, str]:
    """Try one provider; returns the session (or None) and onnxruntime's own reason on failure."""
    if not attempt.devices and not attempt.by_name:
        return None, f"{choice.ep} lists no {choice.device} device on this machine (get_ep_devices)"
    prepare_provider(choice.ep)
    options = _session_options(attempt.strict, attempt.threads, attempt.spin)
    profile_first_run(options, attempt.profile_folder)
    providers: list | None = None
    if attempt.devices:  # the device names itself: an option naming the device again would conflict
        options.add_provider_for_devices(
            attempt.devices, {k: v for k, v in choice.options.items() if k != "device_type"}
        )
    else:
        providers = [(choice.ep, dict(choice.options))]
        if choice.ep != CPU_EP and not attempt.strict:
            providers.append(CPU_EP)  # nodes the accelerator cannot take run on the CPU
    captured, native = io.StringIO(), list[str]()
    try:
        with (
            STDIO_SWAP_LOCK,
            contextlib.redirect_stdout(captured),
            native_stderr_captured(native),
            warnings.catch_warnings(),
        ):  # onnxruntime's EP chatter
            warnings.simplefilter("ignore")
            session = ort.InferenceSession(str(model_path), sess_options=options, providers=providers)
    except (ort_state.InvalidProtobuf, ort_state.InvalidGraph) as error:
        raise ModelError(Phrase(NOT_ONNX, path=str(model_path)), first_line(error)) from error
    except ort_state.NoSuchFile as error:
        raise ModelError(Phrase(MODEL_FILE_NOT_FOUND, path=str(model_path))) from error
    except Exception as error:
        return None, first_line(error)
    if choice.ep not in session.get_providers():
        return None, _ep_reason(captured.getvalue(), "".join(native))
    return session, ""


def create_session(
    model: Path | ModelFor,
    warmup: Callable[[ort.InferenceSession, Path], None],
    forced: str | None = None,
    available: Sequence[str] | None = None,
    catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
    strict: bool = False,
    listed: Sequence | None = None,
    threads: int | None = None,
    spin: bool = False,
) -> SessionBinding:
    """A warmed-up session on the best provider that works, falling back down the ranking.

    ``model`` is one file for every device, or a function giving the file (and its precision) that
    suits a device. ``forced`` is a provider ('cuda') or a device type ('device:npu'). ``warmup(session,
    model_path)`` runs one real inference, profiled to learn where each node ran; a provider that fails
    it is skipped like one that fails to load. ``ModelError`` (a bad model, not a bad provider) is raised at once.
    ``available`` (provider names) and ``listed`` (``get_ep_devices()`` output) default to this machine's.
    ``threads``: onnxruntime's intra-op pool (None: one per core); ``spin``: its workers spin between operators
    (only for a session alone on the machine).
    """
    model_for: ModelFor = model if callable(model) else (lambda choice: (model, ""))
    listed = raw_ep_devices() if listed is None else listed
    available = available_eps() if available is None else available
    candidates = candidates_for(forced, available, catalog, listed)
    # Every attempt's profile goes into one folder, removed at the end (failed attempts leave files too).
    with tempfile.TemporaryDirectory(prefix="edge-showcase-profile-", ignore_cleanup_errors=True) as profiles:
        attempts = [
            (choice, _attempt_for(choice, listed, available, strict, threads, spin, Path(profiles)))
            for choice in candidates
        ]
        return _first_working(attempts, model_for, warmup)


def _first_working(
    attempts: list[tuple[ProviderChoice, _Attempt]],
    model_for: ModelFor,
    warmup: Callable[[ort.InferenceSession, Path], None],
) -> SessionBinding:
    fallbacks: list[Fallback] = []
    for choice, attempt in attempts:
        model_path, precision = model_for(choice)
        session, reason = _open_session(model_path, choice, attempt)
        if session is None:
            fallbacks.append(Fallback(choice, reason))
            continue
        started = time.perf_counter()
        try:
            warmup(session, model_path)
        except ModelError:
            raise
        except Exception as error:
            fallbacks.append(Fallback(choice, f"warm-up failed: {first_line(error)}"))
            continue
        finally:
            warmup_ms = (time.perf_counter() - started) * 1000
            placement = profiled_placement(session)  # ends profiling whatever happened
        by_device = bool(attempt.devices)
        info = ProviderInfo.of(choice, warmup_ms, fallbacks, precision, placement, by_device, attempt.strict)
        return SessionBinding(session, info, model_path)
    tried = "; ".join(f.describe() for f in fallbacks)
    names = sorted({model_for(choice)[0].name for choice, _ in attempts})
    raise ProviderError(f"No execution provider could run {' or '.join(names)}", tried)
