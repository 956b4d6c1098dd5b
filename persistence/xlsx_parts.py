"""The pre-scan of an .xlsx/.xlsm zip, before calamine opens it: which part each sheet reads (resolved to
its real member, whatever the member is called), and a streaming scan of every member.

Every member whose head looks like XML is scanned for cell references, not only the ones named
`xl/worksheets/*.xml`: a relationship may point a sheet at `/data.bin` (calamine follows it, measured), and
two sheets may carry one name. Limits are checked per member, so nothing depends on matching sheet
names or guessing how calamine resolves a target.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from persistence import tabular as limits
from persistence.import_errors import UnreadableFile
from persistence.xlsx_scan import CHUNK, XML_HEAD, Budget, _is_utf16, _SheetStats, _xml_root, shared_string_lengths

_SHEET_ROOTS = {b"worksheet", b"dialogsheet", b"macrosheet"}
_UNSAFE = re.compile(r"(?:^|[/\\])\.\.(?:[/\\]|$)|^[/\\]|^[A-Za-z]:")
_XMLISH = re.compile(rb"\s*(?:\xef\xbb\xbf)?<")


def _norm(name: str) -> str:
    return name.replace("\\", "/").lower()


def resolve_target(target: str, base: str = "xl") -> str:
    """A relationship target as a zip member name: absolute ("/data.bin") from the package root,
    relative ("worksheets/sheet1.xml", "../x") from the folder of the part that points to it."""
    target = target.replace("\\", "/")
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
    return posixpath.normpath(path).lstrip("/").lower()


def read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Element:
    if info.file_size > limits.MAX_PART_BYTES:
        raise UnreadableFile("bad_xml", f"{info.filename} is {info.file_size} bytes")
    try:
        data = zf.read(info)
        _xml_root(data[:XML_HEAD], info.filename, complete=len(data) <= XML_HEAD)
        return SafeET.fromstring(data)
    except UnreadableFile:
        raise
    except Exception as exc:  # ParseError, DTDForbidden, EntitiesForbidden, BadZipFile, zlib.error
        raise UnreadableFile("bad_xml", f"{info.filename}: {exc}"[:300]) from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check_members(infos: list[zipfile.ZipInfo]) -> list[str]:
    """Refuse unsafe names and encryption; members compressed suspiciously well are returned, to be refused
    after the scan, so that a 1 MB name (which compresses 1000:1) is called a long cell, not a bomb."""
    if len(infos) > limits.MAX_MEMBERS:
        raise UnreadableFile("too_many_members", str(len(infos)))
    seen: set[str] = set()
    dense = []
    for info in infos:
        name = info.filename
        if _UNSAFE.search(name):
            raise UnreadableFile("unsafe_member_name", name[:100])
        if _norm(name) in seen:  # which copy a reader takes differs between zip libraries
            raise UnreadableFile("corrupt", f"two parts named {name[:100]}")
        seen.add(_norm(name))
        if info.file_size > limits.RATIO_MIN_SIZE and info.file_size > limits.MAX_RATIO * max(info.compress_size, 1):
            dense.append(f"{name[:100]}: {info.file_size} bytes from {info.compress_size}")
        if info.flag_bits & 0x1:
            raise UnreadableFile("encrypted", f"{name[:100]} is encrypted")
    total = sum(i.file_size for i in infos)
    if total > limits.MAX_TOTAL_UNCOMPRESSED:
        raise UnreadableFile("zip_bomb", f"declared uncompressed total {total}")
    return dense


def _workbook(zf: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo]
              ) -> tuple[bool, list[tuple[str, str, str | None]], set[str]]:
    """date1904; every sheet as (name, state, member it reads or None); members that are shared strings."""
    epoch1904, sheets = False, []
    for el in read_part(zf, by_name["xl/workbook.xml"]).iter():
        if _local(el.tag) == "workbookPr":
            epoch1904 = el.get("date1904", "").lower() in ("1", "true")
        elif _local(el.tag) == "sheet":
            rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
            sheets.append((el.get("name", ""), el.get("state", "visible") or "visible", rid))
    seen: dict[str, str] = {}
    for name, _state, _rid in sheets:
        if name.casefold() in seen:  # Excel never writes two; calamine would read one of them twice
            raise UnreadableFile("duplicate_sheet_name", name[:100])
        seen[name.casefold()] = name
    targets: dict[str, str] = {}
    shared: set[str] = set()
    rels = by_name.get("xl/_rels/workbook.xml.rels")
    for el in read_part(zf, rels).iter() if rels is not None else ():
        if _local(el.tag) == "Relationship":
            member = resolve_target(el.get("Target", ""))
            targets[el.get("Id", "")] = member
            if el.get("Type", "").endswith("/sharedStrings"):
                shared.add(member)
    return epoch1904, [(n, s, targets.get(rid or "")) for n, s, rid in sheets], shared


def precheck(zf: zipfile.ZipFile, budget: Budget, max_cells: int
             ) -> tuple[bool, dict[str, _SheetStats], dict[str, str]]:
    """date1904, the scan of each sheet by name, and each sheet's state; or `UnreadableFile`."""
    infos = zf.infolist()
    dense = _check_members(infos)
    by_name = {_norm(i.filename): i for i in infos}
    if "xl/workbook.xml" not in by_name:
        raise UnreadableFile("not_xlsx", "no xl/workbook.xml")
    epoch1904, sheets, shared_parts = _workbook(zf, by_name)
    sheet_members = {m for _n, _s, m in sheets if m}
    heads = {}
    for info in infos:
        with _opened(zf, info) as fh:
            heads[info.filename] = fh.read(XML_HEAD)
    roots = {}
    for info in infos:
        head = heads[info.filename]
        if _norm(info.filename) in sheet_members or _XMLISH.match(head) or _is_utf16(head):
            roots[info.filename] = _xml_root(head, info.filename, complete=len(head) < XML_HEAD)
    shared_members = [i for i in infos if _norm(i.filename) in shared_parts or roots.get(i.filename) == b"sst"
                      or _norm(i.filename).endswith("sharedstrings.xml")]
    if len(shared_members) > 1:
        raise UnreadableFile("corrupt", "more than one shared-string table")
    shared = array("L")
    for info in shared_members:
        with _opened(zf, info) as fh:
            shared = shared_string_lengths(fh, fh.read(XML_HEAD), info.filename, budget)
    stats: dict[str, _SheetStats] = {}
    for info in infos:
        if info in shared_members:
            continue
        is_sheet = _norm(info.filename) in sheet_members or roots.get(info.filename) in _SHEET_ROOTS
        stats[info.filename] = st = _SheetStats(info)
        st.root = roots.get(info.filename)
        with _opened(zf, info) as fh:
            head = fh.read(XML_HEAD)
            if is_sheet and _is_utf16(head):  # calamine reads nothing from it; the scan could not either
                raise UnreadableFile("bad_xml", f"{info.filename}: a UTF-16 worksheet")
            if is_sheet:
                st.quick(fh, head, budget, shared)
            elif info.filename in roots:  # any XML: calamine might be pointed at it some other way
                st.quick(fh, head)
            else:
                while fh.read(CHUNK):
                    pass
    for st in stats.values():
        if st.max_row > budget.max_rows or st.max_col > budget.max_cols or st.positional:
            with _reading(st.info):
                st.exact(zf, budget)  # the quick bound counts valueless styled cells, or could not place some
        budget.check_shape(st.info.filename, st.max_row, st.max_col)
    by_member = {_norm(n): st for n, st in stats.items()}
    counted = [by_member[m] for _n, _s, m in sheets if m in by_member]
    counted += [st for st in stats.values() if st.root in _SHEET_ROOTS and st not in counted]
    if sum(st.max_row * st.max_col for st in counted) > max_cells:
        for st in counted:
            if not st.is_exact:
                with _reading(st.info):
                    st.exact(zf, budget)
        area = sum(st.max_row * st.max_col for st in counted)
        if area > max_cells:
            raise UnreadableFile("too_many_cells", f"{area} > {max_cells}")
    if dense:
        raise UnreadableFile("zip_bomb", dense[0])
    named = {n: by_member[m] for n, _s, m in sheets if m in by_member}
    for name, st in named.items():
        if st.formula_missing:
            raise UnreadableFile("formula_without_value", f"{name}!{st.formula_missing}")
    return epoch1904, named, {n: s for n, s, _m in sheets}


def _corrupt(info: zipfile.ZipInfo, exc: Exception) -> UnreadableFile:
    return UnreadableFile("corrupt", f"{info.filename}: {type(exc).__name__}: {exc}"[:300])


@contextmanager
def _reading(info: zipfile.ZipInfo) -> Iterator[None]:
    """Decompression faults (CRC, zlib, a truncated member) as "corrupt", naming the member."""
    try:
        yield
    except (UnreadableFile, MemoryError):
        raise
    except Exception as exc:
        raise _corrupt(info, exc) from exc


@contextmanager
def _opened(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[IO[bytes]]:
    try:
        fh = zf.open(info)
    except Exception as exc:  # BadZipFile, NotImplementedError (compression method), zlib.error
        raise _corrupt(info, exc) from exc
    with fh, _reading(info):
        yield fh
