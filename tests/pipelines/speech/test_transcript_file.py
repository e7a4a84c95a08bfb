"""The kept transcript: a sentence appended costs one line however long the transcript, a completed sentence
replaces its place, a torn line costs itself only, the first format is read, and the read at start runs on a thread
that nothing waits for: changes made meanwhile apply to the whole transcript once it is read."""

import json
import threading
from dataclasses import replace

from pipelines.speech.protocol import Final, Word
from pipelines.speech.transcript_file import KeptTranscript, append_finals, load_finals, save_finals


def sentence(index: int, original: str = "") -> Final:
    start = index * 4.0
    words = (Word("sentence", start, start + 0.5, 0.9), Word(str(index), start + 0.5, start + 1.0, 0.8))
    return Final(f"sentence {index}", words, start, start + 1.0, "", "en", original=original)


def kept_in_order(path, read: bool = True) -> tuple[KeptTranscript, list]:
    """The transcript kept in ``path``, each change written at once; once the file is read when ``read``."""
    written: list = []
    transcript = KeptTranscript(path, lambda write: (write(), written.append(write)))
    assert not read or transcript.wait_for_read(10)
    return transcript, written


def test_a_new_sentence_appends_one_line_and_leaves_the_rest_untouched(tmp_path):
    path = tmp_path / "transcript.json"
    save_finals(path, [sentence(i) for i in range(2000)])
    before = path.read_bytes()
    transcript, _ = kept_in_order(path)
    transcript.add([sentence(2000)])
    after = path.read_bytes()
    assert after.startswith(before) and after[len(before):].count(b"\n") == 1
    assert json.loads(after[len(before):])["at"] == 2000
    assert load_finals(path) == [sentence(i) for i in range(2001)]


def test_a_completed_sentence_takes_its_place_and_the_file_is_compacted_at_the_next_read(tmp_path):
    path = tmp_path / "transcript.json"
    transcript, _ = kept_in_order(path)
    transcript.add([sentence(0), sentence(1)])
    transcript.merge(sentence(1, original="Satz 1"))  # the same utterance, its original came
    transcript.merge(sentence(2))  # another one: added
    assert [final.original for final in transcript.finals] == ["", "Satz 1", ""]
    assert len(path.read_text().splitlines()) == 4
    assert load_finals(path) == transcript.finals
    assert len(path.read_text().splitlines()) == 3  # one line per sentence again


def test_a_torn_line_costs_only_itself_and_a_retried_append_lands_in_the_same_place(tmp_path):
    path = tmp_path / "transcript.json"
    save_finals(path, [sentence(0)])
    with path.open("a") as stream:
        stream.write('{"at": 1, "text": "cut sh')  # the disk filled up mid-line
    append_finals(path, 1, [sentence(1)])
    append_finals(path, 1, [sentence(1)])  # the writer retried it
    assert load_finals(path) == [sentence(0), sentence(1)]


def test_the_first_format_is_read_and_written_again_as_lines(tmp_path):
    path = tmp_path / "transcript.json"
    old = [{"text": "Hello.", "start": 0.0, "end": 1.0, "words": [["Hello.", 0.0, 1.0, 0.9]]}]
    path.write_text(json.dumps(old), encoding="utf-8")
    assert [final.text for final in load_finals(path)] == ["Hello."]
    assert json.loads(path.read_text().splitlines()[0])["at"] == 0


def slow_read(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The start's read held until the first event is set; the second is set once it has begun."""
    release, reading = threading.Event(), threading.Event()
    real_load = load_finals

    def slow_load(where):
        reading.set()
        release.wait(10)
        return real_load(where)

    monkeypatch.setattr("pipelines.speech.transcript_file.load_finals", slow_load)
    return release, reading


def test_changes_made_while_the_file_is_read_apply_to_the_whole_transcript_once_it_is(tmp_path, monkeypatch):
    """The window never waits for the read (20,000 sentences took 2 s, on the UI thread): the sentences heard
    meanwhile show at once and follow the kept ones once read, the demo's last pass making way is applied to the
    file's sentences too, and all of it is saved in one write."""
    path = tmp_path / "transcript.json"
    demo_pass = [replace(sentence(1), source="demo"), replace(sentence(2), source="demo")]
    save_finals(path, [sentence(0), *demo_pass])
    release, reading = slow_read(monkeypatch)
    transcript, written = kept_in_order(path, read=False)
    assert reading.wait(10) and not transcript.is_read()
    transcript.drop(lambda final: final.source == "demo")  # the demo's new pass begins: its last pass goes
    transcript.add([replace(sentence(3), source="demo")])
    transcript.merge(replace(sentence(3, original="Satz 3"), source="demo"))
    assert [final.text for final in transcript.finals] == ["sentence 3"] and written == []
    release.set()
    assert transcript.wait_for_read(10) and transcript.is_read()
    kept = [(final.text, final.original) for final in transcript.finals]
    assert kept == [("sentence 0", ""), ("sentence 3", "Satz 3")]
    assert len(written) == 1 and load_finals(path) == transcript.finals
    transcript.add([sentence(4)])  # read: an append again
    assert len(path.read_text().splitlines()) == 3 and load_finals(path) == transcript.finals


def test_a_clear_while_the_file_is_read_clears_what_the_read_brings_too(tmp_path, monkeypatch):
    path = tmp_path / "transcript.json"
    save_finals(path, [sentence(0), sentence(1)])
    release, reading = slow_read(monkeypatch)
    transcript, written = kept_in_order(path, read=False)
    assert reading.wait(10) and not transcript.is_read()  # the constructor did not wait for the read
    transcript.clear()
    assert transcript.finals == [] and written == []
    release.set()
    assert transcript.wait_for_read(10)
    assert transcript.finals == [] and len(written) == 1 and path.read_text() == ""
