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
    if type(v) is str and v.isdigit() and v.isascii() and len(v) <= 18:  # "300", as the Decimal way below
        return int(v)
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
    for cell in cells:
        text = clean_text(cell)  # the first cell's text once, not twice (is_blank, then header_key): every row
        if text:
            return text.replace(" ", "").casefold().rstrip(":：") in _TOTALS
    return True


# --- units decided per column --------------------------------------------------------------------
# A unit belongs to a column, never to a value: a 投诉率(%) column holding 0.3 means 0.3 %, however
# small the number. Deciding value by value turned 0.3 % into 30 % and capped agents' grades.

POINTS, FRACTION = "points", "fraction"
_PERCENT_HEADER = re.compile(r"%|百分比|百分点|percent|pct", re.IGNORECASE)
_BRACKETED = re.compile(r"[(\[【〔<《]([^()\[\]【】〔〕<>《》]*)[)\]】〕>》]")


def header_units(header: object) -> str:
    """The unit words of a header: what its brackets say, plus its trailing word (平均处理时长秒)."""
    text = unicodedata.normalize("NFKC", clean_text(header)).casefold().replace(" ", "")
    return " ".join(_BRACKETED.findall(text)) + " " + _BRACKETED.sub("", text)


def percent_unit(header: object, values: list[object]) -> str:
    """POINTS or FRACTION for a whole column. `(%)`, `%` or `百分比` in the header: points. Otherwise a bare
    column is fractions only when every number in it is at most 1 (0.95, 0.87); one value above 1 (95)
    makes the whole column points. Text with a % sign is points whatever the column says."""
    if _PERCENT_HEADER.search(unicodedata.normalize("NFKC", clean_text(header))):
        return POINTS
    seen: set[tuple[type, object]] = set()  # a month's column repeats its values: each distinct one once
    for v in values:
        try:
            key = (v.__class__, v)
            if key in seen:
                continue  # the same type and value: the same x, which cannot change the answer
            seen.add(key)
        except TypeError:  # unhashable: looked at on its own
            pass
        if isinstance(v, bool):
            continue
        if isinstance(v, int | float):
            x = float(v)
        elif isinstance(v, str) and _NUMBER.fullmatch(s := v.strip() if type(v) is str and v.isascii() and
                                                      v.isprintable() and "  " not in v else clean_text(v)):
            x = float(s.replace(",", ""))  # (the first `s`: clean_text's own fast path, without the call)
        else:
            continue
        if math.isfinite(x) and x > 1:
            return POINTS
    return FRACTION


def parse_rate(v: object, unit: str) -> float:
    """A fraction (0.003 for 0.3 %) from a cell of a column whose unit `percent_unit` decided. Values over
    100 % are returned as they are (the caller flags them as implausible); negative ones are errors."""
    if type(v) is str and v.isascii():  # "95%", "0.85", "95": the common cells, without Decimal
        fast = _plain_rate(v, unit)
        if fast is not None:
            return fast
    s = clean_text(v) if isinstance(v, str) else None
    if s is not None and s.endswith("%"):
        body = s[:-1].strip()
        if not body:
            raise CellError("bad_percent", v)
        x, unit = Decimal(_number_text(body, "bad_percent")), POINTS
    elif s is not None:
        x = Decimal(_number_text(v, "bad_percent"))
    else:
        x = Decimal(repr(_real(v, "bad_percent")))
    if x < 0 or not x.is_finite():
        raise CellError("bad_percent", v)
    return float(x / 100 if unit == POINTS else x)


_PLAIN_DECIMAL = re.compile(r"\d{1,15}(?:\.\d{1,15})?")


def _plain_rate(v: str, unit: str) -> float | None:
    """`parse_rate` of plain digits, with or without a % sign, or None to take the general way. The values are
    the same: a decimal string converts to the nearest float either way (Decimal first or not), and an integer
    of up to 15 digits divided by 100 is correctly rounded by float division as by Decimal."""
    if v.endswith("%"):
        body = v[:-1]
        return int(body) / 100 if body.isdigit() and len(body) <= 15 else None
    if not _PLAIN_DECIMAL.fullmatch(v):
        return None
    if unit != POINTS:
        return float(v)
    return int(v) / 100 if v.isdigit() else None


def duration_factor(header: object) -> float:
    """Seconds per plain number in a duration column: `秒`/`(s)` → 1, `分`/`(min)` → 60, `小时`/`(h)` → 3600.
    Text such as 03:25 or 1:02:03 or 3分25秒 carries its own unit and ignores this."""
    units = header_units(header)
    bracketed = units.split(" ")[0]
    if re.search(r"小时|hours?|hrs?|^h$", bracketed) or units.endswith("小时"):
        return 3600.0
    if re.search(r"分钟|^分$|mins?|minutes?|^m$", bracketed) or units.endswith(("分钟", "(分)")):
        return 60.0
    return 1.0


def parse_duration_in(v: object, factor: float) -> float:
    """Seconds from a cell of a duration column: plain numbers scaled by the column's `factor`."""
    if type(v) is str and v.isascii() and ":" in v and (m := _MS.fullmatch(v)):  # "3:25", most AHT cells
        return int(m.group(1)) * 60 + float(m.group(2))
    if isinstance(v, str):
        s = clean_text(v).replace(" ", "")
        if s and _NUMBER.fullmatch(s):
            return parse_duration_seconds(s) * factor
        return parse_duration_seconds(v)
    if isinstance(v, int | float) and not isinstance(v, bool):
        return parse_duration_seconds(v) * factor
    return parse_duration_seconds(v)


# --- phones ---------------------------------------------------------------------------------------
_PHONE_DRESSING = re.compile(r"[\s\-–—.()/]")


def parse_phone(v: object) -> str:
    """The stored form of a phone number, "" for a blank cell.

    - A mainland mobile is stored as its 11 digits, 13800000001, whatever dressed it: +86, 0086, 86,
      spaces, dashes, dots, brackets, or an Excel number cell (13800000001.0).
    - A landline keeps its area code and is stored as 0AREA-NUMBER: 010-12345678, 0571-8888888
      (area codes starting 01/02 have three digits with the 0, the others four).
    Anything else raises CellError("bad_phone")."""
    if isinstance(v, bool):
        raise CellError("bad_phone", v)
    if isinstance(v, float):
        if not (math.isfinite(v) and v.is_integer()):
            raise CellError("bad_phone", v)
        v = int(v)
    text = clean_text(v)
    if not text:
        return ""
    digits = _PHONE_DRESSING.sub("", text)
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("86"):
            raise CellError("bad_phone", v)
        digits = digits[2:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isascii() or not digits.isdigit():
        raise CellError("bad_phone", v)
    if re.fullmatch(r"1[3-9]\d{9}", digits):
        return digits
    if not digits.startswith(("0", "1")) and len(digits) in (9, 10, 11):
        digits = "0" + digits  # +86 571 88888888: the international form drops the area code's 0
    if digits.startswith("01") or digits.startswith("02"):
        area, number = digits[:3], digits[3:]
    elif digits.startswith("0"):
        area, number = digits[:4], digits[4:]
    elif digits.startswith("1") and len(digits) in (9, 10):  # +86 10 12345678 (Beijing)
        area, number = "0" + digits[:2], digits[2:]
    else:
        raise CellError("bad_phone", v)
    if not 7 <= len(number) <= 8 or number.startswith("0"):
        raise CellError("bad_phone", v)
    return f"{area}-{number}"


# --- headers by meaning ---------------------------------------------------------------------------
_PREFIXES = ("所属", "所在", "员工", "人员", "坐席", "客服", "职员", "本人")
_SUFFIXES = ("名称", "编号", "日期", "时间", "信息", "号码")


def header_core(v: object) -> str:
    """A header reduced to its meaning: NFKC, no spaces, no bracketed units (平均处理时长(秒)), no trailing
    % or colon, case-folded."""
    text = unicodedata.normalize("NFKC", clean_text(v)).casefold().replace(" ", "")
    bare = _BRACKETED.sub("", text)
    # 【手机号码】 is all bracket: then the brackets are decoration, not a unit
    text = bare if bare.strip("%:：*") else _BRACKETED.sub(lambda m: m.group(1), text)
    return text.strip("%:：*")


def header_variants(v: object) -> list[str]:
    """The header core, then with a usual prefix or suffix stripped (所属班组 → 班组; 入职时间 → 入职), then
    both; a strip that would leave nothing is not made."""
    core = header_core(v)
    out = [core]
    pre = next((core[len(p):] for p in _PREFIXES if core.startswith(p) and len(core) > len(p)), None)
    suf = next((core[:-len(s)] for s in _SUFFIXES if core.endswith(s) and len(core) > len(s)), None)
    for variant in (pre, suf):
        if variant:
            out.append(variant)
    if pre:
        both = next((pre[:-len(s)] for s in _SUFFIXES if pre.endswith(s) and len(pre) > len(s)), None)
        if both:
            out.append(both)
    return list(dict.fromkeys(out))


class HeaderMatcher:
    """Which field a header names, from a synonym table {field: (synonym, …)}."""

    def __init__(self, synonyms: dict[str, tuple[str, ...]]) -> None:
        self.exact: dict[str, str] = {}
        self.loose: dict[str, str] = {}
        for name, words in synonyms.items():
            for word in words:
                self.exact.setdefault(header_core(word), name)
        for name, words in synonyms.items():
            for word in words:
                for variant in header_variants(word)[1:]:
                    self.loose.setdefault(variant, name)

    def field(self, header: object) -> str | None:
        variants = header_variants(header)
        if not variants[0]:
            return None
        for variant in variants:
            if variant in self.exact:
                return self.exact[variant]
        return next((self.loose[v] for v in variants if v in self.loose), None)

    def score(self, row: list[object]) -> int:
        return len({f for f in map(self.field, row) if f})


def pick_header_row(rows: list[list[object]], matcher: HeaderMatcher, *, scan: int = 30,
                    extra: dict[str, str] | None = None) -> int | None:
    """The row (within the first `scan`) that names the most distinct fields, at least two; `extra` are
    header texts the supervisor mapped before."""
    extra = extra or {}
    best, best_score = None, 1
    for i, row in enumerate(rows[:scan]):
        names = {matcher.field(c) for c in row} | {extra[t] for t in map(clean_text, row) if extra.get(t)}
        score = len(names - {None})
        if score > best_score:
            best, best_score = i, score
    return best


def short(value: object, limit: int = 40) -> str:
    """At most `limit` characters of a value for a message: a 1 MB cell is not repeated in every error."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[:limit] + f"…(+{len(text) - limit})"
