"""Pure parsers for the messy cell values that HQ and call-center platforms send.

Each parser returns the value or raises `CellError(code, value)` with a stable code:
blank, not_a_number, not_an_integer, bad_date, bad_percent, bad_duration, bad_bool.
`parse_date` and `parse_bool` return None for a blank cell; the numeric parsers raise `blank`, so a
missing KPI figure is never read as zero or slipped through as None (use `is_blank` for optional ones).
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

_INVISIBLE = {0xAD, 0x200B, 0x200C, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_CLEAN = (  # one str.translate: full-width ASCII to half-width; control and invisible characters dropped
    {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    | {c: None for c in _INVISIBLE}
    | {c: None for c in range(0xA0) if unicodedata.category(chr(c)) == "Cc" and not chr(c).isspace()})
_TOTALS = {"合计", "总计", "小计", "total", "subtotal", "grandtotal"}
_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "t"}
_FALSE = {"否", "n", "no", "false", "0", "×", "✗", "✘", "f"}
_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:\s*[T ]\s*\d{1,2}(?::\d{1,2}){1,2}(?:\.\d+)?)?")
_HMS = re.compile(r"(\d+):([0-5]?\d):([0-5]?\d(?:\.\d+)?)")
_MS = re.compile(r"(\d+):([0-5]?\d(?:\.\d+)?)")
_CN_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)(?:小时|时|h|hr))?(?:(\d+(?:\.\d+)?)(?:分钟|分|m|min))?"
                          r"(?:(\d+(?:\.\d+)?)(?:秒钟|秒|s|sec))?")
_EXCEL_1900, _EXCEL_1904 = date(1899, 12, 30), date(1904, 1, 1)
_MAX_SERIAL = 2958465  # 9999-12-31 in the 1900 system


class CellError(ValueError):
    def __init__(self, code: str, value: object) -> None:
        self.code, self.value = code, "" if value is None else str(value)
        super().__init__(f"{code}: {self.value!r}")


def clean_text(v: object) -> str:
    """Text as a person would type it: half-width ASCII, single spaces, no control characters."""
    if v is None:
        return ""
    # Fast path for what most cells are (numbers and codes as plain ASCII): the translate/split below
    # cannot change such a string beyond trimming it. Half the cost of a 60k-row KPI import.
    if type(v) is str and v.isascii() and v.isprintable() and "  " not in v:
        return v.strip()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time() else v.isoformat(sep=" ")
    if isinstance(v, date | time):
        return v.isoformat()
    return " ".join(str(v).translate(_CLEAN).split())  # split(): every Unicode space, U+3000 and NBSP too


def is_blank(v: object) -> bool:
    return clean_text(v) == ""


def header_key(v: object) -> str:
    """How a header cell is compared: clean_text, no spaces at all ("姓  名"), case-folded."""
    return clean_text(v).replace(" ", "").casefold()


def _number_text(v: object, code: str) -> str:
    s = clean_text(v)
    if s == "":
        raise CellError("blank", v)
    if not _NUMBER.fullmatch(s):
        raise CellError(code, v)
    return s.replace(",", "")


def _real(v: object, code: str) -> float:
    if isinstance(v, bool):
        raise CellError(code, v)
    if isinstance(v, int | float):
        if not math.isfinite(v):
            raise CellError(code, v)
        return float(v)
    return float(_number_text(v, code))


def parse_float(v: object) -> float:
    return _real(v, "not_a_number")


def parse_int(v: object) -> int:
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    if isinstance(v, str | None):
        s = _number_text(v, "not_a_number")
        d = Decimal(s)
        if d != d.to_integral_value():
            raise CellError("not_an_integer", v)
        return int(d)
    x = _real(v, "not_a_number")
    if not x.is_integer():
        raise CellError("not_an_integer", v)
    return int(x)


def parse_percent(v: object) -> float:
    """A fraction 0..1. Numbers above 1 are percent points (95 → 0.95); "95.2%" → 0.952."""
    s = clean_text(v) if isinstance(v, str) else None
    if s is not None and s.endswith("%"):
        if not s[:-1].strip():
            raise CellError("bad_percent", v)
        points = Decimal(_number_text(s[:-1].strip(), "bad_percent"))
        if not 0 <= points <= 100:
            raise CellError("bad_percent", v)
        return float(points / 100)
    x = Decimal(_number_text(v, "bad_percent")) if s is not None else Decimal(repr(_real(v, "bad_percent")))
    if not 0 <= x <= 100:
        raise CellError("bad_percent", v)
    return float(x / 100 if x > 1 else x)


def _serial_to_date(serial: float, epoch1904: bool, v: object) -> date:
    if not math.isfinite(serial):
        raise CellError("bad_date", v)
    days = math.floor(serial)
    if epoch1904:
        if not 0 <= days <= _MAX_SERIAL - 1462:
            raise CellError("bad_date", v)
        return _EXCEL_1904 + timedelta(days=days)
    if not 1 <= days <= _MAX_SERIAL or days == 60:  # 60 is 1900-02-29, which never existed (Lotus bug)
        raise CellError("bad_date", v)
    return _EXCEL_1900 + timedelta(days=days if days > 60 else days + 1)


def parse_date(v: object, *, epoch1904: bool = False) -> date | None:
    """A date from a date cell, an Excel serial number, or text in the usual Chinese/ISO forms."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, bool | time | timedelta):
        raise CellError("bad_date", v)
    if isinstance(v, int | float):
        return _serial_to_date(float(v), epoch1904, v)
    s = clean_text(v)
    if s == "":
        return None
    m = _DATE.fullmatch(s)
    if m is None and re.fullmatch(r"\d{8}", s):
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m is None:
        raise CellError("bad_date", v)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:  # 2026-02-30
        raise CellError("bad_date", v) from exc


def parse_duration_seconds(v: object) -> float:
    """Seconds from a number (seconds), a time/duration cell, "mm:ss", "hh:mm:ss", "1分30秒", "90秒"."""
    if isinstance(v, timedelta):
        seconds = v.total_seconds()
    elif isinstance(v, datetime):  # an Excel time of a day or more shown as h:mm:ss: days since the epoch
        base = next((b for b in (datetime(1899, 12, 31), datetime(1904, 1, 1))
                     if b <= v < b + timedelta(days=60)), None)
        if base is None:
            raise CellError("bad_duration", v)
        seconds = (v - base).total_seconds()
    elif isinstance(v, time):
        seconds = v.hour * 3600 + v.minute * 60 + v.second + v.microsecond / 1e6
    elif isinstance(v, str):
        s = clean_text(v).replace(" ", "")
        if s == "":
            raise CellError("blank", v)
        if m := _HMS.fullmatch(s):
            seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
        elif m := _MS.fullmatch(s):
            seconds = int(m.group(1)) * 60 + float(m.group(2))
        elif (m := _CN_DURATION.fullmatch(s.lower())) and any(m.groups()):
            h, mi, se = (float(g) if g else 0.0 for g in m.groups())
            seconds = h * 3600 + mi * 60 + se
        else:
            seconds = _real(s, "bad_duration")
    else:
        seconds = _real(v, "bad_duration")
    if seconds < 0 or not math.isfinite(seconds):
        raise CellError("bad_duration", v)
    return seconds


def parse_bool(v: object) -> bool | None:
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float) and v in (0, 1):
        return bool(v)
    s = clean_text(v).casefold()
    if s == "":
        return None
    if s in _TRUE or s in _FALSE:
        return s in _TRUE
    raise CellError("bad_bool", v)


def find_header_row(rows: list[list[object]], known_headers: set[str], *, scan: int = 20) -> int | None:
    """Index of the row (within the first `scan`) matching the most known headers, at least 2."""
    known = {header_key(h) for h in known_headers}
    best, best_hits = None, 1
    for i, row in enumerate(rows[:scan]):
        hits = len({k for k in map(header_key, row) if k in known})
        if hits > best_hits:
            best, best_hits = i, hits
    return best


def merge_two_level_header(upper: list[object], lower: list[object]) -> list[str]:
    """One name per column of a two-row header: the lower cell, else the upper one carried rightwards
    across its merged span (merged cells read as blank after the first)."""
    names, carried = [], ""
    for i in range(max(len(upper), len(lower))):
        top = clean_text(upper[i]) if i < len(upper) else ""
        carried = top or carried
        bottom = clean_text(lower[i]) if i < len(lower) else ""
        names.append(bottom or carried)
    return names


def is_blank_or_total_row(cells: list[object]) -> bool:
    first = next((header_key(c) for c in cells if not is_blank(c)), None)
    return first is None or first.rstrip(":：") in _TOTALS
