"""Numbers, dates and times as a person reads them in one locale: '41,2 ms' in German, '1 234,5' in French (a narrow
no-break space groups the thousands), '٤١٫٢' in Arabic, '1,234.5' in English.

Qt-free: the window builds its ``NumberFormat`` from QLocale (``app/locale_format.py``) and hands it to what it
shows and to the files it writes for a person (the session report, the chat export); everything else uses
``C_NUMBERS`` (a '.' decimal point, no grouping, ISO dates), so the CLI, its JSON and the files tools read stay the
same in every locale.

Dates and times are written with Qt's pattern letters (``QLocale.dateFormat``: 'dd.MM.yyyy', 'h:mm AP'), of which
the short formats use: d dd M MM yy yyyy H HH h hh m mm s ss, AP A ap a Ap and 'quoted text'.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"'(?:[^']|'')*'|yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|AP|Ap|aP|ap|A|a")


@dataclass(frozen=True)
class NumberFormat:
    """How one locale writes numbers and dates. ``group``: the thousands separator ('' for none); ``min_group``:
    the fewest digits before the first separator (2 in Spanish and Italian: '1234' but '12.345'); ``zero``: the
    locale's digit zero (its nine digits follow it: '٠' gives the Arabic-Indic digits); ``date_pattern`` and
    ``time_pattern`` in Qt's pattern letters."""

    decimal: str = "."
    group: str = ""
    zero: str = "0"
    minus: str = "-"
    percent_sign: str = "%"
    min_group: int = 1
    date_pattern: str = "yyyy-MM-dd"
    time_pattern: str = "HH:mm"
    am: str = "AM"
    pm: str = "PM"

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` rounded to ``decimals`` places: ``number(1234.5, 1)`` is '1.234,5' in German."""
        if not math.isfinite(value):
            return str(value)
        whole, _, fraction = f"{abs(value):.{max(0, decimals)}f}".partition(".")
        negative = value < 0 and (whole + fraction).strip("0") != ""  # rounded to zero: no '-0,0'
        if self.group and len(whole) >= 3 + self.min_group:
            head = len(whole) % 3 or 3
            whole = self.group.join([whole[:head], *(whole[i:i + 3] for i in range(head, len(whole), 3))])
        return (self.minus if negative else "") + self._digits(whole + (self.decimal + fraction if fraction else ""))

    def percent(self, value: float, decimals: int = 0) -> str:
        """``value`` (already in percent: 95 for 95 %) with the locale's percent sign: '95%', '٩٥٪'."""
        return self.number(value, decimals) + self.percent_sign

    def date(self, when: dt.date) -> str:
        """The day in the locale's short form with the full year: '02.12.2026', '12/2/2026', '2026/12/02'."""
        pattern = self.date_pattern if "yyyy" in self.date_pattern else self.date_pattern.replace("yy", "yyyy")
        return self._render(pattern, when)

    def time(self, when: dt.time | dt.datetime) -> str:
        """The time of day in the locale's short form: '09:05', '9:05 AM'."""
        return self._render(self.time_pattern, when)

    def date_time(self, when: dt.datetime) -> str:
        return f"{self.date(when)} {self.time(when)}"

    def _digits(self, text: str) -> str:
        if self.zero == "0":
            return text
        offset = ord(self.zero) - ord("0")
        return "".join(chr(ord(c) + offset) if "0" <= c <= "9" else c for c in text)

    def _render(self, pattern: str, when: dt.date | dt.time | dt.datetime) -> str:
        def field(token: str) -> str:
            if token.startswith("'"):
                return token[1:-1].replace("''", "'") if len(token) > 2 else "'"
            hour = getattr(when, "hour", 0)
            values = {
                "yyyy": f"{getattr(when, 'year', 0):04d}", "yy": f"{getattr(when, 'year', 0) % 100:02d}",
                "MM": f"{getattr(when, 'month', 0):02d}", "M": str(getattr(when, "month", 0)),
                "dd": f"{getattr(when, 'day', 0):02d}", "d": str(getattr(when, "day", 0)),
                "HH": f"{hour:02d}", "H": str(hour),
                "hh": f"{hour % 12 or 12:02d}", "h": str(hour % 12 or 12),
                "mm": f"{getattr(when, 'minute', 0):02d}", "m": str(getattr(when, "minute", 0)),
                "ss": f"{getattr(when, 'second', 0):02d}", "s": str(getattr(when, "second", 0)),
            }
            if token in values:
                return self._digits(values[token])
            marker = self.am if hour < 12 else self.pm  # AP, A: upper case; ap, a: lower; Ap, aP: as the locale has it
            return marker.upper() if token in ("AP", "A") else marker.lower() if token in ("ap", "a") else marker

        return _PATTERN.sub(lambda match: field(match.group()), pattern)


# The default everywhere: what the CLI prints and the files tools read, the same in every locale.
C_NUMBERS = NumberFormat()
