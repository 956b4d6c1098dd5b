"""Read an import file (.xlsx/.xlsm/.xls/.csv/.txt) into memory, safely, before anything else happens.

`read_tabular` parses the file in a child process (persistence/sandboxed_read.py): whatever the parser does
there — abort, run out of memory, hang — the caller gets `UnreadableFile`, never a dead app.
`read_tabular_in_process` is the same reader without the child (the child runs it; tests use it).

Problems raise `UnreadableFile(code, detail)`; persistence/import_errors.py lists the codes.

A workbook is checked with `zipfile` before python-calamine opens it: member count from the end record,
names, sizes, ratios, DTDs; every member is decompressed once by `zipfile` (bounded by its declared size,
CRC checked); every part a sheet points to (by its real member name, whatever its extension) and every
part that looks like a worksheet is scanned for the extent of its cells, its cell text and long cells.
Calamine ignores `<dimension>` but allocates a dense grid up to the farthest cell with a value (one value
in XFD1048576 aborts the process, measured), so that extent is capped first.

Values are calamine's: None (blank), str, float (every number), bool, date, datetime, time, timedelta.
A formula gives its cached value; calamine would read one without a cached value as blank, so it is
refused (RELIABILITY.md "Excel import"). Error cells (#DIV/0!) keep their text instead of calamine's
blank. CSV cells are str or None. Trailing blank rows are dropped; all rows of a sheet have one width.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from persistence.import_errors import UnreadableFile
from persistence.xlsx_scan import CHUNK, Budget, _SheetStats

# Limits for one import file. Each is checked while the file streams, before any grid is built; together
# they keep one read within ~5 s and ~300 MB (benchmarks/hostile_corpus.py). Excel's own sheet is
# 1,048,576 x 16,384; ours are what a centre's roster or monthly KPI export needs, with room to spare.
MAX_ROWS = 100_000  # rows of one sheet (a 5,000-agent centre's roster is 5,000; a month of KPIs ~5,000)
MAX_COLS = 512  # columns of one sheet
MAX_CELLS = 1_000_000  # rows x columns, summed over the sheets (measured at the limit: see README)
MAX_CELL_CHARS = 32_767  # one cell, as in Excel itself
MAX_TEXT_BYTES = 48 * 1024 * 1024  # all cell text, UTF-8; a shared string counts at every cell using it
MAX_FILE_TEXT_BYTES = 64 * 1024 * 1024  # size of a .csv/.txt file
MAX_MEMBERS, MAX_DIRECTORY_BYTES = 10_000, 16 * 1024 * 1024  # zip members; central directory
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024  # all members of a workbook, as declared
MAX_RATIO, RATIO_MIN_SIZE = 100, 1024 * 1024  # compression ratio of any member above 1 MB
MAX_PART_BYTES = 16 * 1024 * 1024  # workbook.xml and its .rels are parsed whole
MAX_XLS_BYTES = 64 * 1024 * 1024  # an .xls (BIFF) file: calamine reads it whole

OLE_MAGIC, ZIP_MAGIC = b"\xd0\xcf\x11\xe0", b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_HTML = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|table|meta|head)[\s>]", re.I)
EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[object]]
    hidden: bool = False  # True for "hidden" and "veryHidden" sheets: not shown in Excel's tab bar
    epoch1904: bool = False  # give it to cells.parse_date for raw serial numbers
    state: str = "visible"  # "visible", "hidden" (unhide in Excel) or "veryHidden" (only from VBA)

    @property
    def visible(self) -> bool:
        return not self.hidden


def read_tabular(path: Path | str, *, encoding: str | None = None, max_rows: int = MAX_ROWS,
                 max_cols: int = MAX_COLS, max_cells: int = MAX_CELLS, timeout: float | None = None,
                 memory_limit: int | None = None) -> list[Sheet]:
    """Every sheet of the file (hidden ones too, flagged; chart sheets left out), read in a child process,
    or `UnreadableFile`. `encoding` overrides the detected one for .csv/.txt (the user's choice)."""
    from persistence import sandboxed_read

    try:  # here, not in the child: a missing or locked file keeps its OSError, so it is told as its real cause
        with Path(path).open("rb"):
            pass
    except OSError as exc:
        raise UnreadableFile("io_error", str(exc)) from exc
    return sandboxed_read.read_in_child(path, encoding=encoding, max_rows=max_rows, max_cols=max_cols,
                                        max_cells=max_cells, timeout=timeout, memory_limit=memory_limit)


def read_tabular_many(paths: Sequence[Path | str], *, timeout: float | None = None,
                      **limits: int) -> list[list[Sheet] | UnreadableFile]:
    """Several files, each as `read_tabular` reads it (its sheets, or its UnreadableFile in its place), read
    one after another in ONE child process: a child is a new interpreter with the reader's imports, ~0.1 s of
    CPU each, as much as reading a month's KPI export. If that child fails as a whole (dies, runs out of
    memory, hangs past `timeout`, or its answer is too large), each file is read again in its own child, so a
    hostile file is refused with the very code it gets alone and the others still read."""
    from persistence import sandboxed_read

    outcomes: list[list[Sheet] | UnreadableFile | None] = []
    for path in paths:
        try:  # as read_tabular: a missing or locked file keeps its OSError
            with Path(path).open("rb"):
                pass
            outcomes.append(None)
        except OSError as exc:
            outcomes.append(UnreadableFile("io_error", str(exc)))
    todo = [str(path) for path, done in zip(paths, outcomes, strict=True) if done is None]
    if todo:
        try:
            answers = iter(sandboxed_read.read_in_child(todo[0], reader=_MANY, paths=todo, timeout=timeout,
                                                        **limits))
        except UnreadableFile:
            answers = iter(_one_by_one(todo, timeout, limits))
        outcomes = [next(answers) if done is None else done for done in outcomes]
    return [UnreadableFile(*done[1:]) if isinstance(done, tuple) else done
            for done in outcomes if done is not None]


_MANY = "persistence.tabular:_read_many_in_process"


def _one_by_one(paths: list[str], timeout: float | None, limits: dict[str, int]) -> list[list[Sheet] | UnreadableFile]:
    out: list[list[Sheet] | UnreadableFile] = []
    for path in paths:
        try:
            out.append(read_tabular(path, timeout=timeout, **limits))  # type: ignore[arg-type]
        except UnreadableFile as exc:
            out.append(exc)
    return out


def _read_many_in_process(_first: str, *, paths: list[str], **limits: int) -> list[object]:
    """In the child: each file's sheets, or its refusal as ("refused", code, detail) (an exception pickles by
    its message alone). Anything else fails the whole child (see above)."""
    out: list[object] = []
    for path in paths:
        try:
            out.append(read_tabular_in_process(path, **limits))  # type: ignore[arg-type]
        except UnreadableFile as exc:
            out.append(("refused", exc.code, exc.detail[:500]))  # as the one-file child hands it back
    return out


def read_tabular_in_process(path: Path | str, *, encoding: str | None = None, max_rows: int = MAX_ROWS,
                            max_cols: int = MAX_COLS, max_cells: int = MAX_CELLS) -> list[Sheet]:
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in EXTENSIONS:
        raise UnreadableFile("unsupported_extension", ext or "(none)")
    budget = Budget(max_rows, max_cols, MAX_CELL_CHARS, MAX_TEXT_BYTES)
    try:
        size = path.stat().st_size
        if size == 0:
            raise UnreadableFile("empty_file")
        with path.open("rb") as fh:
            head = fh.read(512)
        if ext in (".csv", ".txt"):
            from persistence.tabular_text import read_text

            return [read_text(path, size, encoding, budget, max_cells)]
        if head.startswith(OLE_MAGIC):
            return _read_xls(path, size, budget, max_cells)
        if _HTML.match(head):
            raise UnreadableFile("html_table", "a web page (HTML) saved with a spreadsheet extension")
        return _read_workbook(path, size, budget, max_cells)
    except OSError as exc:
        raise UnreadableFile("io_error", str(exc)) from exc


def _trim(rows: list[list[object]]) -> None:
    while rows and all(v is None for v in rows[-1]):
        rows.pop()


# --- workbooks -----------------------------------------------------------------------------------

def _read_workbook(path: Path, size: int, budget: Budget, max_cells: int) -> list[Sheet]:
    with path.open("rb") as fh:
        if not fh.read(4).startswith(b"PK"):
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
        from persistence.xlsx_parts import precheck

        epoch1904, stats, states = precheck(zf, budget, max_cells)
    sheets = _load_with_calamine(path, stats, epoch1904, budget, states)
    if sum(len(s.rows) * len(s.rows[0]) for s in sheets if s.rows) > max_cells:  # belt and braces
        raise UnreadableFile("too_many_cells")
    return sheets


def _ole_kind(path: Path) -> str | None:
    """"encrypted" for a password-protected .xlsx (an OLE container with an EncryptedPackage stream)."""
    with path.open("rb") as fh:
        tail = b""
        while chunk := fh.read(CHUNK):
            if _ENCRYPTED_STREAM in tail + chunk:
                return "encrypted"
            tail = chunk[-len(_ENCRYPTED_STREAM):]
    return None


def _read_xls(path: Path, size: int, budget: Budget, max_cells: int) -> list[Sheet]:
    """An Excel 97-2003 (BIFF) workbook, whatever its extension. There is no streaming pre-scan for BIFF:
    its grid is at most 65,536 x 256, which the child process's memory limit contains, and the extent is
    checked before any Python value is made."""
    if _ole_kind(path) == "encrypted":
        raise UnreadableFile("encrypted", "password-protected workbook (OLE EncryptedPackage)")
    if size > MAX_XLS_BYTES:
        raise UnreadableFile("too_large", f"{size} bytes")
    return _load_with_calamine(path, {}, None, budget, {})


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


def _load_with_calamine(path: Path, stats: dict[str, _SheetStats], epoch1904: bool | None, budget: Budget,
                        states: dict[str, str]) -> list[Sheet]:
    import python_calamine as pc

    sheets = []
    try:
        with path.open("rb") as fh, pc.CalamineWorkbook.from_filelike(fh) as wb:  # format from content
            for meta in wb.sheets_metadata:
                if meta.typ == pc.SheetTypeEnum.ChartSheet:
                    continue
                sheet = wb.get_sheet_by_name(meta.name)
                budget.check_shape(meta.name, sheet.height, sheet.width)  # before any Python value exists
                rows: list[list[object]] = [[None if v == "" else v for v in row]
                                            for row in sheet.to_python(skip_empty_area=False)]
                for (r, c), text in (stats[meta.name].errors if meta.name in stats else {}).items():
                    if r <= len(rows) and c <= len(rows[r - 1]) and rows[r - 1][c - 1] is None:
                        rows[r - 1][c - 1] = text
                _trim(rows)
                if not stats:  # .xls: no pre-scan, so lengths are checked on the values
                    _check_values(meta.name, rows, budget)
                state = states.get(meta.name) or {pc.SheetVisibleEnum.Hidden: "hidden",
                                                  pc.SheetVisibleEnum.VeryHidden: "veryHidden"}.get(meta.visible,
                                                                                                  "visible")
                sheets.append(Sheet(meta.name, rows, state != "visible",
                                    bool(epoch1904) if epoch1904 is not None else False, state))
    except UnreadableFile:
        raise
    except pc.PasswordError as exc:
        raise UnreadableFile("encrypted", str(exc)) from exc
    except MemoryError:
        raise
    except Exception as exc:
        raise UnreadableFile("corrupt", f"{type(exc).__name__}: {exc}"[:300]) from exc
    except BaseException as exc:  # pyo3 turns a Rust panic into PanicException(BaseException)
        if type(exc).__name__ != "PanicException":
            raise
        raise UnreadableFile("corrupt", f"reader panic: {exc}"[:300]) from exc
    return sheets


def _check_values(name: str, rows: list[list[object]], budget: Budget) -> None:
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if isinstance(v, str):
                if len(v) > budget.max_cell_chars:
                    raise UnreadableFile("cell_too_long", f"{name} row {r} column {c}: {len(v)} characters")
                budget.spend(len(v), name)
