"""Delimited text (.csv, .txt): the encoding detected with confidence (or the user's), the delimiter detected
(comma, tab, semicolon, bar), decoded and split as it streams, under the same limits as a workbook.

Encodings read without asking: UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one
(Excel's "Unicode 文本" is UTF-16 + tabs, named .txt), and the GB family (GBK, GB2312, read as GB18030, their
superset). Anything else — Shift-JIS, Big5, a guess charset-normalizer is unsure of, text that decodes as
GB18030 into rare characters — is refused as "unknown_encoding" with a garbled sample, so that 山田太郎 in
Shift-JIS never lands in the roster as 嶳揷懢榊; the user can then name the encoding.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from pathlib import Path

from persistence import tabular as limits
from persistence.import_errors import UnreadableFile
from persistence.xlsx_scan import Budget

SAMPLE_BYTES = 64 * 1024  # what the encoding and the delimiter are judged on
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_GB_FAMILY = {"gb18030", "gbk", "gb2312", "hz"}
# Korean and Japanese double-byte text also decodes as GB18030 into common hanzi (EUC-KR's Hangul sits where
# GB2312 keeps its hanzi); when the detector's best guess is one of these, the Chinese reading is not trusted.
_OTHER_CJK = {"cp949", "euc_kr", "johab", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis", "cp932",
              "shift_jis_2004", "shift_jisx0213", "big5", "big5hkscs", "cp950", "iso2022_jp", "iso2022_kr"}
MIN_COMMON_HANZI = 0.8  # share of CJK characters in GB2312's 6,763 common ones for a GB reading to be trusted


def read_text(path: Path, size: int, encoding: str | None, budget: Budget, max_cells: int):  # -> Sheet
    from persistence.tabular import Sheet, _trim

    if size > limits.MAX_FILE_TEXT_BYTES:
        raise UnreadableFile("too_large", f"{size} bytes")
    with path.open("rb") as fh:
        sample = fh.read(SAMPLE_BYTES)
    if sample.startswith((limits.ZIP_MAGIC, limits.OLE_MAGIC)):
        raise UnreadableFile("not_text", "a workbook or other binary file with a text extension")
    enc = _user_encoding(encoding) if encoding else detect_encoding(sample, complete=size <= SAMPLE_BYTES)
    delimiter = _sniff_delimiter(sample.decode(enc, "ignore").replace("\x00", ""))
    try:
        rows, width = _parse(path, enc, delimiter, budget, max_cells, strict=True)
    except _Lenient:  # a stray character after a closing quote: read as Excel does, without the strict rule
        rows, width = _parse(path, enc, delimiter, budget, max_cells, strict=False)
    _trim(rows)
    for row in rows:
        row.extend([None] * (width - len(row)))
    return Sheet(path.stem, rows)


class _Lenient(Exception):
    pass


def _lines(path: Path, enc: str, counter: list[int]):
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=enc, errors="strict", newline="") as text:
        try:
            for line in text:
                counter[0] += 1
                yield line.replace("\x00", "") if "\x00" in line else line
        except UnicodeDecodeError as exc:
            raise UnreadableFile("unknown_encoding",
                                 f"line {counter[0] + 1}: not valid {enc} ({exc.reason})") from exc


def _parse(path: Path, enc: str, delimiter: str, budget: Budget, max_cells: int,
           *, strict: bool) -> tuple[list[list[object]], int]:
    lines = [0]
    reader = csv.reader(_lines(path, enc, lines), delimiter=delimiter, strict=strict)
    rows: list[list[object]] = []
    width = 0
    start = 1
    try:
        for record in reader:
            width = max(width, len(record))
            longest = max(map(len, record), default=0)
            if longest > budget.max_cell_chars:
                col = next(i for i, v in enumerate(record, 1) if len(v) == longest)
                raise UnreadableFile("cell_too_long",
                                     f"row {len(rows) + 1} column {col} (line {start}): {longest} characters")
            budget.spend(sum(map(len, record)), path.name)
            rows.append([v if v != "" else None for v in record])
            if len(rows) > budget.max_rows or width > budget.max_cols or len(rows) * width > max_cells:
                budget.check_shape(path.name, len(rows), width)
                raise UnreadableFile("too_many_cells", f"{len(rows)} rows x {width} columns")
            start = lines[0] + 1
    except csv.Error as exc:
        message = str(exc)
        if "expected after" in message:
            raise _Lenient from exc
        if "unexpected end of data" in message or (
                "field limit" in message and _quote_left_open(path, enc, start)):
            raise UnreadableFile("unclosed_quote", f"row {len(rows) + 1}, line {start}: a quote opened here "
                                                   "is never closed") from exc
        if "field limit" in message:
            raise UnreadableFile("cell_too_long", f"row {len(rows) + 1} (line {start}): more than "
                                                  f"{csv.field_size_limit()} characters") from exc
        raise UnreadableFile("corrupt", f"line {lines[0]}: {message}") from exc
    return rows, width


def _quote_left_open(path: Path, enc: str, start: int) -> bool:
    """Whether the quotes from line `start` to the end of the file do not pair up."""
    quotes = 0
    for number, line in enumerate(_lines(path, enc, [0]), 1):
        if number >= start:
            quotes += line.count('"')
    return quotes % 2 == 1


def _user_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise UnreadableFile("unknown_encoding", f"no encoding called {name[:40]}") from exc


def detect_encoding(sample: bytes, *, complete: bool) -> str:
    """The codec to read the file with, or `UnreadableFile("unknown_encoding", garbled sample)`."""
    for bom, enc in _BOMS:
        if sample.startswith(bom):
            return enc
    head = sample[:4096]
    if head.count(0) * 4 >= len(head):  # UTF-16 without a BOM: a NUL in every other byte
        return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"
    with contextlib.suppress(UnicodeDecodeError):  # a character cut at the very end is a truncated UTF-8 file
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    text = sample.decode("utf-8", "replace")
    if text.count("\ufffd") * 50 < sum(ch > "\x7f" for ch in text):  # UTF-8 with a few stray bytes
        line = text.count("\n", 0, text.index("\ufffd")) + 1
        raise UnreadableFile("unknown_encoding", f"UTF-8 except at line {line}: {text.splitlines()[line - 1][:40]}")
    if not complete and b"\n" in sample:  # judge whole lines, not a character cut in half
        sample = sample[:sample.rindex(b"\n") + 1]
    import charset_normalizer

    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    other_cjk = best is not None and _codec(best.encoding) in _OTHER_CJK
    if not other_cjk and _reads_as_chinese(sample):
        return "gb18030"
    gb = next((m for m in matches if _codec(m.encoding) in _GB_FAMILY), None)
    if gb is not None and (gb is best or gb.chaos <= 0.05) and _common_hanzi_share(sample) >= MIN_COMMON_HANZI:
        return "gb18030"
    guess = best.encoding if best is not None else "?"
    raise UnreadableFile("unknown_encoding", f"detected {guess}; as GBK it reads: {garbled_sample(sample)}")


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _reads_as_chinese(sample: bytes) -> bool:
    """GB18030 that decodes without an error into text whose non-ASCII characters are nearly all Chinese —
    common hanzi and Chinese punctuation. charset-normalizer ranks such a file by how "chaotic" it looks, and
    thousands of two- and three-character names next to digits look chaotic: a real 5,000-row GBK KPI export
    ranked ISO-8859-5 first (0.094 against GB18030's 0.096) and was refused. Shift-JIS, Big5 and EUC-KR read as
    GB18030 give rare hanzi, kana, Cyrillic or box-drawing symbols instead, and still fall through to the
    checks below."""
    try:
        text = sample.decode("gb18030")
    except UnicodeDecodeError:
        return False
    wide = [ch for ch in text if ch > "\x7f"]
    if len(wide) < 8:  # too little to judge by; the detector below decides
        return False
    chinese = sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                  or "\uff00" <= ch <= "\uffef")
    return chinese >= 0.95 * len(wide) and _common_hanzi_share(sample) >= 0.95


def _common_hanzi_share(sample: bytes) -> float:
    """Of the CJK characters the bytes give as GB18030, the share among GB2312's common ones. Text in
    another encoding read as GB18030 gives mostly rare characters (山田太郎 in Shift-JIS → 嶳揷懢榊)."""
    text = sample.decode("gb18030", "replace")
    hanzi = [ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"]
    if not hanzi:
        return 1.0 if "\ufffd" not in text else 0.0
    common = 0
    for ch in hanzi:
        with contextlib.suppress(UnicodeEncodeError):
            ch.encode("gb2312")
            common += 1
    return common / len(hanzi)


def garbled_sample(sample: bytes, length: int = 40) -> str:
    """The first line with non-ASCII bytes, read as GB18030: what the user would have got."""
    line = next((ln for ln in sample.splitlines() if any(b > 127 for b in ln)), sample[:length * 2])
    return line.decode("gb18030", "replace")[:length]


def _sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    with contextlib.suppress(csv.Error):
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        if delimiter in sample:
            return delimiter
    # Sniffer gave up (a title line, one column): the delimiter that gives most lines one field count.
    lines = [line for line in sample.splitlines()[:50] if line.strip()]

    def agreeing(d: str) -> int:
        counts = [line.count(d) for line in lines if d in line]
        return max((counts.count(c) for c in counts), default=0)

    best = max(",\t;|", key=agreeing)
    return best if agreeing(best) else ","
