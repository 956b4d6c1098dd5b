"""Read HQ's roster spreadsheets (xlsx/csv) into import candidates, with every cell problem located."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from domain.roster.importing import ImportCandidate, RowError
from domain.roster.model import CareerTrack, CertLevel, Gender, LeaveReason, Role, Status
from persistence.cells import (
    CellError,
    clean_text,
    find_header_row,
    is_blank_or_total_row,
    parse_bool,
    parse_date,
)
from persistence.roster.vocabulary import parse_enum
from persistence.tabular import read_tabular

SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_no": ("工号", "员工编号", "员工号", "编号", "坐席工号", "人员编号", "employee_no"),
    "name": ("姓名", "员工姓名", "名字", "name"),
    "gender": ("性别", "gender"),
    "birth_date": ("出生日期", "生日", "出生年月", "birth_date"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "phone"),
    "hometown": ("籍贯", "户籍", "户籍地", "家乡", "hometown"),
    "out_of_town": ("外地", "是否外地", "外地员工", "out_of_town"),
    "role": ("岗位", "角色", "业务线", "岗位类型", "role"),
    "team": ("班组", "组别", "小组", "所属组", "组", "团队", "team"),
    "hire_date": ("入职日期", "入职时间", "到岗日期", "hire_date"),
    "cert_level": ("认证等级", "技能认证", "认证级别", "cert_level"),
    "career_track": ("职业序列", "发展通道", "职业通道", "career_track"),
    "status": ("状态", "在职状态", "员工状态", "status"),
    "leave_date": ("离职日期", "离职时间", "leave_date"),
    "leave_reason": ("离职原因", "离职原因类别", "leave_reason"),
    "leave_voluntary": ("主动离职", "是否主动离职", "离职类型", "leave_voluntary"),
    "notes": ("备注", "说明", "notes"),
}
HEADER_TO_FIELD = {h: f for f, hs in SYNONYMS.items() for h in hs}
REQUIRED_COLUMNS = ("employee_no", "name")
IGNORE = ""  # a mapping value meaning "do not import this column"


def _enum(enum: type) -> Callable[[object], object]:
    def parse(value: object) -> object:
        text = clean_text(value)
        if not text:
            return None
        try:
            return parse_enum(enum, text)
        except KeyError:
            raise CellError("bad_choice", text) from None

    return parse


def _voluntary(value: object) -> bool | None:
    text = clean_text(value)
    if text in ("主动", "主动离职"):
        return True
    if text in ("被动", "被动离职", "辞退"):
        return False
    return parse_bool(value)


def _text(value: object) -> str:
    return clean_text(value)


PARSERS: dict[str, Callable[[object], object]] = {
    "employee_no": _text,
    "name": _text,
    "gender": _enum(Gender),
    "birth_date": parse_date,
    "phone": lambda v: clean_text(v).replace(" ", ""),
    "hometown": _text,
    "out_of_town": lambda v: bool(parse_bool(v)),
    "role": _enum(Role),
    "team": _text,
    "hire_date": parse_date,
    "cert_level": _enum(CertLevel),
    "career_track": _enum(CareerTrack),
    "status": _enum(Status),
    "leave_date": parse_date,
    "leave_reason": _enum(LeaveReason),
    "leave_voluntary": _voluntary,
    "notes": _text,
}


@dataclass
class RosterFile:
    path: Path
    sheet: str = ""
    header_row: int = 0  # 1-based
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field ("" = ignored)
    unknown_headers: list[str] = field(default_factory=list)
    candidates: list[ImportCandidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _header_texts(rows: list[list[object]], index: int) -> list[str]:
    lower = [clean_text(c) for c in rows[index]]
    if index == 0:
        return lower
    upper = [clean_text(c) for c in rows[index - 1]]
    # Two-level headers: a column merged vertically keeps its text in the upper cell only.
    return [
        low or (up if up in HEADER_TO_FIELD else "")
        for low, up in zip(lower, upper + [""] * (len(lower) - len(upper)), strict=False)
    ]


def read_roster_file(path: Path, remembered: dict[str, str] | None = None) -> RosterFile:
    """Parse a roster file. `remembered` maps header texts the synonyms do not know to fields."""
    result = RosterFile(path=Path(path))
    remembered = remembered or {}
    known = set(HEADER_TO_FIELD) | {h for h, f in remembered.items() if f}
    sheets = read_tabular(Path(path))
    for sheet in sheets:
        index = find_header_row(sheet.rows, known)
        if index is not None:
            break
    else:
        result.errors.append(RowError(sheets[0].name if sheets else "", 0, "", "no_header_row"))
        return result
    result.sheet, result.header_row = sheet.name, index + 1
    result.headers = _header_texts(sheet.rows, index)
    columns: dict[int, str] = {}
    for col, header in enumerate(result.headers):
        if not header:
            continue
        target = remembered.get(header, HEADER_TO_FIELD.get(header))
        if target is None:
            result.unknown_headers.append(header)
            result.mapping[header] = IGNORE
            continue
        result.mapping[header] = target
        if target and target not in columns.values():
            columns[col] = target
    for required in REQUIRED_COLUMNS:
        if required not in columns.values():
            result.errors.append(RowError(sheet.name, result.header_row, SYNONYMS[required][0], "missing_column"))
    if result.errors:
        return result
    for offset, cells in enumerate(sheet.rows[index + 1 :], start=index + 2):
        if is_blank_or_total_row(cells):
            continue
        values: dict[str, object] = {}
        names: dict[str, str] = {}
        for col, target in columns.items():
            raw = cells[col] if col < len(cells) else None
            names[target] = result.headers[col]
            if raw is None or (isinstance(raw, str) and not clean_text(raw)):
                continue  # an empty cell keeps what the roster has; it never clears a field
            try:
                value = PARSERS[target](raw)
            except CellError as exc:
                result.errors.append(RowError(sheet.name, offset, result.headers[col], exc.code, exc.value))
                continue
            values[target] = value
        result.candidates.append(ImportCandidate(sheet.name, offset, values, names))
    return result
