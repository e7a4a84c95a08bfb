"""The transcript view renders incrementally: appends, rewrites the sentence in progress, starts over when told."""

from PySide6.QtGui import QTextCursor

from widgets.transcript_view import TranscriptView, clock


def block_texts(view: TranscriptView) -> list[str]:
    document = view.document()
    return [document.findBlockByNumber(i).text() for i in range(document.blockCount())]


def italic_at_start_of(view: TranscriptView, block: int) -> bool:
    cursor = QTextCursor(view.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().fontItalic()


def test_finals_append_and_the_partial_is_rewritten_in_place(qtbot):
    view = TranscriptView()
    qtbot.addWidget(view)
    view.show_transcript([(0.0, "Hello there.")], "How are", "How")
    assert block_texts(view) == ["[00:00] Hello there.", "How are"]
    assert italic_at_start_of(view, 1) and not italic_at_start_of(view, 0)
    view.show_transcript([(0.0, "Hello there.")], "How are you", "How are")
    assert block_texts(view) == ["[00:00] Hello there.", "How are you"]
    view.show_transcript([(0.0, "Hello there."), (2.5, "How are you?")])
    assert block_texts(view) == ["[00:00] Hello there.", "[00:02] How are you?", ""]
    assert not italic_at_start_of(view, 1)  # the finished sentence does not inherit the partial's style


def test_a_cleared_or_replaced_transcript_starts_over(qtbot):
    view = TranscriptView()
    qtbot.addWidget(view)
    view.show_transcript([(0.0, "First pass."), (3.0, "Second sentence.")])
    view.show_transcript([])
    assert view.toPlainText().strip() == ""
    view.show_transcript([(0.0, "First pass."), (3.0, "Second sentence.")])
    view.show_transcript([(0.0, "First pass."), (3.0, "A different second sentence.")])
    assert block_texts(view)[:2] == ["[00:00] First pass.", "[00:03] A different second sentence."]


def test_a_long_transcript_is_only_extended(qtbot):
    view = TranscriptView()
    qtbot.addWidget(view)
    finals = [(i * 5.0, f"Sentence {i}.") for i in range(2000)]
    view.show_transcript(finals)
    qtbot.waitUntil(lambda: view.document().blockCount() == len(finals) + 1)  # added a chunk per turn
    anchor = QTextCursor(view.document().findBlockByNumber(1000))  # a rebuild would collapse it to 0
    position = anchor.position()
    view.show_transcript(finals + [(10_000.0, "One more.")], "and")
    assert position > 0 and anchor.position() == position  # the document was extended, not rebuilt
    assert block_texts(view)[-2:] == ["[166:40] One more.", "and"]


def test_a_translation_gets_its_original_underneath_without_a_rebuild(qtbot):
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    finals = [(i * 5.0, f"Sentence {i}.") for i in range(500)]
    view.show_transcript([*finals, (2500.0, "The train leaves at eight.")], "Und", "")
    qtbot.waitUntil(lambda: view.document().blockCount() == len(finals) + 2)
    anchor = QTextCursor(view.document().findBlockByNumber(250))
    position = anchor.position()
    view.show_transcript([*finals, (2500.0, "The train leaves at eight.", "Der Zug fährt um acht.")], "Und dann", "Und")
    assert position > 0 and anchor.position() == position  # only the last sentence was rewritten
    assert block_texts(view)[-2:] == ["[41:40] The train leaves at eight.\u2028Der Zug fährt um acht.", "Und dann"]
    view.resize(300, 300)  # narrow: the translation alone
    qtbot.waitUntil(lambda: view.viewport().width() < 300)
    view.show_transcript([(0.0, "Good morning.", "Guten Morgen.")])
    assert block_texts(view)[:1] == ["[00:00] Good morning."]


def test_thousands_of_sentences_at_once_go_in_a_chunk_per_turn_of_the_event_loop(qtbot):
    """A week's transcript at start (1.3 s for 20,000 sentences in one go here) never holds the window that long."""
    from widgets.transcript_view import CHUNK

    view = TranscriptView()
    qtbot.addWidget(view)
    lines = [(index * 4.0, f"Sentence {index}.") for index in range(3 * CHUNK + 5)]
    view.show_transcript(lines, "and then", "and")
    assert view.document().blockCount() == CHUNK + 1  # the first chunk, then the sentence in progress
    qtbot.waitUntil(lambda: view.document().blockCount() == len(lines) + 1)
    assert block_texts(view)[-2:] == [f"[{clock(lines[-1][0])}] Sentence {len(lines) - 1}.", "and then"]
