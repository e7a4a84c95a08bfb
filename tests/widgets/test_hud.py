"""The overlay's stage table: its figures line up whatever the script of the stage titles."""

from PySide6.QtGui import QFontMetricsF

from widgets.hud import COLUMN, column_widths, hud_font, placed_cells

ROWS = [
    "処理  7.3 ms (p50 7.0) · 最大 142 FPS",  # the headline: one cell
    COLUMN.join(("ステージ", "最新", "p50", "p95")),
    COLUMN.join(("フレーム待ち", "93.3", "92.4", "93.2")),
    COLUMN.join(("前処理", "0.3", "0.3", "0.4")),
    COLUMN.join(("デコード+NMS", "0.6", "0.6", "0.8")),
]


def test_titles_start_at_the_left_and_figures_end_in_one_column_on_every_row(qapp):
    metrics = QFontMetricsF(hud_font(600))
    advance = metrics.horizontalAdvance
    widths = column_widths(ROWS, advance, advance("  "))
    assert len(widths) == 4 and widths[0] == max(advance(row.split(COLUMN)[0]) for row in ROWS[1:])
    table = [placed_cells(row, widths, advance) for row in ROWS[1:]]
    for column in range(4):
        edges = {round(left + (advance(cell) if column else 0.0), 3) for cell, left in (row[column] for row in table)}
        assert len(edges) == 1, f"column {column} is ragged: {edges}"
    first_figure = min(left for row in table for _, left in row[1:])
    assert first_figure > widths[0]  # a gap after the widest title
    assert placed_cells(ROWS[0], widths, advance) == [(ROWS[0], 0.0)]
