"""The session report: one folder with index.html and its plots beside it, for the sales follow-up.

It shows the machine (CPU, cores, memory, OS), the devices and providers onnxruntime found (the same
data as ``doctor --json``), the models (name, size, precision, license), and for each pipeline its
per-item timings over the session as a time series and a histogram (SVG, drawn by matplotlib). Plain
HTML and CSS: it opens in any browser with no script and no network.
"""

from __future__ import annotations

import html
import json
import os
import platform
from pathlib import Path
from typing import Any

import psutil
from matplotlib.figure import Figure

from pipelines.devices.ep_devices import ep_devices
from pipelines.devices.ranking import available_eps, ranked_choices
from pipelines.measure.metrics import median
from pipelines.measure.timing_log import SERIES
from pipelines.models import catalog_rows

STYLE = ("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
         "td,th{border:1px solid #bbb;padding:4px 10px;text-align:left}th{background:#eee}"
         "figure{display:inline-block;margin:0 1em 1em 0}img{width:520px}")


def cpu_name() -> str:
    """The CPU's model name (Linux: /proc/cpuinfo; elsewhere what the platform module knows)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict:
    return {
        "cpu": cpu_name(),
        "cores": os.cpu_count() or 1,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
    }


def models_info() -> list[dict]:
    return [
        {key: row[key] or "-" for key in ("id", "title", "precision", "license", "size_mb", "state")}
        for row in catalog_rows()
    ]


def _plot(samples: list[tuple[float, float]], name: str, folder: Path) -> list[str]:
    """A time series and a histogram of one series, as SVG files in ``folder``; their file names."""
    pipeline, what, unit = SERIES[name]
    minutes = [t / 60 for t, _ in samples]
    values = [v for _, v in samples]
    files = []
    for kind in ("series", "histogram"):
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
        axes.set_title(f"{pipeline}: {what}")
        file = f"{name}-{kind}.svg"
        figure.savefig(folder / file, format="svg")
        files.append(file)
    return files


def _table(rows: list[dict], columns: list[str]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row.get(c, '')))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def write_report(folder: Path, timings: dict[str, list[tuple[float, float]]]) -> Path:
    """Write index.html, its SVG plots and report.json (the same data) into ``folder``; the page's path."""
    folder.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "machine": machine_info(),
        "providers_available": available_eps(),
        "ranking": [{"key": c.key, "device": c.device, "ep": c.ep} for c in ranked_choices()],
        "ep_devices": [device.to_json() for device in ep_devices()],
        "models": models_info(),
        "timings": {
            name: {"samples": len(samples), "median": median((v for _, v in samples), 2)}
            for name, samples in timings.items()
            if samples
        },
    }
    plots = {name: _plot(samples, name, folder) for name, samples in timings.items() if samples}
    machine = data["machine"]
    sections = [
        "<h1>Edge AI Showcase: session report</h1>",
        f"<h2>Machine</h2>{_table([machine], ['cpu', 'cores', 'memory_gb', 'os'])}",
        f"<h2>Devices</h2><p>onnxruntime providers: {html.escape(', '.join(data['providers_available']))}</p>",
        _table(data["ep_devices"], ["ep", "type", "vendor", "device_id"]),
        _table(data["ranking"], ["key", "device", "ep"]),
        f"<h2>Models</h2>{_table(data['models'], ['title', 'precision', 'size_mb', 'license', 'state'])}",
        "<h2>Latency over the session</h2>",
    ]
    for name, files in plots.items():
        summary = data["timings"][name]
        sections.append(
            f"<h3>{html.escape(' · '.join(SERIES[name][:2]))}: {summary['samples']} samples, median "
            f"{summary['median']} {html.escape(SERIES[name][2])}</h3>"
        )
        sections += [f'<figure><img src="{file}" alt="{html.escape(file)}"></figure>' for file in files]
    if not plots:
        sections.append("<p>No pipeline ran in this session yet.</p>")
    page = folder / "index.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>Edge AI Showcase report</title>"
        f"<style>{STYLE}</style></head><body>{''.join(sections)}</body></html>",
        encoding="utf-8",
    )
    (folder / "report.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    return page
