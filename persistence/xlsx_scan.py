"""Streaming checks on worksheet XML, run before calamine sees a workbook: the real extent of the data
(calamine allocates a dense grid up to the farthest cell), formulas without cached values, error cells,
UTF-16 parts and DTDs."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

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
    if m.group(1):
        return m.group(1).rsplit(b":", 1)[-1].lower()
    if not complete and (m.end() == len(head) or head.startswith((b"<?", b"<!--"), m.end())):
        raise UnreadableFile("bad_xml", f"{name}: XML prolog longer than {XML_HEAD} bytes")
    return None


_P = rb"<(?:[A-Za-z_][\w.-]*:)?"  # an element start, any namespace prefix
_E = rb"</(?:[A-Za-z_][\w.-]*:)?"  # an element end
_C_OPEN = re.compile(_P + rb"c(?=[\s/>])")
_C_REF = re.compile(_P + rb"c(?=[\s/>])(?:\s[^>]*?(?<=\s)r\s*=\s*[\"']([A-Za-z]+)(\d+))?")
_C_END = re.compile(_E + rb"c>")
_F_NO_VALUE = re.compile(rb"(?:" + _E + rb"f>|" + _P + rb"f(?:\s[^>]*)?/>)\s*("
                         + _P + rb"v\s*/>|" + _P + rb"v(?:\s[^>]*)?>\s*" + _E + rb"v>|" + _E + rb"c>)")
_E_CELL = re.compile(_P + rb"c\s[^>]*?(?<=\s)t\s*=\s*[\"']e[\"'][^>]*>")
_V_TEXT = re.compile(_P + rb"v(?:\s[^>]*)?>([^<]{0,64})<")
_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c|v|is)(?=[\s/>])([^>]*)>")
_ATTR_R = re.compile(rb"(?<=\s)r\s*=\s*[\"']([^\"']*)[\"']")
_ATTR_T = re.compile(rb"(?<=\s)t\s*=\s*[\"']([^\"']*)[\"']")
_REF = re.compile(rb"([A-Za-z]+)(\d+)$")


def _cell_start(buf: bytes | bytearray, end: int, start: int = 0) -> int:
    """Where the last <c> element before `end` starts, or -1."""
    pos = end
    while (pos := buf.rfind(b"<", start, pos)) >= 0:
        if _C_OPEN.match(buf, pos):
            return pos
    return -1


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


class _SheetStats:
    """The extent of one worksheet part's cells, found without building them."""

    def __init__(self, info: zipfile.ZipInfo) -> None:
        self.info, self.root = info, None
        self.max_row = self.max_col = 0
        self.positional = self.is_exact = False  # positional: some <c> has no r="A1" reference
        self.formula_missing: str | None = None
        self.errors: dict[tuple[int, int], str] = {}

    @staticmethod
    def _regions(fh: io.BufferedIOBase, head: bytes) -> Iterator[bytes]:
        """Runs of complete <c> elements: each buffer is cut before its last cell start."""
        pending, chunk = bytearray(), head
        while chunk:
            start = max(0, len(pending) - 16)
            pending += chunk  # amortised, so one huge cell does not make this quadratic
            if (cut := _cell_start(pending, len(pending), start)) > 0:
                yield bytes(pending[:cut])
                del pending[:cut]
            chunk = fh.read(CHUNK)
        yield bytes(pending)

    def quick(self, fh: io.BufferedIOBase, head: bytes) -> None:
        """An upper bound from every <c r=...> (valueless styled cells too); formula and error cells."""
        for region in self._regions(fh, head):
            refs = _C_REF.findall(region)
            if refs:
                cols, rows = (set(x) for x in zip(*refs, strict=True))
                self.positional |= b"" in cols
                self.max_col = max(self.max_col, max((_col_index(c) for c in cols if c), default=0))
                self.max_row = max(self.max_row, max((int(r) for r in rows if r), default=0))
            if not self.formula_missing and (b"<f" in region or b":f" in region):
                self._formulas(region)
            if b'"e"' in region or b"'e'" in region:
                self._errors(region)

    def _formulas(self, region: bytes) -> None:
        for m in _F_NO_VALUE.finditer(region):
            cell = _cell_start(region, m.start())
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

    def exact(self, zf: zipfile.ZipFile) -> None:
        """Walk the tags as calamine does: only cells with a value count; unreferenced cells follow on."""
        self.is_exact, self.max_row, self.max_col = True, 0, 0
        row = col = 0
        cell: tuple[int, int] | None = None
        valued = False
        with zf.open(self.info) as fh:
            for region in self._regions(fh, fh.read(CHUNK)):
                for m in _TAG.finditer(region):
                    close, tag, attrs = m.groups()
                    if tag == b"row" and not close:
                        r = _ATTR_R.search(attrs)
                        row, col = (int(r.group(1)) if r and r.group(1).isdigit() else row + 1), 0
                    elif tag == b"c" and close:
                        if cell and valued:
                            self.max_row, self.max_col = max(self.max_row, cell[0]), max(self.max_col, cell[1])
                        cell = None
                    elif tag == b"c":
                        r = _ATTR_R.search(attrs)
                        ref = _REF.match(r.group(1)) if r else None
                        col = _col_index(ref.group(1)) if ref else col + 1
                        row = int(ref.group(2)) if ref else max(row, 1)
                        cell, valued = (None if attrs.endswith(b"/") else (row, col)), False
                    elif cell and not close and not attrs.endswith(b"/"):
                        valued = valued or tag == b"is" or not region.startswith(b"</", m.end())
