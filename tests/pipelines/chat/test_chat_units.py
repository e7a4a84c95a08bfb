"""Context fitting, local history, and the MLC LLM adapter (against a module with MLC's API)."""

import sqlite3
import sys
from pathlib import Path

import pytest

from pipelines.chat.context import fit_to_context
from pipelines.chat.history import SCHEMA, HistoryStore
from pipelines.chat.loading import MLC, engine_choices, load_engine, placed_by_itself
from pipelines.chat.protocol import GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, stream_reply
from pipelines.errors import ProviderError, ShowcaseError
from tests.support.helpers import SUPPORT


def words(text):
    return len(text.split())


def first_words(text, n):
    return " ".join(text.split()[:n])


def turn(role, n, tag):
    return Message(role, " ".join(f"{tag}{i}" for i in range(n)))


def test_everything_fits_untouched():
    messages = [
        Message("system", "be brief"),
        Message("user", "hi"),
        Message("assistant", "hello"),
        Message("user", "how are you"),
    ]
    fitted = fit_to_context(messages, words, first_words, context_length=200, reserve_for_reply=50)
    assert fitted.messages == messages and fitted.note() == ""


def test_oldest_turns_are_dropped_and_the_system_prompt_kept():
    messages = [
        Message("system", "be brief"),
        turn("user", 40, "a"),
        turn("assistant", 40, "b"),
        turn("user", 40, "c"),
        turn("assistant", 40, "d"),
        turn("user", 10, "e"),
    ]
    fitted = fit_to_context(messages, words, first_words, context_length=234, reserve_for_reply=50)
    assert fitted.messages[0].content == "be brief"
    assert fitted.messages[-1] == messages[-1]
    assert fitted.dropped_messages == 3 and fitted.messages[1:] == messages[4:]
    assert "3 oldest message(s) left out" in fitted.note()


def test_a_single_overlong_message_is_truncated_with_a_note_beside_it_not_in_it():
    messages = [Message("system", "be brief"), turn("user", 500, "w")]
    fitted = fit_to_context(messages, words, first_words, context_length=264, reserve_for_reply=50)
    (system, user) = fitted.messages
    assert fitted.truncated and messages[-1].content.startswith(user.content)  # the model reads the message only
    assert 100 < words(user.content) < 150 and user.content.startswith("w0 w1 w2")
    assert "truncated" in fitted.note()


def test_history_store_round_trip(tmp_path):
    store = HistoryStore(tmp_path / "h" / "history.sqlite3")
    first = store.new_conversation("What is an NPU?\nPlease explain")
    store.add_message(first, "user", "What is an NPU?")
    store.add_message(first, "assistant", "A neural processing unit.", "first token 50 ms")
    second = store.new_conversation("Recipe for bread")
    store.add_message(second, "user", "Recipe for bread")
    assert [c.id for c in store.conversations()] == [second, first]
    assert [c.id for c in store.conversations("neural")] == [first]  # matches message text too
    assert store.conversations("npu")[0].title == "What is an NPU? Please explain"
    markdown = store.export_markdown(first)
    assert (
        markdown.startswith("# What is an NPU?")
        and "A neural processing unit." in markdown
        and "*first token 50 ms*" in markdown
    )
    store.remove_last_reply(first)
    assert [m.role for m in store.messages(first)] == ["user"]
    store.delete(first)
    assert [c.id for c in store.conversations()] == [second] and store.messages(first) == []


def test_a_history_from_before_stop_reasons_opens_and_keeps_them_from_then_on(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    with db:  # a history written before the column: SCHEMA has never held it
        db.executescript(SCHEMA)
        db.execute("INSERT INTO conversations VALUES (1, 'Old chat', 0, 0)")
        db.execute("INSERT INTO messages VALUES (2, 1, 'assistant', 'An old answer.', 'first token 50 ms', 0)")
    db.close()
    store = HistoryStore(path)
    store.add_message(1, "assistant", "A new answer cut short", "first token 40 ms", stop_reason="length")
    assert [(m.content, m.stop_reason) for m in store.messages(1)] == [
        ("An old answer.", ""),
        ("A new answer cut short", "length"),
    ]
    HistoryStore(path)  # opening it again adds nothing


@pytest.fixture
def fake_mlc(monkeypatch):
    monkeypatch.syspath_prepend(str(SUPPORT / "fake_mlc"))
    sys.modules.pop("mlc_llm", None)
    yield
    sys.modules.pop("mlc_llm", None)


def test_mlc_is_listed_unavailable_with_its_reason_here():
    mlc = next(c for c in engine_choices() if c.key == MLC)
    assert "MLC LLM is not installed" in mlc.unavailable_reason
    with pytest.raises(ProviderError, match="MLC LLM is not installed"):
        load_engine(MLC, Path("/nonexistent"))


def test_mlc_adapter_streams_through_the_mlc_api(fake_mlc, tmp_path):
    (tmp_path / "mlc-chat-config.json").write_text('{"context_window_size": 1024}')
    assert next(c for c in engine_choices() if c.key == MLC).unavailable_reason == ""
    assert "mlc_llm" not in sys.modules  # the picker (UI thread) does not load MLC's runtime to tell
    engine = load_engine(MLC, tmp_path, device="vulkan:0")
    assert engine.info.engine == "MLC LLM" and engine.info.device == "vulkan:0" and engine.info.context_length == 1024
    events = list(
        stream_reply(engine, [Message("user", "hello edge world")], GenerationSettings(temperature=0.0, seed=1))
    )
    done = events[-1]
    assert isinstance(done, ReplyDone) and done.text == "echo: hello edge world"
    assert done.stats.tokens == 4 and len(events) == 5 and done.stop_reason == "end"
    import mlc_llm

    request = mlc_llm.engines[-1].requests[-1]
    assert request["messages"] == [{"role": "user", "content": "hello edge world"}] and request["model"] == str(
        tmp_path
    )
    assert request["temperature"] == 0.0 and request["seed"] == 1
    cut = stream_reply(engine, [Message("user", "hello edge world")], GenerationSettings(max_tokens=2))
    assert [e for e in cut if isinstance(e, ReplyDone)][0].stop_reason == "length"
    engine.close()
    assert mlc_llm.engines[-1].terminated


def test_mlc_unavailable_device_is_a_clear_error(fake_mlc, tmp_path):
    with pytest.raises(ProviderError, match="cannot use device 'cuda:3'"):
        load_engine(MLC, tmp_path, device="cuda:3")


def test_a_device_picked_with_auto_is_onnxruntime_genais_and_an_mlc_folder_refuses_it(fake_mlc, tmp_path):
    """The window's Device list with the engine on Auto and an MLC folder: MLC names devices its own way ('vulkan:0',
    through --provider), so the list's 'directml' or 'device:gpu' is refused in one line, never passed on."""
    (tmp_path / "mlc-chat-config.json").write_text('{"context_window_size": 1024}')
    for request in ("directml", "device:gpu"):
        with pytest.raises(ShowcaseError, match="MLC LLM places the model itself"):
            load_engine("auto", tmp_path, device=request)


def test_the_engines_that_place_a_model_themselves_are_named_for_the_device_lists(tmp_path):
    """llama.cpp and MLC LLM place the model themselves, under Auto too for a GGUF file and a compiled MLC folder (the
    Chat panel's list stayed on for an MLC folder, and a device picked there was refused at load)."""
    mlc, genai, other = tmp_path / "mlc", tmp_path / "genai", tmp_path / "photos"
    for folder, config in ((mlc, "mlc-chat-config.json"), (genai, "genai_config.json"), (other, None)):
        folder.mkdir()
        if config:
            (folder / config).write_text("{}")
    assert placed_by_itself("auto", mlc) == "MLC LLM" and placed_by_itself("auto", tmp_path / "q.gguf") == "llama.cpp"
    assert placed_by_itself("auto", genai) == "" and placed_by_itself("auto", None) == ""
    assert placed_by_itself("auto", other) == ""  # not a chat model: its load says so
    assert placed_by_itself("llama.cpp", None) == "llama.cpp" and placed_by_itself("onnxruntime-genai", None) == ""
