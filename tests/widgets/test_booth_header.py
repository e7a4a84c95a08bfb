"""The booth's headline: in a right-to-left window its figures read right to left whatever language was heard; a
figure's value never breaks across lines."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from widgets.booth_header import BoothHeader


def x_of(document: QTextDocument, word: str) -> float:
    """Where ``word`` starts on the first line of ``document``'s first paragraph, laid out as QLabel lays it out."""
    document.setTextWidth(4000)
    document.size()  # lays the document out
    block = document.firstBlock()
    assert block.layout().lineCount() == 1
    return block.layout().lineAt(0).cursorToX(block.text().index(word))[0]


def test_an_english_language_heard_leaves_an_arabic_header_right_to_left(qtbot):
    header = BoothHeader("يسمع", "تحويل الكلام إلى نص")
    qtbot.addWidget(header)
    header.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    header.show_figures("CPU", [("English", "مُكتشفة 0.89"), ("0.6 s", "حتى النص النهائي")])
    document = QTextDocument()
    document.setHtml(header.figures.text())
    # the first figure's value first, at the line's right; its label left of it, the second figure further left
    assert x_of(document, "English") > x_of(document, "مُكتشفة") > x_of(document, "حتى")
    header.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    document.setHtml(header.figures.text())
    assert x_of(document, "English") < x_of(document, "0.6\u00a0s")


def test_a_narrow_header_wraps_between_figures_never_inside_a_value(qtbot):
    """The dashboard's Answers header at 1100 px showed '0.1' at a line's end and its 's' on the next."""
    header = BoothHeader("Answers", "a language model on this laptop")
    qtbot.addWidget(header)
    header.show_figures("CPU", [("107", "tokens/s"), ("0.1 s", "to the first word")])
    document = QTextDocument()
    document.setHtml(header.figures.text())
    block = document.firstBlock()
    value = block.text().index("0.1")
    for width in range(60, 400, 5):
        document.setTextWidth(width)
        document.size()
        layout = block.layout()
        assert layout.lineForTextPosition(value).lineNumber() == layout.lineForTextPosition(value + 4).lineNumber()
