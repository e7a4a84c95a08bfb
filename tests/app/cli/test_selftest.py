"""``--selftest``: all three pipelines produce a real result from their bundled models."""


from app.cli import selftest
from app.cli.main import main
from pipelines.errors import ShowcaseError


def test_selftest_passes_on_the_bundled_models(built_model, capsys):
    assert main(["--selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines] == [["detection", "ok"], ["speech", "ok"], ["chat", "ok"]]


def test_selftest_fails_when_a_check_fails(monkeypatch, capsys):
    def broken():
        raise ShowcaseError("model file not found: /nowhere")

    monkeypatch.setattr(selftest, "CHECKS", (("detection", broken), ("chat", lambda: "fine")))
    assert main(["--selftest"]) == 1
    out = capsys.readouterr().out
    assert "detection  FAIL  model file not found: /nowhere" in out and "chat       ok    fine" in out
