"""The Qt-free number and date formatter: C_NUMBERS (what the CLI and its files write) and any locale's separators,
digits and date patterns; the chat export and the session report write in the format they are given."""

from datetime import date, datetime, time

from pipelines.chat.history import HistoryStore
from pipelines.locale_numbers import C_NUMBERS, NumberFormat
from pipelines.measure.report import key_figures, too_few_note

GERMAN = NumberFormat(decimal=",", group=".", date_pattern="dd.MM.yy", time_pattern="HH:mm")
SPANISH = NumberFormat(decimal=",", group=".", min_group=2, date_pattern="d/M/yy", time_pattern="H:mm")
ARABIC = NumberFormat(decimal="٫", group="٬", zero="٠", minus="\u061c-", percent_sign="٪\u061c",
                      date_pattern="d\u200f/M\u200f/yyyy", time_pattern="h:mm Ap", am="ص", pm="م")
US = NumberFormat(decimal=".", group=",", date_pattern="M/d/yy", time_pattern="h:mm\u202fAp")
EVENING = datetime(2026, 12, 2, 21, 5, 7)


def test_c_numbers_are_what_python_prints_with_no_grouping_and_iso_dates():
    assert C_NUMBERS.number(1234567.891, 2) == "1234567.89" == f"{1234567.891:.2f}"
    assert C_NUMBERS.number(41.25, 1) == f"{41.25:.1f}" and C_NUMBERS.number(0.5) == f"{0.5:.0f}"
    assert C_NUMBERS.number(-3.5, 1) == "-3.5" and C_NUMBERS.number(-0.04, 1) == "0.0"  # no '-0.0'
    assert C_NUMBERS.percent(95) == "95%" and C_NUMBERS.number(float("nan"), 1) == "nan"
    assert C_NUMBERS.date(EVENING) == "2026-12-02" and C_NUMBERS.time(EVENING) == "21:05"
    assert C_NUMBERS.date_time(EVENING) == "2026-12-02 21:05"


def test_separators_grouping_and_digits_follow_the_format():
    assert GERMAN.number(1234.5, 1) == "1.234,5" and GERMAN.number(41.2, 1) == "41,2"
    assert GERMAN.number(1234567, 0) == "1.234.567" and GERMAN.number(999, 0) == "999"
    assert GERMAN.number(-1234.5, 1) == "-1.234,5"
    assert SPANISH.number(1234, 0) == "1234" and SPANISH.number(12345, 0) == "12.345"  # from five digits
    assert ARABIC.number(1234.5, 1) == "١٬٢٣٤٫٥" and ARABIC.number(-2, 0) == "\u061c-٢"
    assert ARABIC.percent(95) == "٩٥٪\u061c"


def test_dates_and_times_follow_qt_patterns_with_the_full_year():
    assert GERMAN.date(date(2026, 3, 4)) == "04.03.2026" and GERMAN.time(time(9, 5)) == "09:05"
    assert SPANISH.date(date(2026, 3, 4)) == "4/3/2026" and SPANISH.time(time(9, 5)) == "9:05"
    assert US.date(EVENING) == "12/2/2026" and US.time(EVENING) == "9:05\u202fPM"
    assert US.time(time(0, 1)) == "12:01\u202fAM"
    assert ARABIC.date(EVENING) == "٢\u200f/١٢\u200f/٢٠٢٦" and ARABIC.time(EVENING) == "٩:٠٥ م"
    quoted = NumberFormat(date_pattern="d 'de' M 'day''s' yyyy")  # quoted text stays as written
    assert quoted.date(date(2026, 3, 4)) == "4 de 3 day's 2026"


def test_the_report_page_writes_its_figures_in_the_format_given():
    timings = {"detection_frame_ms": {"samples": 1234, "median": 18.84}}
    assert key_figures(timings, "detection") == "time per frame 18.8 ms (median of 1234)"
    assert key_figures(timings, "detection", GERMAN) == "time per frame 18,8 ms (median of 1.234)"
    few = [(1.0, 812.4), (2.0, 790.0)]
    assert "(812.4, 790.0 ms)" in too_few_note(few, "ms")
    assert "(812,4; 790,0 ms)" in too_few_note(few, "ms", GERMAN)  # a comma between values would be ambiguous


def test_the_chat_export_dates_the_conversation_in_the_format_given(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    chat = store.new_conversation("Wie schnell ist eine NPU?")
    started = datetime.fromtimestamp(store.conversations()[0].updated)  # as created: no message since
    assert f"*{C_NUMBERS.date_time(started)}*" in store.export_markdown(chat)
    assert f"*{GERMAN.date_time(started)}*" in store.export_markdown(chat, GERMAN)
