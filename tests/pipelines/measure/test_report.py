"""The session report: index.html with its SVG plots beside it, the machine, the devices (the same as
doctor --json), the models; no script, no network address; written from the CLI and from the window."""

import html
import json
import re
import xml.etree.ElementTree as ElementTree

from app import __version__
from app.cli.main import main
from app.main_window import MainWindow
from app.settings import AppSettings
from pipelines.measure.report import write_report
from pipelines.names import PIPELINES


def test_report_after_a_short_session_has_plots_and_doctors_devices(built_model, tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["report", "--out", str(out), "--seconds", "8"]) == 0
    assert capsys.readouterr().out.strip() == f"Report written to {out / 'index.html'}"
    page = (out / "index.html").read_text(encoding="utf-8")
    images = re.findall(r'<img src="([^"]+)"', page)
    assert {"detection_frame_ms-series.svg", "detection_frame_ms-histogram.svg", "chat_tokens_per_s-series.svg"} <= set(
        images
    )
    for image in images:
        assert ElementTree.parse(out / image).getroot().tag.endswith("svg")
    assert "<script" not in page and not re.search(r"https?://", page)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["machine"]["cores"] >= 1 and data["machine"]["memory_gb"] > 0 and data["machine"]["cpu"]
    assert {m["id"] for m in data["models"]} >= {"ssd-mobilenet-v2-coco", "smollm2-135m-instruct"}
    assert data["app_version"] == __version__ and f"Edge AI Showcase {__version__} · written " in page
    summary = page[page.index("<h2>Summary</h2>"):page.index("<h2>Devices</h2>")]
    assert page.index("<h2>Summary</h2>") < page.index("<h2>Models</h2>") < page.index("<h2>Latency")
    for pipeline in PIPELINES:  # what ran where, and its medians
        assert f"<li><b>{pipeline.label}</b>: {html.escape(data['ran_on'][pipeline])}" in summary
    assert f"time per frame {data['timings']['detection_frame_ms']['median']:.1f} ms (median of " in summary
    assert main(["doctor", "--json"]) == 0
    doctor = json.loads(capsys.readouterr().out)
    assert data["ep_devices"] == doctor["ep_devices"] and data["ranking"] == doctor["ranking"]
    assert data["providers_usable"] == [ep for ep in doctor["providers_available"] if ep != "AzureExecutionProvider"]
    for device in doctor["ep_devices"]:
        assert f"<td>{device['type']}</td><td>{device['vendor']}</td><td>{device['ep']}</td>" in page
    assert "AzureExecutionProvider" not in page + json.dumps(data) and "memory_gb" not in page
    assert ("Azure provider" in page) == ("AzureExecutionProvider" in doctor["providers_available"])


def test_a_series_with_too_few_samples_is_said_not_plotted(tmp_path):
    few = {"speech_final_ms": [(3.0, 812.4), (15.0, 790.0)], "chat_tokens_per_s": [(t, 80.0 + t) for t in range(8)]}
    page = write_report(tmp_path, few).read_text(encoding="utf-8")
    assert "2 samples (812.4, 790.0 ms): too few to plot (it takes 5)" in page
    assert "8 samples: too few for a histogram (it takes 20)" in page
    assert re.findall(r'<img src="([^"]+)"', page) == ["chat_tokens_per_s-series.svg"]
    assert sorted(p.name for p in tmp_path.glob("*.svg")) == ["chat_tokens_per_s-series.svg"]
    assert "<li><b>Vision</b>: did not run in this session.</li>" in page


def test_the_window_exports_the_report_off_the_ui_thread(qtbot, built_model, tmp_path):
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.show()
    window.show_view("detection")
    window.vision.start("demo", "cpu")
    qtbot.waitUntil(lambda: window.vision.provider is not None, timeout=30000)
    window.export_report(tmp_path / "from-window")
    qtbot.waitUntil(lambda: "Report written" in window.statusBar().currentMessage(), timeout=30000)
    data = json.loads((tmp_path / "from-window" / "report.json").read_text())
    ran = f"ssd_mobilenet_v2_coco.onnx in onnxruntime on {window.vision.provider.badge()}"  # the panel's badge
    assert data["ran_on"] == {"detection": ran} and ran in (tmp_path / "from-window" / "index.html").read_text()
    window.close()


def test_a_report_that_cannot_be_written_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["report", "--out", str(blocker / "report"), "--seconds", "0"]) == 1
    assert capsys.readouterr().err.startswith("edge-showcase: error: Could not write the report to")


def test_power_readings_are_plotted_beside_the_latencies(tmp_path):
    timings = {"detection_frame_ms": [(t, 20.0 + t % 3) for t in range(30)],
               "power_w": [(t * 0.5, 9.0 + t % 4) for t in range(30)]}
    page = write_report(tmp_path, timings).read_text(encoding="utf-8")
    assert {"power_w-series.svg", "power_w-histogram.svg"} <= set(re.findall(r'<img src="([^"]+)"', page))
    assert "<h3>Power: the laptop&#x27;s power draw: median 10.0 W over 30 samples</h3>" in page
    assert "<li><b>Power</b>: the laptop&#x27;s power draw 10.0 W (median of 30).</li>" in page
    assert "Power: the laptop's power draw" in (tmp_path / "power_w-series.svg").read_text(encoding="utf-8")


def test_an_export_to_a_folder_that_cannot_be_written_is_said_and_the_next_one_goes_through(qtbot, tmp_path):
    """The report's writer retried a refused folder every 5 s, and held every later export behind it."""
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    window.export_report(blocker / "report")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Cannot save"), timeout=30000)
    assert "(pick another folder, or free some space)" in window.statusBar().currentMessage()
    window.export_report(tmp_path / "report")
    qtbot.waitUntil(lambda: "Report written" in window.statusBar().currentMessage(), timeout=30000)
    assert (tmp_path / "report" / "index.html").is_file()
    window.close()
