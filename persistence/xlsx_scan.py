"""Streaming checks on a workbook's XML parts, run before calamine sees them: the real extent of the data
(calamine allocates a dense grid up to the farthest cell with a value), the cell text it would decode
(shared strings counted at every cell that uses them), cells longer than Excel allows, formulas without
cached values, error cells, UTF-16 parts and DTDs. Nothing here builds a cell."""

from __future__ import annotations

import html
import re
import zipfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from persistence.import_errors import UnreadableFile

XML_HEAD, CHUNK = 64 * 1024, 1024 * 1024  # bytes read to find a part's root; streaming chunk

_PROLOG = re.compile(rb"(?:\s|\xef\xbb\xbf|<\?.*?\?>|<!--.*?-->)*(?:<([A-Za-z_][\w.:-]*))?", re.S)


def _is_utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] in (b"<\x00?\x00", b"\x00<\x00?")


def _xml_root(head: bytes, name: str, *, complete: bool) -> bytes | None:
    """Refuse DTDs (the only place entities are declared); return the root element's local name."""
    if _is_utf16(head):
        enc = "utf-16-le" if head[:1] in (b"\xff", b"<") else "utf-16-be"
        head = head.decode(enc, "ignore").encode("utf-8")
    low = head.lower()
    if b"<!doctype" in low or b"<!entity" in low:
        raise UnreadableFile("bad_xml", f"{name}: DTD or entity declaration")
    m = _PROLOG.match(head)
    assert m is not None  # every part of the pattern is optional: it matches at the start of any text
    if m.group(1):
        return m.group(1).rsplit(b":", 1)[-1].lower()
    if not complete and (m.end() == len(head) or head.startswith((b"<?", b"<!--"), m.end())):
        raise UnreadableFile("bad_xml", f"{name}: XML prolog longer than {XML_HEAD} bytes")
    return None


_P = rb"<(?:[A-Za-z_][\w.-]*:)?"  # an element start, any namespace prefix
_E = rb"</(?:[A-Za-z_][\w.-]*:)?"  # an element end
_C_OPEN = re.compile(_P + rb"c(?=[\s/>])")
_SI_OPEN = re.compile(_P + rb"si(?=[\s/>])")
_C_REF = re.compile(_P + rb"c(?=[\s/>])(?:\s[^>]*?(?<=\s)r\s*=\s*[\"']([A-Za-z]+)(\d+))?")
_C_END = re.compile(_E + rb"c>")
_F_ELEMENT = rb"(?:" + _P + rb"f(?:\s[^>]*)?/>\s*|" + _P + rb"f(?:\s[^>]*)?>[^<]*" + _E + rb"f>\s*)?"
_F_NO_VALUE = re.compile(rb"(?:" + _E + rb"f>|" + _P + rb"f(?:\s[^>]*)?/>)\s*("
                         + _P + rb"v\s*/>|" + _P + rb"v(?:\s[^>]*)?>\s*" + _E + rb"v>|" + _E + rb"c>)")
_F_TEXT = re.compile(_P + rb"f(?:\s[^>]*)?>.*?" + _E + rb"f>", re.S)
_E_CELL = re.compile(_P + rb"c\s[^>]*?(?<=\s)t\s*=\s*[\"']e[\"'][^>]*>")
_V_TEXT = re.compile(_P + rb"v(?:\s[^>]*)?>([^<]{0,64})<")
_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c|v|is)(?=[\s/>])([^>]*)>")
_TAGS = re.compile(rb"<[^>]*>")
_RPH = re.compile(_P + rb"rPh[\s>].*?" + _E + rb"rPh>", re.S)  # phonetic runs: not part of the value
_TEXT_RUN = re.compile(rb">\s*([^<\s][^<]*)<")
_ATTR_R = re.compile(rb"(?<=\s)r\s*=\s*[\"']([^\"']*)[\"']")
_ATTR_T = re.compile(rb"(?<=\s)t\s*=\s*[\"']([^\"']*)[\"']")
_REF = re.compile(rb"([A-Za-z]+)(\d+)$")
_S_ANY = re.compile(_P + rb"c\s[^>]*?(?<=\s)t\s*=\s*[\"']s[\"']")
_S_CELL = re.compile(_P + rb"c\s[^>]*?(?<=\s)t\s*=\s*[\"']s[\"'][^>]*(?<!/)>\s*" + _F_ELEMENT
                     + _P + rb"v(?:\s[^>]*)?>\s*(\d{1,9})\s*" + _E + rb"v>")
_VALUED_REF = re.compile(_P + rb"c\s[^>]*?(?<=\s)r\s*=\s*[\"']([A-Za-z]+)(\d+)[\"'][^>]*(?<!/)>\s*" + _F_ELEMENT
                         + rb"(?:" + _P + rb"v(?:\s[^>]*)?>\s*[^<\s]|" + _P + rb"is[\s>])")


@dataclass
class Budget:
    """What one file may cost, shared by all of its parts while they stream."""
    max_rows: int
    max_cols: int
    max_cell_chars: int
    max_text_bytes: int
    text_bytes: int = 0

    def spend(self, n: int, where: str) -> None:
        self.text_bytes += n
        if self.text_bytes > self.max_text_bytes:
            raise UnreadableFile("too_much_text", f"{where}: more than {self.max_text_bytes} bytes of cell text")

    def check_shape(self, where: str, rows: int, cols: int) -> None:
        if rows > self.max_rows:
            raise UnreadableFile("too_many_rows", f"{where}: {rows} > {self.max_rows}")
        if cols > self.max_cols:
            raise UnreadableFile("too_many_columns", f"{where}: {cols} > {self.max_cols}")


def _last_start(buf: bytes | bytearray, end: int, start: int = 0, opener: re.Pattern[bytes] = _C_OPEN) -> int:
    """Where the last element matched by `opener` before `end` starts, or -1."""
    pos = end
    while (pos := buf.rfind(b"<", start, pos)) >= 0:
        if opener.match(buf, pos):
            return pos
    return -1


def _regions(fh: IO[bytes], head: bytes, opener: re.Pattern[bytes] = _C_OPEN) -> Iterator[bytes]:
    """Runs of complete elements (cells, or shared strings): each buffer is cut before its last start."""
    pending, chunk = bytearray(), head
    while chunk:
        start = max(0, len(pending) - 16)
        pending += chunk  # amortised, so one huge cell does not make this quadratic
        if (cut := _last_start(pending, len(pending), start, opener)) > 0:
            yield bytes(pending[:cut])
            del pending[:cut]
        chunk = fh.read(CHUNK)
    yield bytes(pending)


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters.upper()[:8]:  # XFD is the last column; longer letter runs are already far beyond it
        n = n * 26 + ch - 64
    return n


def _decoded_chars(xml: bytes) -> int:
    """Characters of value text in a piece of cell or shared-string XML (formulas and phonetics left out)."""
    text = _TAGS.sub(b"", _RPH.sub(b"", _F_TEXT.sub(b"", xml))).decode("utf-8", "replace")
    return len(html.unescape(text) if "&" in text else text)


def shared_string_lengths(fh: IO[bytes], head: bytes, name: str, budget: Budget) -> array[int]:
    """UTF-8 bytes of text of every shared string, in order; one longer than a cell may hold is refused."""
    lengths = array("L")
    for region in _regions(fh, head, _SI_OPEN):
        for item in _SI_OPEN.split(region)[1:]:  # [0] is the prolog, or empty: regions start at an <si>
            n = len(_TAGS.sub(b"", _RPH.sub(b"", item) if b"rPh" in item else item))
            if n > budget.max_cell_chars and (chars := _decoded_chars(item)) > budget.max_cell_chars:
                raise UnreadableFile("cell_too_long", f"{name} #{len(lengths)}: {chars} characters")
            lengths.append(n)
    return lengths


class _SheetStats:
    """The extent and cost of one worksheet part's cells, found without building them."""

    def __init__(self, info: zipfile.ZipInfo) -> None:
        self.info = info
        self.root: bytes | None = None
        self.max_row = self.max_col = 0
        self.positional = self.is_exact = False  # positional: some <c> has no r="A1" reference
        self.formula_missing: str | None = None
        self.errors: dict[tuple[int, int], str] = {}

    def quick(self, fh: IO[bytes], head: bytes, budget: Budget | None = None,
              shared: array[int] | None = None) -> None:
        """An upper bound from every <c r=...> (valueless styled cells too); with a budget, the cell text
        (shared strings at every use), long cells, formulas without values and error cells as well."""
        where = self.info.filename
        shared_max = max(shared, default=0) if shared else 0
        for region in _regions(fh, head):
            refs = _C_REF.findall(region)
            if refs:
                cols, rows = (set(x) for x in zip(*refs, strict=True))
                self.positional |= b"" in cols
                region_col = max((_col_index(c) for c in cols if c), default=0)
                region_row = max((int(r) for r in rows if r), default=0)
                self.max_col, self.max_row = max(self.max_col, region_col), max(self.max_row, region_row)
                if budget and (region_row > budget.max_rows or region_col > budget.max_cols):
                    self._refuse_valued_beyond(region, budget)
            if budget is None:
                continue
            budget.spend(sum(map(len, _TEXT_RUN.findall(region))), where)
            if shared:
                indices = _S_CELL.findall(region)
                unplaced = len(_S_ANY.findall(region)) - len(indices)  # charged as the longest string
                try:
                    used = sum(map(shared.__getitem__, map(int, indices)))
                except IndexError:  # an index past the table: calamine refuses it; charge it the longest
                    used = sum(shared[i] if i < len(shared) else shared_max for i in map(int, indices))
                budget.spend(used + max(unplaced, 0) * shared_max, where)
            if len(region) > budget.max_cell_chars and max(map(len, region.split(b"<c"))) > budget.max_cell_chars:
                self._refuse_long_cells(region, budget)
            if not self.formula_missing and (b"<f" in region or b":f" in region):
                self._formulas(region)
            if b'"e"' in region or b"'e'" in region:
                self._errors(region)

    def _refuse_valued_beyond(self, region: bytes, budget: Budget) -> None:
        """Refuse as soon as a cell with a value lies past the limits (a 200,000-row sheet stops here)."""
        for m in _VALUED_REF.finditer(region):
            row, col = int(m.group(2)), _col_index(m.group(1))
            if row > budget.max_rows or col > budget.max_cols:
                budget.check_shape(self.info.filename, row, col)

    def _refuse_long_cells(self, region: bytes, budget: Budget) -> None:
        starts = [0, *(m.start() for m in _C_OPEN.finditer(region)), len(region)]
        for a, b in zip(starts, starts[1:], strict=False):
            if b - a > budget.max_cell_chars and (n := _decoded_chars(region[a:b])) > budget.max_cell_chars:
                ref = _ATTR_R.search(region, a, region.find(b">", a))
                cell = ref.group(1).decode("ascii", "replace") if ref else "?"
                raise UnreadableFile("cell_too_long", f"{self.info.filename} {cell}: {n} characters")

    def _formulas(self, region: bytes) -> None:
        for m in _F_NO_VALUE.finditer(region):
            cell = _last_start(region, m.start())
            tag = region[cell:region.find(b">", cell)] if cell >= 0 else b""
            t = _ATTR_T.search(tag)
            if not (t and t.group(1) == b"str" and not m.group(1).startswith(b"</")):  # "" is a value
                ref = _ATTR_R.search(tag)
                self.formula_missing = ref.group(1).decode() if ref else "?"
                return

    def _errors(self, region: bytes) -> None:
        for m in _E_CELL.finditer(region):
            r, end = _ATTR_R.search(m.group(0)), _C_END.search(region, m.end())
            ref = _REF.match(r.group(1)) if r else None
            v = _V_TEXT.search(region, m.end(), end.start() if end else len(region))
            if ref and v:
                self.errors[int(ref.group(2)), _col_index(ref.group(1))] = v.group(1).decode("utf-8", "replace")

    def exact(self, zf: zipfile.ZipFile, budget: Budget | None = None) -> None:
        """Walk the tags as calamine does: only cells with a value count; unreferenced cells follow on.
        With a budget, stop at the first valued cell past its limits."""
        self.is_exact, self.max_row, self.max_col = True, 0, 0
        row = col = 0
        cell: tuple[int, int] | None = None
        valued = False
        with zf.open(self.info) as fh:
            for region in _regions(fh, fh.read(CHUNK)):
                for m in _TAG.finditer(region):
                    close, tag, attrs = m.groups()
                    if tag == b"row" and not close:
                        r = _ATTR_R.search(attrs)
                        row, col = (int(r.group(1)) if r and r.group(1).isdigit() else row + 1), 0
                    elif tag == b"c" and close:
                        if cell and valued:
                            self.max_row, self.max_col = max(self.max_row, cell[0]), max(self.max_col, cell[1])
                            if budget:
                                budget.check_shape(self.info.filename, self.max_row, self.max_col)
                        cell = None
                    elif tag == b"c":
                        r = _ATTR_R.search(attrs)
                        ref = _REF.match(r.group(1)) if r else None
                        col = _col_index(ref.group(1)) if ref else col + 1
                        row = int(ref.group(2)) if ref else max(row, 1)
                        cell, valued = (None if attrs.endswith(b"/") else (row, col)), False
                    elif cell and not close and not attrs.endswith(b"/"):
                        valued = valued or tag == b"is" or not region.startswith(b"</", m.end())
