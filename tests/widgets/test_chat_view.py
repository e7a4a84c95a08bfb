"""The conversation view re-renders only the message that streams; the result equals a full render."""

from PySide6.QtGui import QTextCursor

from pipelines.chat.conversation import ChatEntry
from widgets.chat_view import ChatView, conversation_markdown


def full_render(entries) -> str:
    reference = ChatView()
    reference.setMarkdown(conversation_markdown(entries))
    return reference.toPlainText()


def test_a_streaming_answer_rewrites_only_itself(qtbot):
    view = ChatView()
    qtbot.addWidget(view)
    history = [ChatEntry("user" if i % 2 == 0 else "assistant", f"Message **{i}**\n\n- a point") for i in range(300)]
    entries = history + [ChatEntry("user", "What is 2 plus 2?"), ChatEntry("assistant", "")]
    view.set_entries(entries)
    anchor = QTextCursor(view.document().findBlockByNumber(500))  # a rebuild would collapse it to 0
    position = anchor.position()
    for text in ("Four", "Four.", "Four. Assistant\n\nAssistant"):  # even a line that looks like a title
        entries[-1] = ChatEntry("assistant", text)
        view.set_entries(entries)
    entries[-1] = ChatEntry("assistant", "Four. Assistant\n\nAssistant", "first token 100 ms")
    view.set_entries(entries)
    assert position > 0 and anchor.position() == position
    assert view.toPlainText() == full_render(entries)


def test_new_messages_and_a_new_chat_render_in_full(qtbot):
    view = ChatView()
    qtbot.addWidget(view)
    entries = [ChatEntry("user", "Hi"), ChatEntry("assistant", "Hello")]
    view.set_entries(entries)
    entries += [ChatEntry("user", "Bye"), ChatEntry("assistant", "Goodbye")]
    view.set_entries(entries)
    assert view.toPlainText() == full_render(entries)
    view.set_entries([])
    assert view.toPlainText() == ""


def test_the_figures_under_an_answer_are_upright_right_to_left(qtbot):
    """Arabic: DejaVu Sans Oblique has no Arabic letters, the italic figures line came out as empty boxes."""
    from PySide6.QtCore import Qt

    view = ChatView()
    qtbot.addWidget(view)
    entries = [ChatEntry("user", "2+2?"), ChatEntry("assistant", "4", "first token 100 ms")]
    view.set_entries(entries)
    italic = [block.charFormat().fontItalic() for block in iter_blocks(view) if "first token" in block.text()]
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.set_entries([*entries, ChatEntry("user", "3+3?")])
    upright = [block.charFormat().fontItalic() for block in iter_blocks(view) if "first token" in block.text()]
    assert italic == [True] and upright == [False]


def iter_blocks(view):
    block = view.document().begin()
    while block.isValid():
        yield block
        block = block.next()
