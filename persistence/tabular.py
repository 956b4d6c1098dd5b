"""Read an import file (.xlsx/.xlsm/.csv/.txt) into memory, safely, before anything else happens.

Problems raise `UnreadableFile(code, detail)`; codes: empty_file, io_error, unsupported_extension,
too_large, not_text, unknown_encoding, not_xlsx, truncated, corrupt, encrypted, xls_binary,
too_many_members, unsafe_member_name, zip_bomb, bad_xml, too_many_rows, too_many_columns, too_many_cells,
formula_without_value.

A workbook is checked with `zipfile` before python-calamine opens it (member count from the end record,
names, sizes, ratios, DTDs), and every member is decompressed once by `zipfile` (bounded by its declared
size, CRC checked). Calamine ignores `<dimension>` but allocates a dense grid up to the farthest cell
with a value (one value in XFD1048576 aborts the process, measured), so that extent is capped first.

Values are calamine's: None (blank), str, float (every number), bool, date, datetime, time, timedelta.
A formula gives its cached value; calamine would read one without a cached value as blank, so it is
refused (RELIABILITY.md "Excel import"). Error cells (#DIV/0!) keep their text instead of calamine's
blank. CSV cells are str or None. Trailing blank rows are dropped; all rows of a sheet have one width.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as SafeET

from persistence.import_errors import UnreadableFile
from persistence.xlsx_scan import CHUNK, XML_HEAD, _is_utf16, _SheetStats, _xml_root

MAX_MEMBERS, MAX_DIRECTORY_BYTES = 10_000, 16 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO, RATIO_MIN_SIZE = 100, 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024  # a CSV is held whole, decoded, then split
MAX_PART_BYTES = 16 * 1024 * 1024  # workbook.xml and its .rels are parsed whole
DEFAULT_MAX_CELLS = 3_000_000  # ~300 MB RSS at the peak (2 M cells measured at 195 MB)
OLE_MAGIC, ZIP_MAGIC = b"\xd0\xcf\x11\xe0", b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_SHEET_DIRS = ("xl/worksheets/", "xl/dialogsheets/", "xl/macrosheets/", "xl/chartsheets/")
_SHEET_ROOTS = {b"worksheet", b"dialogsheet", b"macrosheet"}


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[object]]
    hidden: bool = False
    epoch1904: bool = False  # give it to cells.parse_date for raw serial numbers


def read_tabular(path: Path | str, *, max_rows: int = 200_000, max_cols: int = 512,
                 max_cells: int = DEFAULT_MAX_CELLS) -> list[Sheet]:
    """Every sheet of the file (hidden ones too, chart sheets left out), or `UnreadableFile`."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise UnreadableFile("unsupported_extension", ext or "(none)")
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFile("empty_file")
        if ext in (".csv", ".txt"):
            return [_read_text(path, size, max_rows, max_cols, max_cells)]
        return _read_workbook(path, size, max_rows, max_cols, max_cells)
    except OSError as exc:
        raise UnreadableFile("io_error", str(exc)) from exc


def _check_shape(name: str, rows: int, cols: int, max_rows: int, max_cols: int) -> None:
    if rows > max_rows:
        raise UnreadableFile("too_many_rows", f"{name}: {rows} > {max_rows}")
    if cols > max_cols:
        raise UnreadableFile("too_many_columns", f"{name}: {cols} > {max_cols}")


def _trim(rows: list[list[object]]) -> None:
    while rows and all(v is None for v in rows[-1]):
        rows.pop()


# --- workbooks -----------------------------------------------------------------------------------

def _read_workbook(path: Path, size: int, max_rows: int, max_cols: int, max_cells: int) -> list[Sheet]:
    with path.open("rb") as fh:
        head = fh.read(8)
        if head.startswith(OLE_MAGIC):
            raise UnreadableFile(*_ole_kind(fh))
        if not head.startswith(b"PK"):
            raise UnreadableFile("not_xlsx", "not a zip archive")
        declared = _declared_entries(fh, size)
    if declared is None:
        raise UnreadableFile("truncated", "no end-of-central-directory record")
    if declared[0] > MAX_MEMBERS or declared[1] > MAX_DIRECTORY_BYTES:  # before zipfile indexes them all
        raise UnreadableFile("too_many_members", f"{declared[0]} members, {declared[1]} directory bytes")
    try:
        zf = zipfile.ZipFile(path)
    except Exception as exc:  # BadZipFile, ValueError, struct.error, EOFError
        raise UnreadableFile("corrupt", str(exc)) from exc
    with zf:
        epoch1904, stats = _precheck(zf, max_rows, max_cols, max_cells)
    sheets = _load_with_calamine(path, stats, epoch1904)
    for s in sheets:  # belt and braces: the scan should already have refused these
        _check_shape(s.name, len(s.rows), len(s.rows[0]) if s.rows else 0, max_rows, max_cols)
    if sum(len(s.rows) * len(s.rows[0]) for s in sheets if s.rows) > max_cells:
        raise UnreadableFile("too_many_cells")
    return sheets


def _ole_kind(fh: io.BufferedReader) -> tuple[str, str]:
    fh.seek(0)
    tail = b""
    while chunk := fh.read(CHUNK):
        if _ENCRYPTED_STREAM in tail + chunk:
            return "encrypted", "password-protected workbook (OLE EncryptedPackage)"
        tail = chunk[-len(_ENCRYPTED_STREAM):]
    return "xls_binary", "an Excel 97-2003 .xls (OLE) file, not .xlsx"


def _declared_entries(fh: io.BufferedReader, size: int) -> tuple[int, int] | None:
    """(members, central directory bytes) from the end record (zip64 aware), None when it is missing."""
    tail_len = min(size, 22 + 65535)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        return None
    entries, cd_bytes = struct.unpack_from("<HI", tail, pos + 10)
    if (entries == 0xFFFF or cd_bytes == 0xFFFFFFFF) and pos >= 20 and tail[pos - 20:pos - 16] == b"PK\x06\x07":
        fh.seek(struct.unpack_from("<Q", tail, pos - 12)[0])
        record = fh.read(56)
        if record[:4] == b"PK\x06\x06" and len(record) == 56:
            entries, cd_bytes = struct.unpack_from("<QQ", record, 32)
    return entries, cd_bytes


def _norm(name: str) -> str:
    return name.replace("\\", "/").lower()


def _precheck(zf: zipfile.ZipFile, max_rows: int, max_cols: int,
              max_cells: int) -> tuple[bool, dict[str, _SheetStats]]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnreadableFile("too_many_members", str(len(infos)))
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in re.split(r"[/\\]", name) or re.match(r"[A-Za-z]:", name):
            raise UnreadableFile("unsafe_member_name", name)
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableFile("zip_bomb", f"{name}: {info.file_size} bytes from {info.compress_size}")
        if info.flag_bits & 0x1:
            raise UnreadableFile("encrypted", f"{name} is encrypted")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise UnreadableFile("zip_bomb", f"declared uncompressed total {total}")
    by_name = {_norm(i.filename): i for i in infos}
    if "xl/workbook.xml" not in by_name:
        raise UnreadableFile("not_xlsx", "no xl/workbook.xml")
    epoch1904, sheet_parts = _workbook_parts(zf, by_name)
    stats: dict[str, _SheetStats] = {}
    for info in infos:
        key = _norm(info.filename)
        sheet = (sheet_parts[key] or info.filename) if key in sheet_parts else (
            info.filename if key.startswith(_SHEET_DIRS) else None)
        scan = _stream_member(zf, info, sheet is not None)
        if scan is not None and (sheet is not None or scan.root in _SHEET_ROOTS):
            stats[sheet or info.filename] = scan
    for name, st in stats.items():
        if st.max_row > max_rows or st.max_col > max_cols or st.positional:
            st.exact(zf)  # the quick bound counts valueless styled cells, or could not place some cells
        _check_shape(name, st.max_row, st.max_col, max_rows, max_cols)
    if sum(st.max_row * st.max_col for st in stats.values()) > max_cells:
        for st in stats.values():
            if not st.is_exact:
                st.exact(zf)
        area = sum(st.max_row * st.max_col for st in stats.values())
        if area > max_cells:
            raise UnreadableFile("too_many_cells", f"{area} > {max_cells}")
    for name, st in stats.items():
        if st.formula_missing:
            raise UnreadableFile("formula_without_value", f"{name}!{st.formula_missing}")
    return epoch1904, stats


def _read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> object:
    if info.file_size > MAX_PART_BYTES:
        raise UnreadableFile("bad_xml", f"{info.filename} is {info.file_size} bytes")
    try:
        data = zf.read(info)
        _xml_root(data[:XML_HEAD], info.filename, complete=len(data) <= XML_HEAD)
        return SafeET.fromstring(data)
    except UnreadableFile:
        raise
    except Exception as exc:  # ParseError, DTDForbidden, EntitiesForbidden, BadZipFile, zlib.error
        raise UnreadableFile("bad_xml", f"{info.filename}: {exc}") from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _workbook_parts(zf: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo]) -> tuple[bool, dict[str, str]]:
    """date1904, and {worksheet part: sheet name}, resolved as calamine resolves them (case-insensitive)."""
    epoch1904, names = False, {}
    for el in _read_part(zf, by_name["xl/workbook.xml"]).iter():
        if _local(el.tag) == "workbookPr":
            epoch1904 = el.get("date1904", "").lower() in ("1", "true")
        elif _local(el.tag) == "sheet":
            names[next((v for k, v in el.attrib.items() if _local(k) == "id"), None)] = el.get("name", "")
    parts: dict[str, str] = {}
    rels = by_name.get("xl/_rels/workbook.xml.rels")
    for el in _read_part(zf, rels).iter() if rels is not None else ():
        if _local(el.tag) == "Relationship" and el.get("Id") in names:
            t = el.get("Target", "")
            parts[_norm(t[1:] if t.startswith("/xl/") else t if t.startswith("xl/") else "xl/" + t)] = (
                names[el.get("Id")])
    return epoch1904, parts


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, is_sheet: bool) -> _SheetStats | None:
    """Decompress one member through zipfile (bounded by its declared size, CRC checked)."""
    is_xml = is_sheet or info.filename.lower().endswith((".xml", ".rels", ".vml"))
    stats = _SheetStats(info) if is_xml else None
    try:
        with zf.open(info) as fh:
            head = fh.read(XML_HEAD)
            if stats is not None:
                stats.root = _xml_root(head, info.filename, complete=len(head) < XML_HEAD)
            if stats is not None and (is_sheet or stats.root in _SHEET_ROOTS):
                if _is_utf16(head):  # calamine reads nothing from it; the scan could not either
                    raise UnreadableFile("bad_xml", f"{info.filename}: a UTF-16 worksheet")
                stats.quick(fh, head)
            else:
                while fh.read(CHUNK):
                    pass
    except UnreadableFile:
        raise
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, NotImplementedError (method)
        raise UnreadableFile("corrupt", f"{info.filename}: {type(exc).__name__}: {exc}") from exc
    return stats


def _load_with_calamine(path: Path, stats: dict[str, _SheetStats], epoch1904: bool) -> list[Sheet]:
    import python_calamine as pc

    sheets = []
    try:
        with pc.CalamineWorkbook.from_path(str(path)) as wb:
            for meta in wb.sheets_metadata:
                if meta.typ == pc.SheetTypeEnum.ChartSheet:
                    continue
                rows = [[None if v == "" else v for v in row]
                        for row in wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)]
                for (r, c), text in (stats[meta.name].errors if meta.name in stats else {}).items():
                    if r <= len(rows) and c <= len(rows[r - 1]) and rows[r - 1][c - 1] is None:
                        rows[r - 1][c - 1] = text
                _trim(rows)
                sheets.append(Sheet(meta.name, rows, meta.visible != pc.SheetVisibleEnum.Visible, epoch1904))
    except pc.PasswordError as exc:
        raise UnreadableFile("encrypted", str(exc)) from exc
    except Exception as exc:
        raise UnreadableFile("corrupt", f"{type(exc).__name__}: {exc}") from exc
    except BaseException as exc:  # pyo3 turns a Rust panic into PanicException(BaseException)
        if type(exc).__name__ != "PanicException":
            raise
        raise UnreadableFile("corrupt", f"reader panic: {exc}") from exc
    return sheets


# --- delimited text ------------------------------------------------------------------------------

def _read_text(path: Path, size: int, max_rows: int, max_cols: int, max_cells: int) -> Sheet:
    if size > MAX_TEXT_BYTES:
        raise UnreadableFile("too_large", f"{size} bytes")
    raw = path.read_bytes()
    if raw.startswith((ZIP_MAGIC, OLE_MAGIC)):
        raise UnreadableFile("not_text", "a workbook or other binary file with a text extension")
    text = _decode(raw).replace("\x00", "")
    del raw
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    rows: list[list[object]] = []
    width = 0
    try:
        for record in reader:
            width = max(width, len(record))
            rows.append([v if v != "" else None for v in record])
            if len(rows) > max_rows or width > max_cols or len(rows) * width > max_cells:
                _check_shape(path.name, len(rows), width, max_rows, max_cols)
                raise UnreadableFile("too_many_cells", f"{len(rows)} rows x {width} columns")
    except csv.Error as exc:
        raise UnreadableFile("corrupt", f"line {reader.line_num}: {exc}") from exc
    _trim(rows)
    for row in rows:
        row.extend([None] * (width - len(row)))
    return Sheet(path.stem, rows)


def _decode(raw: bytes) -> str:
    boms = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
            (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
    candidates = [enc for bom, enc in boms if raw.startswith(bom)][:1]
    if not candidates:
        sample = raw[:4096]
        if sample.count(0) * 4 >= len(sample):  # UTF-16 without a BOM: a NUL in every other byte
            candidates.append("utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be")
        candidates += ["utf-8", "gb18030"]  # gb18030 is a superset of GBK and covers 𠀀
    for enc in candidates:
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(enc)
    raise UnreadableFile("unknown_encoding", "neither UTF-8, UTF-16 nor GB18030")


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
