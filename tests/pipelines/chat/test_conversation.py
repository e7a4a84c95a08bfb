"""The chat's conversation without Qt or a model: what is shown, what the engine reads, what reaches the history."""

from __future__ import annotations

import pytest

from pipelines.chat.conversation import THINKING, Conversation
from pipelines.chat.history import INTERRUPTED, HistoryStore
from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, ReplyPiece
from pipelines.errors import ShowcaseError
from pipelines.storage.durable_writer import DurableWriter


class ScriptedEngine(ChatEngine):
    """Answers with ``words`` one at a time, then raises ``fail_with`` if given; keeps what it was asked."""

    info = EngineInfo("fake", "CPU", "fake-model", context_length=2048)

    def __init__(self, words: list[str], fail_with: ShowcaseError | None = None) -> None:
        self.words, self.fail_with = words, fail_with
        self.asked: list[list[Message]] = []

    def stream(self, messages, settings):
        self.asked.append(list(messages))
        yield from self.words
        if self.fail_with is not None:
            raise self.fail_with
        return "end"

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        return " ".join(text.split()[:tokens])


@pytest.fixture
def conversation(tmp_path):
    writer = DurableWriter("test history")
    yield Conversation(writer, HistoryStore(tmp_path / "history.sqlite3"))
    writer.close()


def answer(conversation: Conversation, engine: ChatEngine, regenerating: bool = False, system: str = "") -> list:
    """Start the answer and run its loop to the end, handing each event to the conversation as the panel does."""
    loop = conversation.start_answer(engine, system, GenerationSettings(temperature=0), regenerating)
    events = []
    for event in loop(lambda: False):
        events.append(event)
        conversation.show_piece(event) if isinstance(event, ReplyPiece) else conversation.finish(event)
    return events


def saved(conversation: Conversation) -> list[tuple[str, str]]:
    assert conversation.writer.flush()
    return [(m.role, m.content) for m in conversation.store.messages(conversation.id)]


def test_a_question_and_its_answer_are_shown_sent_and_saved(conversation):
    engine = ScriptedEngine(["Four", "."])
    conversation.ask("What is 2 plus 2?")
    loop = conversation.start_answer(engine, "Be brief.", GenerationSettings())
    assert conversation.entries[-1].footer == THINKING and conversation.id is not None
    for event in loop(lambda: False):
        conversation.show_piece(event) if isinstance(event, ReplyPiece) else conversation.finish(event)
    assert engine.asked == [[Message("system", "Be brief."), Message("user", "What is 2 plus 2?")]]
    assert [(e.role, e.text) for e in conversation.entries] == [("user", "What is 2 plus 2?"), ("assistant", "Four.")]
    assert conversation.messages[-1] == Message("assistant", "Four.") and isinstance(conversation.last_done, ReplyDone)
    assert conversation.entries[-1].footer == conversation.last_done.footer()
    assert saved(conversation) == [("user", "What is 2 plus 2?"), ("assistant", "Four.")]
    assert conversation.store.messages(conversation.id)[-1].stats.startswith("first token")
    assert conversation.store.messages(conversation.id)[-1].stop_reason == "end"
    assert conversation.last_answer() == "Four." and conversation.has_answer_text()


def test_regenerating_replaces_the_last_answer_here_and_in_the_history(conversation):
    conversation.ask("Name a fruit.")
    answer(conversation, ScriptedEngine(["Apple"]))
    assert conversation.can_regenerate()
    engine = ScriptedEngine(["Pear"])
    answer(conversation, engine, regenerating=True)
    assert engine.asked == [[Message("user", "Name a fruit.")]]  # the old answer is not read again
    assert [m.content for m in conversation.messages] == ["Name a fruit.", "Pear"]
    assert saved(conversation) == [("user", "Name a fruit."), ("assistant", "Pear")]


def test_a_failed_answer_keeps_the_part_streamed_marked_as_interrupted(conversation):
    conversation.ask("Tell a story.")
    loop = conversation.start_answer(
        ScriptedEngine(["Once", " upon"], ShowcaseError("The chat engine stopped")), "", GenerationSettings()
    )
    with pytest.raises(ShowcaseError):
        for event in loop(lambda: False):
            conversation.show_piece(event)
    conversation.fail("The chat engine stopped")
    assert conversation.entries[-1].text == "Once upon" and conversation.entries[-1].footer.startswith(INTERRUPTED)
    assert conversation.messages[-1] == Message("assistant", "Once upon")
    assert conversation.writer.flush()
    stored = conversation.store.messages(conversation.id)
    assert stored[-1].content == "Once upon" and stored[-1].stats.startswith(INTERRUPTED)


def test_a_failure_before_any_text_leaves_a_note():
    conversation = Conversation(DurableWriter("unsaved"))
    conversation.ask("Hi")
    conversation.start_answer(ScriptedEngine([]), "", GenerationSettings())
    conversation.fail("The model is gone")
    assert [(e.role, e.text) for e in conversation.entries] == [("user", "Hi"), ("note", "The model is gone")]
    assert conversation.messages == [Message("user", "Hi")] and not conversation.can_regenerate()


def test_a_script_is_kept_out_of_the_history_and_the_visitors_chat_comes_back(conversation):
    conversation.ask("My question")
    answer(conversation, ScriptedEngine(["My answer"]))
    visitor = (list(conversation.messages), list(conversation.entries), conversation.id)
    conversation.begin_script()
    assert conversation.scripted and not conversation.saving and conversation.messages == []
    conversation.ask("Scripted question")
    answer(conversation, ScriptedEngine(["Scripted answer"]))
    assert conversation.end_script() and not conversation.end_script()
    assert (conversation.messages, conversation.entries, conversation.id) == visitor
    assert conversation.last_done is None and conversation.saving and conversation.writer.flush()
    assert [c.title for c in conversation.store.conversations()] == ["My question"]


def test_opening_a_saved_conversation_goes_on_where_it_ended(conversation):
    conversation.ask("First")
    answer(conversation, ScriptedEngine(["One"]))
    first = conversation.id
    saved(conversation)
    conversation.clear()
    assert conversation.entries == [] and conversation.id is None and conversation.last_done is None
    conversation.open(first, conversation.store.messages(first))
    assert [m.content for m in conversation.messages] == ["First", "One"] and conversation.id == first
    conversation.ask("Second")
    answer(conversation, ScriptedEngine(["Two"]))
    assert conversation.id == first
    assert saved(conversation) == [("user", "First"), ("assistant", "One"), ("user", "Second"), ("assistant", "Two")]


def test_the_draft_is_saved_and_emptied_when_an_answer_starts(conversation):
    conversation.save_draft("half a thought")
    assert conversation.writer.flush() and conversation.store.draft() == "half a thought"
    conversation.ask("A whole thought")
    answer(conversation, ScriptedEngine(["Noted"]))
    assert conversation.writer.flush() and conversation.store.draft() == ""


def test_no_qt_is_imported():
    import subprocess
    import sys

    code = "import sys, pipelines.chat.conversation; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
