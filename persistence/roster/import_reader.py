"""Read HQ's roster spreadsheets into import candidates, the way a person reads them: headers by meaning,
values by meaning, every cell problem of every row located at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from domain.roster.importing import ImportCandidate, RowError
from domain.roster.model import CareerTrack, CertLevel, Gender, Role, Status
from persistence.cells import (
    CellError,
    HeaderMatcher,
    clean_text,
    is_blank_or_total_row,
    merge_two_level_header,
    parse_bool,
    parse_date,
    parse_phone,
    pick_header_row,
    short,
)
from persistence.roster.vocabulary import is_category_word, leave_reason_category, value_by_meaning
from persistence.tabular import Sheet, read_tabular

SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_no": ("工号", "员工编号", "员工号", "编号", "坐席工号", "人员编号", "职工号", "员工id", "工号id",
                    "employee_no", "employeeid", "staffid"),
    "name": ("姓名", "员工姓名", "名字", "坐席姓名", "人员姓名", "name"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": ("出生日期", "生日", "出生年月", "出生年月日", "birth_date", "birthday"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "phone", "mobile"),
    "hometown": ("籍贯", "户籍", "户籍地", "家乡", "户口所在地", "hometown"),
    "out_of_town": ("外地", "是否外地", "外地员工", "是否外地户籍", "out_of_town"),
    "role": ("岗位", "角色", "业务线", "岗位类型", "岗位名称", "职位", "业务类型", "技能组", "role"),
    "team": ("班组", "组别", "小组", "所属组", "组", "团队", "班组名称", "所属班组", "team", "group"),
    "hire_date": ("入职日期", "入职时间", "到岗日期", "入司日期", "入职", "hire_date", "hiredate"),
    "cert_level": ("认证等级", "技能认证", "认证级别", "技能等级", "cert_level"),
    "career_track": ("职业序列", "发展通道", "职业通道", "career_track"),
    "status": ("状态", "在职状态", "员工状态", "人员状态", "在职情况", "status"),
    "leave_date": ("离职日期", "离职时间", "离岗日期", "leave_date"),
    "leave_reason": ("离职原因", "离职原因类别", "离职说明", "离职原因说明", "leave_reason"),
    "leave_voluntary": ("主动离职", "是否主动离职", "离职类型", "离职性质", "leave_voluntary"),
    "notes": ("备注", "说明", "notes", "remark"),
}
MATCHER = HeaderMatcher(SYNONYMS)
REQUIRED_COLUMNS = ("employee_no", "name")
IGNORE = ""  # a mapping value meaning "do not import this column"
CHOICE_FIELDS: dict[str, type] = {"role": Role, "status": Status, "gender": Gender, "cert_level": CertLevel,
                                  "career_track": CareerTrack}
MAX_ERRORS = 1000  # kept per file; the rest are only counted (a 200,000-row file of errors stays small)
MAX_REASON = 200


def _voluntary(value: object) -> bool | None:
    text = clean_text(value)
    if text.startswith("主动") or text in ("辞职", "自离"):
        return True
    if text.startswith("被动") or text in ("辞退", "劝退", "开除"):
        return False
    return parse_bool(value)


def _text(value: object) -> str:
    return clean_text(value)


PARSERS: dict[str, Callable[[object], object]] = {
    "employee_no": _text, "name": _text, "birth_date": parse_date, "phone": parse_phone, "hometown": _text,
    "out_of_town": lambda v: bool(parse_bool(v)), "team": _text, "hire_date": parse_date,
    "leave_date": parse_date, "leave_voluntary": _voluntary, "notes": _text,
}


@dataclass
class ValueChoice:
    """A word in the file that means none of a field's values: the supervisor decides once."""

    field: str
    text: str
    rows: list[int]


@dataclass
class RosterFile:
    path: Path
    sheet: str = ""
    sheets: list[tuple[str, bool]] = field(default_factory=list)  # (name, hidden) of every sheet
    sheet_choices: list[str] = field(default_factory=list)  # visible sheets that all look like a roster
    header_row: int = 0  # 1-based
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field ("" = ignored)
    unknown_headers: list[str] = field(default_factory=list)
    candidates: list[ImportCandidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    more_errors: int = 0  # errors beyond MAX_ERRORS, counted only
    pending: list[ValueChoice] = field(default_factory=list)

    def error(self, e: RowError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(e)
        else:
            self.more_errors += 1


class _OffersSheets(Protocol):
    """A file being read (roster or KPI) that can list the sheets the supervisor must choose from."""

    sheet_choices: list[str]


def choose_sheet(sheets: list[Sheet], wanted: str | None, found: Callable[[Sheet], int | None],
                 result: _OffersSheets) -> tuple[Sheet, int] | RowError:
    """The sheet to read and its header row. Hidden and veryHidden sheets are read only when picked by
    name; several visible sheets that all qualify are a question for the supervisor, not a guess."""
    if wanted is not None:
        sheet = next((s for s in sheets if s.name == wanted), None)
        if sheet is None:
            return RowError(wanted, 0, "", "no_such_sheet", short(wanted))
        index = found(sheet)
        return (sheet, index) if index is not None else RowError(sheet.name, 0, "", "no_header_row")
    visible = [(s, i) for s in sheets if not s.hidden and (i := found(s)) is not None]
    if len(visible) == 1:
        return visible[0]
    if visible:
        result.sheet_choices = [s.name for s, _ in visible]
        return RowError("", 0, "", "several_sheets", "、".join(short(s.name) for s, _ in visible))
    hidden = [s.name for s in sheets if s.hidden and found(s) is not None]
    if hidden:
        return RowError(hidden[0], 0, "", "only_hidden_sheet", "、".join(short(n) for n in hidden))
    return RowError(sheets[0].name if sheets else "", 0, "", "no_header_row")


def header_texts(rows: list[list[object]], index: int, score: Callable[[list[str]], int]) -> list[str]:
    """One name per column; a two-level header (a merged group cell above) is joined when that names
    more fields than the row alone."""
    lower = [clean_text(c) for c in rows[index]]
    if index == 0:
        return lower
    merged = merge_two_level_header(rows[index - 1], rows[index])
    return merged if score(merged) > score(lower) else lower


def read_roster_file(path: Path, remembered: dict[str, str] | None = None, *,
                     values: dict[str, dict[str, str]] | None = None, sheet: str | None = None) -> RosterFile:
    """Parse a roster file. `remembered` maps header texts to fields (the supervisor's corrections win over
    the synonyms); `values` maps {field: {word in the file: value code}} decided before; `sheet` picks a
    sheet by name (the only way a hidden one is read)."""
    result = RosterFile(path=Path(path))
    remembered, values = remembered or {}, values or {}
    sheets = read_tabular(Path(path))
    result.sheets = [(s.name, s.hidden) for s in sheets]
    chosen = choose_sheet(sheets, sheet, lambda s: pick_header_row(s.rows, MATCHER, extra=remembered), result)
    if isinstance(chosen, RowError):
        result.errors.append(chosen)
        return result
    data, index = chosen
    result.sheet, result.header_row = data.name, index + 1

    def score(names: list[str]) -> int:
        return len({remembered.get(clean_text(n)) or MATCHER.field(n) for n in names} - {None, ""})

    result.headers = header_texts(data.rows, index, score)
    columns: dict[int, str] = {}
    for col, header in enumerate(result.headers):
        if not header:
            continue
        target = remembered[header] if header in remembered else MATCHER.field(header)
        if target is None:
            result.unknown_headers.append(header)
        result.mapping[header] = target or IGNORE
        if target and target not in columns.values():
            columns[col] = target
    for required in REQUIRED_COLUMNS:
        if required not in columns.values():
            result.errors.append(RowError(data.name, result.header_row, SYNONYMS[required][0], "missing_column"))
    if result.errors:
        return result
    pending: dict[tuple[str, str], ValueChoice] = {}
    for offset, cells in enumerate(data.rows[index + 1:], start=index + 2):
        if is_blank_or_total_row(cells):
            continue
        row_values: dict[str, object] = {}
        names: dict[str, str] = {}
        for col, target in columns.items():
            raw = cells[col] if col < len(cells) else None
            names[target] = result.headers[col]
            text = clean_text(raw)
            if not text:
                continue  # an empty cell keeps what the roster has; it never clears a field
            if target in CHOICE_FIELDS:
                code = values.get(target, {}).get(text)
                member = CHOICE_FIELDS[target](code) if code else value_by_meaning(CHOICE_FIELDS[target], text)
                if member is None:
                    pending.setdefault((target, text), ValueChoice(target, text, [])).rows.append(offset)
                else:
                    row_values[target] = member
                continue
            if target == "leave_reason":
                if len(text) > MAX_REASON:
                    result.error(RowError(data.name, offset, result.headers[col], "too_long", short(text)))
                    continue
                # verbatim: HQ's punctuation (全角，) stays; only surrounding and repeated spaces go. A category's
                # own name (our export writes it when there were no words) is the category, not words to keep.
                row_values["leave_reason_text"] = "" if is_category_word(text) else " ".join(str(raw).split())
                row_values["leave_reason"] = leave_reason_category(text)
                names["leave_reason_text"] = result.headers[col]
                continue
            try:
                row_values[target] = PARSERS[target](raw)
            except CellError as exc:
                result.error(RowError(data.name, offset, result.headers[col], exc.code, short(exc.value)))
        result.candidates.append(ImportCandidate(data.name, offset, row_values, names))
    result.pending = list(pending.values())
    if not result.candidates and not result.errors:
        result.errors.append(RowError(data.name, result.header_row, "", "no_data_rows"))
    return result
