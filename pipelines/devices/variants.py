"""Which folder of a model each ranked device gets, as Foundry Local resolves an alias: the variant built for the
device's execution provider, and the CPU build for any CPU device. A folder the user opened runs on the devices of
the EP its own config names, and nowhere else."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipelines.devices.genai_sessions import VariantFor, check_model_files, configured_ep
from pipelines.devices.ranking import CPU_EP, ProviderChoice, ranked_choices
from pipelines.errors import ProviderError
from pipelines.model_store import model_status
from pipelines.models import CATALOG, VARIANTS


def catalog_variants(model_id: str) -> VariantFor:
    """The catalog's variants of ``model_id`` (e.g. 'smollm2-135m-instruct'), checked against the manifest."""
    variants = VARIANTS[model_id]
    title = CATALOG[model_id].title
    checked = cache(model_status)  # each variant's folder hashed once, however many devices it is offered to

    def variant_for(choice: ProviderChoice) -> tuple[Path | None, str]:
        exact = next((v for v in variants if v.ep == choice.ep), None)
        on_cpu = next((v for v in variants if v.ep == CPU_EP), None) if choice.device == "CPU" else None
        variant = exact or on_cpu
        if variant is None:
            return None, f"no {choice.ep} variant of {title} in the catalog"
        spec = CATALOG[variant.model_id]
        status = checked(spec)
        if not status.ready:
            hint = "the installer bundles it" if spec.release_only else "run 'edge-showcase models build'"
            return None, f"{spec.title} is {status.state} ({hint})"
        return status.path, spec.precision

    return variant_for


def folder_variants(folder: Path, precision: str = "") -> VariantFor:
    """A genai folder the user opened (a Foundry Local, AI Hub or Ryzen AI model): the EP its config names."""
    check_model_files(folder)
    ep = configured_ep(folder)
    present = ranked_choices()
    if all(choice.ep != ep for choice in present):
        here = ", ".join(f"{choice.key} [{choice.device}]" for choice in present)
        raise ProviderError(f"{folder.name} is built for {ep}, which this machine does not have", f"available: {here}")

    def variant_for(choice: ProviderChoice) -> tuple[Path | None, str]:
        if choice.ep == ep or (ep == CPU_EP and choice.device == "CPU"):
            return folder, precision
        return None, f"{folder.name} is built for {ep}"

    return variant_for


def accelerated_device(model_id: str) -> str:
    """The NPU or GPU a ready variant of ``model_id`` can run on here ('NPU · QNN (Snapdragon Hexagon NPU)'), or ''."""
    variant_for = catalog_variants(model_id)
    for choice in ranked_choices():
        if choice.device != "CPU" and variant_for(choice)[0] is not None:
            return f"{choice.device} · {choice.label}"
    return ""
