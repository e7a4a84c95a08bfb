"""``--selftest``: all three pipelines produce a real result from their bundled models, the window's languages load,
and a missing translation fails it."""


from app.cli import selftest
from app.cli.main import main
from pipelines.errors import ShowcaseError


def test_selftest_passes_on_the_bundled_models(built_model, capsys):
    assert main(["--selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines] == [
        ["detection", "ok"], ["speech", "ok"], ["chat", "ok"], ["languages", "ok"]
    ]


def test_selftest_names_a_missing_translation(monkeypatch, tmp_path, capsys):
    from app import translations

    monkeypatch.setattr(translations, "qm_path", lambda code: tmp_path / f"edge_showcase_{code}.qm")
    monkeypatch.setattr(selftest, "CHECKS", (("languages", selftest.check_languages),))
    assert main(["--selftest"]) == 1
    assert "languages  FAIL  translations missing: window de, window fr" in capsys.readouterr().out


def test_selftest_fails_when_a_check_fails(monkeypatch, capsys):
    def broken():
        raise ShowcaseError("model file not found: /nowhere")

    monkeypatch.setattr(selftest, "CHECKS", (("detection", broken), ("chat", lambda: "fine")))
    assert main(["--selftest"]) == 1
    out = capsys.readouterr().out
    assert "detection  FAIL  model file not found: /nowhere" in out and "chat       ok    fine" in out
