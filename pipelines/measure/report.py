"""The session report: one folder with index.html and its plots beside it, for the sales follow-up.

At the top, a summary: the app's version and the date, the machine, what each pipeline ran (model, engine, device)
and its key figures. Then the devices onnxruntime found and the providers the app can use on them (the same data as
``doctor --json``), the models (name, size, precision, license), and for each pipeline its per-item timings over
the session as a time series and a histogram (SVG, drawn by matplotlib), or a line saying there are too few to
plot. Plain HTML and CSS: it opens in any browser with no script and no network.

The page is for a person: its numbers and date are written in the ``NumberFormat`` the caller gives (the window: its
locale's, '18,8 ms' and 02.12.2026 in German; the CLI: ``C_NUMBERS``). report.json beside it, for tools, always
has plain JSON numbers and an ISO date, and the plots' axes keep matplotlib's own format.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from pipelines.devices.ep_devices import ep_devices
from pipelines.devices.ranking import available_eps, ranked_choices
from pipelines.locale_numbers import C_NUMBERS, NumberFormat
from pipelines.machine.cpu import machine_info
from pipelines.measure.metrics import median
from pipelines.measure.timing_log import SERIES
from pipelines.model_store import catalog_rows
from pipelines.names import PIPELINES, Pipeline

STYLE = ("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
         "td,th{border:1px solid #bbb;padding:4px 10px;text-align:left}th{background:#eee}"
         "figure{display:inline-block;margin:0 1em 1em 0}img{width:520px}.meta{color:#555}")
MIN_SERIES = 5  # fewer samples than this are listed, not plotted
MIN_HISTOGRAM = 20  # fewer than this get a time series but no histogram
# onnxruntime's Azure EP sends a model's inputs to a cloud endpoint for inference: the app runs only on the device.
CLOUD_EPS = {"AzureExecutionProvider"}
CLOUD_NOTE = ("onnxruntime's Azure provider, which the package also carries, is never used: it sends the model's "
              "inputs to a cloud endpoint, and this app runs every model on this machine.")


def models_info() -> list[dict]:
    return [
        {key: row[key] or "-" for key in ("id", "title", "precision", "license", "size_mb", "state")}
        for row in catalog_rows()
    ]


def app_version() -> str:
    """The installed app's version, as ``edge-showcase --version`` prints it."""
    try:
        return version("edge-ai-showcase")
    except PackageNotFoundError:  # a source tree that was not installed
        return "0+unknown"


def series_title(name: str) -> str:
    """'Vision: time per frame', or 'Power: the laptop's power draw' for the one series no pipeline owns."""
    owner, what, _ = SERIES[name]
    return f"{Pipeline(owner).label if owner in PIPELINES else owner.capitalize()}: {what}"


def _plot(samples: list[tuple[float, float]], name: str, folder: Path) -> list[str]:
    """The plots one series has enough samples for (a time series from ``MIN_SERIES``, a histogram from
    ``MIN_HISTOGRAM``), as SVG files in ``folder``; their file names."""
    unit = SERIES[name][2]
    minutes = [t / 60 for t, _ in samples]
    values = [v for _, v in samples]
    files = []
    for kind, least in (("series", MIN_SERIES), ("histogram", MIN_HISTOGRAM)):
        if len(values) < least:
            continue
        figure = Figure(figsize=(6.4, 3.2), layout="constrained")
        axes = figure.add_subplot()
        if kind == "series":
            axes.plot(minutes, values, linewidth=0.8, marker="." if len(values) < 200 else None)
            axes.set_xlabel("minutes into the session")
            axes.set_ylabel(unit)
        else:
            axes.hist(values, bins=min(40, max(5, len(values) // 5)))
            axes.set_xlabel(unit)
            axes.set_ylabel("count")
        axes.set_title(series_title(name))
        file = f"{name}-{kind}.svg"
        figure.savefig(folder / file, format="svg")
        files.append(file)
    return files


def too_few_note(samples: Sequence[tuple[float, float]], unit: str, numbers: NumberFormat = C_NUMBERS) -> str:
    """What the page says in place of the plots a series has too few samples for ('' when it has enough)."""
    count = len(samples)
    if count >= MIN_HISTOGRAM:
        return ""
    if count >= MIN_SERIES:
        return f"{count} samples: too few for a histogram (it takes {MIN_HISTOGRAM}); a longer session gives one."
    separator = "; " if numbers.decimal == "," else ", "  # '812,4; 790,0' where a comma is the decimal point
    values = separator.join(numbers.number(value, 1) for _, value in samples)
    return (f"{count} sample{'' if count == 1 else 's'} ({values} {unit}): too few to plot (it takes {MIN_SERIES}); "
            "a longer session gives a distribution.")


def _figure(value: object, numbers: NumberFormat) -> object:
    """A number in the table as the page writes numbers (to its tenth where it has one); text as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return numbers.number(value, 0 if float(value).is_integer() else 1)


def _table(rows: list[dict], columns: Sequence[tuple[str, str]]) -> str:
    """An HTML table of ``rows``; ``columns``: (key, the column's title)."""
    head = "".join(f"<th>{html.escape(title)}</th>" for _, title in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row.get(key, '')))}</td>" for key, _ in columns) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def key_figures(timings: Mapping[str, dict], pipeline: str, numbers: NumberFormat = C_NUMBERS) -> str:
    """A pipeline's (or "power"'s) medians over the session, e.g. 'time per frame 18.8 ms (median of 868)'."""
    num = numbers.number
    return "; ".join(
        f"{SERIES[name][1]} {num(summary['median'], 1)} {SERIES[name][2]} (median of {num(summary['samples'])})"
        for name, summary in timings.items()
        if SERIES[name][0] == pipeline
    )


def summary_items(data: Mapping[str, Any], numbers: NumberFormat = C_NUMBERS) -> list[str]:
    """The headline, as list items (HTML): the machine and its accelerators, then per pipeline what ran where and
    its key figures."""
    machine, num = data["machine"], numbers.number
    accelerators = "; ".join(f"{c['device']}: {c['provider']}" for c in data["ranking"] if c["device"] != "CPU")
    int8 = f" (INT8: {html.escape(machine['int8'])})" if machine["int8"] else ""
    items = [
        f"<b>Machine</b>: {html.escape(machine['cpu'])}, {num(machine['cores'])} cores{int8}, "
        f"{num(machine['memory_gb'], 1)} GB of "
        f"memory, {html.escape(machine['os'])}. Accelerators the app can use here: "
        f"{html.escape(accelerators) if accelerators else 'none, so every model ran on the CPU'}."
    ]
    for pipeline in PIPELINES:
        ran_on, figures = data["ran_on"].get(pipeline, ""), key_figures(data["timings"], pipeline, numbers)
        said = ": ".join(part for part in (html.escape(ran_on), html.escape(figures)) if part)
        items.append(f"<b>{pipeline.label}</b>: {said or 'did not run in this session'}.")
    if power := key_figures(data["timings"], "power", numbers):
        items.append(f"<b>Power</b>: {html.escape(power)}.")
    return items


def write_report(
    folder: Path, timings: dict[str, list[tuple[float, float]]], ran_on: Mapping[str, str] | None = None,
    numbers: NumberFormat = C_NUMBERS,
) -> Path:
    """Write index.html, its SVG plots and report.json (the same data) into ``folder``; the page's path.
    ``ran_on``: per pipeline, the model, engine and device it ran on, where the caller knows; ``numbers``: how the
    page writes its numbers and date (report.json: always plain JSON)."""
    num = numbers.number
    folder.mkdir(parents=True, exist_ok=True)
    written = datetime.now().astimezone()
    usable = ranked_choices()
    data: dict[str, Any] = {
        "app_version": app_version(),
        "written": written.isoformat(timespec="seconds"),
        "machine": machine_info(),
        "ran_on": dict(ran_on or {}),
        "providers_usable": list(dict.fromkeys(c.ep for c in usable)),
        "ranking": [{"key": c.key, "provider": c.label, "device": c.device, "ep": c.ep} for c in usable],
        "ep_devices": [device.to_json() for device in ep_devices()],
        "models": models_info(),
        "timings": {
            name: {"samples": len(samples), "median": median((v for _, v in samples), 2)}
            for name, samples in timings.items()
            if samples
        },
    }
    cloud = CLOUD_EPS & set(available_eps())
    sections = [
        "<h1>Edge AI Showcase: session report</h1>",
        f"<p class='meta'>Edge AI Showcase {html.escape(data['app_version'])} · written "
        f"{html.escape(numbers.date_time(written))} (UTC{data['written'][-6:]})</p>",
        "<h2>Summary</h2><ul>" + "".join(f"<li>{item}</li>" for item in summary_items(data, numbers)) + "</ul>",
        "<h2>Devices</h2><p>The devices onnxruntime found:</p>",
        _table(data["ep_devices"], [("type", "Device"), ("vendor", "Vendor"), ("ep", "Provider")]),
        "<p>The providers the app can use on them, best first:</p>",
        _table(data["ranking"], [("provider", "Provider"), ("device", "Device"), ("ep", "onnxruntime name")]),
        f"<p>{html.escape(CLOUD_NOTE)}</p>" if cloud else "",
        "<h2>Models</h2>",
        _table([{**row, "size_mb": _figure(row["size_mb"], numbers)} for row in data["models"]],
               [("title", "Model"), ("precision", "Precision"), ("size_mb", "Size (MB)"), ("license", "License"),
                ("state", "State")]),
        "<h2>Latency (and power, where the laptop reports it) over the session</h2>",
    ]
    for name, samples in timings.items():
        if not samples:
            continue
        unit, summary = SERIES[name][2], data["timings"][name]
        sections.append(f"<h3>{html.escape(series_title(name))}: median {html.escape(num(summary['median'], 1))} "
                        f"{html.escape(unit)} over {html.escape(num(summary['samples']))} samples</h3>")
        if note := too_few_note(samples, unit, numbers):
            sections.append(f"<p>{html.escape(note)}</p>")
        sections += [f'<figure><img src="{file}" alt="{html.escape(file)}"></figure>'
                     for file in _plot(samples, name, folder)]
    if not data["timings"]:
        sections.append("<p>No pipeline ran in this session yet.</p>")
    page = folder / "index.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>Edge AI Showcase report</title>"
        f"<style>{STYLE}</style></head><body>{''.join(sections)}</body></html>",
        encoding="utf-8",
    )
    # For tools: plain JSON numbers and an ISO date, whatever the page's locale.
    (folder / "report.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    return page
