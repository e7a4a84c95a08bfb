"""The window's numbers and dates: the ``NumberFormat`` (``pipelines/locale_numbers.py``) of the window's language,
read from QLocale, for the overlays, the booth's figures, the session report and the chat export.

The window's locale is its language's (``--lang de`` gives '41,2 ms'), in the system's region where the system
speaks the same language (an English window on a British system writes dates as 02/12/2026, not 12/2/26).
``use_window_locale`` (called once at start) makes it the window's and Qt's default, so the spin boxes agree with
the overlays; until then (tests, a window built without ``gui.run``) the window writes ``C_NUMBERS``, whatever the
system's locale.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale

from pipelines.locale_numbers import C_NUMBERS, NumberFormat

_window = C_NUMBERS


def window_locale(code: str, system: QLocale | None = None) -> QLocale:
    """The locale of the window's language ``code`` ('de', 'zh_CN'): the system's where it is the same language."""
    chosen = QLocale(code)
    system = system if system is not None else QLocale.system()
    return system if system.language() == chosen.language() else chosen


def use_window_locale(code: str) -> NumberFormat:
    """Make the locale of the window's language ``code`` the window's numbers and the default of every QLocale() and
    widget; its numbers."""
    global _window
    locale = window_locale(code)
    QLocale.setDefault(locale)
    _window = numbers_for(locale)
    return _window


def numbers_for(locale: QLocale) -> NumberFormat:
    """``locale``'s decimal point, thousands separator, digits, signs and short date and time formats."""
    return _numbers(locale.bcp47Name(), locale.name())


@cache
def _numbers(_tag: str, name: str) -> NumberFormat:
    locale = QLocale(name)
    short = QLocale.FormatType.ShortFormat
    grouped = QLocale.NumberOption.OmitGroupSeparator not in locale.numberOptions()
    return NumberFormat(
        decimal=locale.decimalPoint(),
        group=locale.groupSeparator() if grouped else "",
        zero=locale.zeroDigit(),
        minus=locale.negativeSign(),
        percent_sign=locale.percent(),
        # Spanish and Italian group from five digits on ('1234', '12.345'); QLocale has no getter for it.
        min_group=1 if locale.groupSeparator() in locale.toString(1234) else 2,
        date_pattern=locale.dateFormat(short),
        time_pattern=locale.timeFormat(short),
        am=locale.amText(),
        pm=locale.pmText(),
    )


def window_numbers() -> NumberFormat:
    """The numbers of the window's locale (``use_window_locale`` sets it at start)."""
    return _window
