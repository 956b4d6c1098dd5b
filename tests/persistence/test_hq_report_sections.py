"""The area sheets of the HQ workbook (绩效, 招聘, 带教, 辅导, 关怀) read back with openpyxl, every figure
checked against the demo database with SQL written here, not through the code under test."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from domain.demo import build_demo
from domain.mentoring.services import allowance_statement
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from persistence.database import open_database
from persistence.reports.hq_report import HQ_REPORT, section_keys
from persistence.reports.sections.performance import METRIC_ZH
from tests.persistence.hq_sheets import day, facts, mean, sql, table

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)
MONTH = Month(2026, 10)
FIRST, LAST = "2026-10-01", "2026-10-31"
ROLE = {"hotline": "热线", "online": "在线", "after_sales": "售后"}
GRADE = {"excellent": "优秀", "good": "良好", "pass": "合格", "improve": "待改进"}
KPI = ("handled", "aht_seconds", "response_seconds", "csat", "fcr", "complaints", "complaint_rate", "qa_score",
       "adherence", "answer_rate")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One demo database and one export shared by the read-only checks below (the demo takes a second)."""
    folder = tmp_path_factory.mktemp("hq")
    db = open_database(folder / "desk.sqlite", backup_dir=folder / "backups")
    build_demo(db.uow(), 60, 36, 7, TODAY)
    out = folder / "report.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, out, section_keys(), NOW)
    yield db, openpyxl.load_workbook(out)
    db.close()


def test_the_area_sheets_come_in_hq_order(report) -> None:  # type: ignore[no-untyped-def]
    _, wb = report
    assert wb.sheetnames == ["封面", "人员概况", "人员明细", "绩效", "招聘", "带教", "辅导", "培养与发展", "关怀",
                             "离职"]


# --- 绩效 ---------------------------------------------------------------------------------------------
def adjusted_kpis(path: Path, month: str) -> dict[int, dict[str, float | None]]:
    rows = sql(path, f"SELECT agent_id, {', '.join(KPI)} FROM kpi_monthly WHERE month = ?", month)
    kpis = {r[0]: dict(zip(KPI, r[1:], strict=True)) for r in rows}
    for agent_id, metric, value in sql(path, "SELECT agent_id, metric, adjusted_value FROM performance_appeals "
                                             "WHERE month = ? AND status = 'accepted'", month):
        kpis[agent_id][metric] = value
    return kpis


def expected_performance_rows(path: Path, month: str) -> list[list[object]]:
    kpis = adjusted_kpis(path, month)
    rows = []
    for agent_id, no, name, role, team, grade, floors, score in sql(
            path, "SELECT s.agent_id, a.employee_no, a.name, s.role, s.team, s.grade, s.floor_metrics, s.score "
                  "FROM performance_scores s JOIN agents a ON a.id = s.agent_id WHERE s.month = ? "
                  "ORDER BY a.employee_no", month):
        k = kpis[agent_id]
        floor_words = "、".join(METRIC_ZH[m] for m in floors.split(",") if m)  # type: ignore[index]
        seconds = [None if k[m] is None else k[m] / 86400 for m in ("aht_seconds", "response_seconds")]
        rows.append([no, name, ROLE[role], team, GRADE[grade], floor_words or None, score, k["handled"], *seconds,
                     *(k[m] for m in KPI[3:])])
    return rows


def same_numbers(got: list[object], want: list[object]) -> None:
    """Equal to floating-point noise, with a missing figure (None, an empty cell) in the same places."""
    assert [g is None for g in got] == [w is None for w in want]
    assert [g for g in got if g is not None] == pytest.approx([w for w in want if w is not None], rel=1e-12)


def test_performance_detail_matches_stored_scores_and_figures(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    headers, rows = table(wb["绩效"], "个人绩效明细")
    assert headers[:7] == ["工号", "姓名", "岗位", "班组", "等级", "底线触发", "得分"]
    assert len(headers) == 7 + len(KPI)
    expected = expected_performance_rows(db.path, "2026-10")
    assert len(rows) == len(expected) > 40
    for got, want in zip(rows, expected, strict=True):
        assert got[:6] == want[:6]
        # openpyxl reads an [mm]:ss cell back as a timedelta: the seconds it holds are the figure
        durations = [got[8].total_seconds(), got[9].total_seconds()]  # type: ignore[union-attr]
        assert durations == pytest.approx([86400 * want[8], 86400 * want[9]], rel=1e-9)  # type: ignore[operator]
        same_numbers([*got[6:8], *got[10:]], [*want[6:8], *want[10:]])
    ws = wb["绩效"]
    first_row = next(c.row for c in ws["A"] if c.value == "个人绩效明细") + 2
    assert [ws.cell(row=first_row, column=c).number_format for c in (7, 9, 10, 11, 14)] == \
           ["0.00", "[mm]:ss", "[mm]:ss", "0.0%", "0.00%"]


def test_performance_distribution_team_averages_and_facts(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    ws = wb["绩效"]
    counts = dict(sql(db.path, "SELECT grade, count(*) FROM performance_scores WHERE month = '2026-10' GROUP BY grade"))
    total = sum(counts.values())
    _, distribution = table(ws, "绩效等级分布")
    assert distribution == [[GRADE[g], counts.get(g, 0), pytest.approx(counts.get(g, 0) / total)] for g in GRADE]

    kpis = adjusted_kpis(db.path, "2026-10")
    members: dict[str, list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
    for row in sql(db.path, "SELECT team, agent_id, score, grade FROM performance_scores WHERE month = '2026-10'"):
        members[row[0]].append(row)
    members_all = [m for team in sorted(members) for m in members[team]]
    _, teams = table(ws, "班组平均")
    assert [t[0] for t in teams] == [*sorted(members), "全体"]
    for got, group in zip(teams, [*(members[t] for t in sorted(members)), members_all], strict=True):
        ks = [kpis[m[1]] for m in group]
        want = [len(group), mean([m[2] for m in group]), *(sum(m[3] == g for m in group) for g in GRADE),
                mean([k["csat"] for k in ks]), mean([k["fcr"] for k in ks]), mean([k["complaint_rate"] for k in ks]),
                mean([k["qa_score"] for k in ks])]
        same_numbers(got[1:], want)

    got = facts(ws)
    floors = sql(db.path, "SELECT count(*) FROM performance_scores WHERE month = '2026-10' AND floor_metrics != ''")
    assert got["参评人数"] == total
    assert got["平均得分"] == pytest.approx(mean([m[2] for m in members_all]))
    assert got["优秀率"] == pytest.approx(counts.get("excellent", 0) / total)
    assert got["待改进人数"] == counts.get("improve", 0) and got["触发底线人数"] == floors[0][0]


# --- 招聘 ---------------------------------------------------------------------------------------------
STAGES = ("applied", "hr_screen", "supervisor", "veteran", "offer", "hired")


def reached(path: Path, since: str, until: str) -> list[int]:
    """Everyone who applied in the window, at every pipeline stage they have reached (now or in history)."""
    window = "SELECT id FROM recruiting_candidates WHERE applied_on BETWEEN ? AND ?"
    stages = sql(path, f"SELECT id, stage FROM recruiting_candidates WHERE id IN ({window}) UNION ALL "
                       f"SELECT candidate_id, stage FROM recruiting_stage_changes WHERE candidate_id IN ({window})",
                 since, until, since, until)
    furthest: dict[int, int] = {}
    for cid, stage in stages:
        if stage in STAGES:
            furthest[cid] = max(furthest.get(cid, -1), STAGES.index(stage))
    return [sum(1 for f in furthest.values() if f >= k) for k in range(len(STAGES))]


def rates(counts: list[int]) -> list[float | None]:
    return [None] + [b / a if a else None for a, b in zip(counts, counts[1:], strict=False)]


def test_recruiting_funnel_and_pass_rates_match(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    ws = wb["招聘"]
    month, ytd = reached(db.path, FIRST, LAST), reached(db.path, "2026-01-01", LAST)
    assert ytd[0] > 20 and month[0] > 0
    _, funnel = table(ws, "招聘漏斗（按申请时间）")
    assert [r[1] for r in funnel] == month and [r[3] for r in funnel] == ytd
    assert [r[2] for r in funnel] == pytest.approx(rates(month))
    assert [r[4] for r in funnel] == pytest.approx(rates(ytd))
    _, rounds = table(ws, "各轮面试通过率")
    for row, (stage, after) in zip(rounds, [(1, 2), (2, 3), (3, 4)], strict=True):
        assert row[1:3] == [month[stage], month[after]] and row[4:6] == [ytd[stage], ytd[after]]
        assert row[3] == pytest.approx(month[after] / month[stage]) and row[6] == pytest.approx(ytd[after] / ytd[stage])
    got = facts(ws)
    assert (got["本月申请人数"], got["本月申请者中已入职"]) == (month[0], month[-1])
    assert (got["2026年初至今申请人数"], got["2026年初至今申请者中已入职"]) == (ytd[0], ytd[-1])


def expected_dimension_rows(path: Path, since: str, until: str) -> dict[str, dict[str, object]]:
    names: dict[str, tuple[int, str]] = {}
    dims: dict[int, dict[str, int]] = defaultdict(dict)
    for template_id, key, name, weight, version in sql(
            path, "SELECT d.template_id, d.key, d.name, d.weight, t.version FROM recruiting_template_dimensions d "
                  "JOIN recruiting_templates t ON t.id = d.template_id"):
        dims[template_id][key] = weight
        if key not in names or names[key][0] <= version:
            names[key] = (version, name)
    cards = sql(path, "SELECT c.id, c.candidate_id, t.round, c.template_id FROM recruiting_scorecards c "
                      "JOIN recruiting_templates t ON t.id = c.template_id WHERE c.interview_date BETWEEN ? AND ?",
                since, until)
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for card_id, key, value in sql(path, "SELECT scorecard_id, dimension_key, score FROM recruiting_scores"):
        scores[card_id][key] = value
    words = {"hr": "HR初筛", "supervisor": "业务主管面试", "veteran": "老员工面试"}
    out: dict[str, dict[str, object]] = {}
    for round_, word in words.items():
        mine = [c for c in cards if c[2] == round_]
        if not mine:
            continue
        per_dim: dict[str, list[int]] = defaultdict(list)
        totals = []
        for card_id, _, _, template_id in mine:
            for key, value in scores[card_id].items():
                per_dim[names[key][1]].append(value)
            if set(dims[template_id]) <= set(scores[card_id]):
                weights = dims[template_id]
                totals.append(sum(w * scores[card_id][k] for k, w in weights.items()) / sum(weights.values()))
        out[word] = {"评估表数": len(mine), "候选人数": len({c[1] for c in mine}), "加权总分": mean(totals),
                     **{name: mean(values) for name, values in per_dim.items()}}
    return out


@pytest.mark.parametrize(("title", "since"), [("各轮平均维度得分（本月面试，1–5分）", FIRST),
                                               ("各轮平均维度得分（年初至今面试，1–5分）", "2026-01-01")])
def test_recruiting_average_dimension_scores_per_round(report, title: str, since: str) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    headers, rows = table(wb["招聘"], title)
    expected = expected_dimension_rows(db.path, since, LAST)
    assert [r[0] for r in rows] == list(expected) and len(rows) == 3
    for row in rows:
        want = expected[row[0]]
        got = {h: v for h, v in zip(headers[1:], row[1:], strict=True) if v is not None}
        assert got == pytest.approx(want)
    assert facts(wb["招聘"])["本月面试评估表"] == sum(
        e["评估表数"] for e in expected_dimension_rows(db.path, FIRST, LAST).values())  # type: ignore[misc]


# --- 带教 ---------------------------------------------------------------------------------------------
def test_mentoring_lines_recomputed_by_hand_from_the_pairings(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    first, last = date(2026, 10, 1), date(2026, 10, 31)
    expected = []
    for m_no, m_name, a_no, a_name, start, end, m_left, a_left, fen in sql(
            db.path, "SELECT m.employee_no, m.name, a.employee_no, a.name, p.start_date, p.end_date, m.leave_date, "
                     "a.leave_date, p.allowance_fen FROM mentor_pairings p JOIN agents m ON m.id = p.mentor_id "
                     "JOIN agents a ON a.id = p.apprentice_id"):
        stops = [day(d) for d in (end, m_left, a_left) if d is not None]
        billed_from, billed_to = max(day(start), first), min([*stops, last])  # type: ignore[type-var]
        if billed_from > billed_to:
            continue
        days = (billed_to - billed_from).days + 1
        amount = (Decimal(fen) / 100 * days / 31).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        expected.append([m_no, m_name, a_no, a_name, day(start), day(end), billed_from, billed_to, days, 31,
                         Decimal(fen) / 100, amount])
    expected.sort(key=lambda r: (r[0], r[6], r[2]))
    assert len(expected) >= 3
    _, lines = table(wb["带教"], "在带师徒及补贴折算明细")
    got = [[*r[:4], *(day(v) for v in r[4:8]), r[8], r[9], Decimal(str(r[10])), Decimal(str(r[11]))] for r in lines]
    assert got == expected
    assert any(r[8] < 31 for r in expected), "the demo month should show a prorated line"


def test_mentoring_totals_equal_the_mentoring_areas_own_statement(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    statement = allowance_statement(db.uow(), 2026, 10)
    ws = wb["带教"]
    _, totals = table(ws, "辅导补贴 · 按师傅汇总")
    assert [[r[0], r[1], r[2], Decimal(str(r[3]))] for r in totals[:-1]] == \
           [[t.mentor.employee_no, t.mentor.name, t.lines, t.amount] for t in statement.mentor_totals]
    assert totals[-1][0] == "合计" and Decimal(str(totals[-1][3])) == statement.total
    got = facts(ws)
    assert got["在带师徒（对）"] == len(statement.lines) and got["带教师傅（人）"] == len(statement.mentor_totals)
    assert Decimal(str(got["本月应发辅导补贴"])) == statement.total
    assert ws.cell(row=5, column=2).number_format == '"¥"#,##0.00'


# --- 辅导 ---------------------------------------------------------------------------------------------
def test_coaching_counts_per_agent_and_month_end_overdue_items(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    ws = wb["辅导"]
    on_books = sql(db.path, "SELECT id, employee_no, name, role, team FROM agents WHERE hire_date <= ? AND "
                            "(leave_date IS NULL OR leave_date >= ?) ORDER BY employee_no", LAST, FIRST)
    grouped = sql(db.path, "SELECT agent_id, kind, count(*) FROM coaching_sessions WHERE held_on BETWEEN ? AND ? "
                           "GROUP BY agent_id, kind", FIRST, LAST)
    counts = {(a, k): n for a, k, n in grouped}
    overdue = sql(db.path, "SELECT a.employee_no, a.name, i.text, i.owner, s.kind, s.held_on, i.due_on, i.done_on, "
                           "s.agent_id FROM coaching_action_items i JOIN coaching_sessions s ON s.id = i.session_id "
                           "JOIN agents a ON a.id = s.agent_id WHERE i.due_on < ? AND (i.done_on IS NULL OR "
                           "i.done_on > ?) ORDER BY i.due_on, i.id", LAST, LAST)
    assert overdue and sum(counts.values()) > 50
    per_agent = defaultdict(int)
    for row in overdue:
        per_agent[row[8]] += 1
    others = ("qa_feedback", "live_intervention", "improvement_plan")
    _, rows = table(ws, "每人辅导次数")
    assert rows == [[no, name, ROLE[role], team, counts.get((i, "one_on_one"), 0), counts.get((i, "case_review"), 0),
                     sum(counts.get((i, k), 0) for k in others), per_agent[i]] for i, no, name, role, team in on_books]
    kinds = {"one_on_one": "一对一", "case_review": "案例解剖", "qa_feedback": "质检反馈",
             "live_intervention": "实时介入", "improvement_plan": "改进计划"}
    _, items = table(ws, "月末逾期行动项明细")
    assert [[*r[:5], day(r[5]), day(r[6]), r[7], day(r[8])] for r in items] == [
        [no, name, text, owner, kinds[kind], day(held), day(due), (date(2026, 10, 31) - day(due)).days, day(done)]
        for no, name, text, owner, kind, held, due, done, _ in overdue]
    covered = sum(1 for i, *_ in on_books if counts.get((i, "one_on_one")))
    got = facts(ws)
    assert got["一对一（次）"] == sum(n for (_, k), n in counts.items() if k == "one_on_one")
    assert (got["当月在册人数"], got["一对一覆盖人数"]) == (len(on_books), covered)
    assert got["一对一覆盖率"] == pytest.approx(covered / len(on_books))
    assert got["案例解剖（次）"] == sum(n for (_, k), n in counts.items() if k == "case_review")
    assert got["其他辅导（次）"] == sum(n for (_, k), n in counts.items() if k in others)
    assert got["月末逾期行动项"] == len(overdue)


# --- 关怀 ---------------------------------------------------------------------------------------------
def test_care_counts_and_aid_by_category_with_small_cells_suppressed(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    found = {c: (n, fen) for c, n, fen in sql(db.path, "SELECT category, count(*), sum(aid_fen) FROM care_records "
                                                       "WHERE day BETWEEN ? AND ? GROUP BY category", FIRST, LAST)}
    words = ["health", "hospital", "maternity", "family", "housing", "bereavement", "hardship", "psychological",
             "birthday", "home_visit"]
    expected = []
    for category in words:
        n, fen = found.get(category, (0, 0))
        expected.append(["<3", "不公布"] if 0 < n < 3 else [n, pytest.approx(fen / 100)])
    headers, rows = table(wb["关怀"], "关怀记录按类别汇总")
    assert headers == ["类别", "记录数", "补助金额"]
    assert [r[1:] for r in rows] == expected
    assert any(isinstance(r[1], int) and r[1] >= 3 for r in rows) and any(r[1] == "<3" for r in rows)
    [(sensitive,)] = sql(db.path, "SELECT sensitive_included FROM activity_log WHERE kind = 'export_report'")
    assert sensitive == 1


def test_a_month_is_exported_the_same_way_twice(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, first = report
    again = tmp_path / "again.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, again, section_keys(), NOW + timedelta(days=1))
    second = openpyxl.load_workbook(again)
    for name in ("绩效", "招聘", "带教", "辅导", "关怀"):
        assert [list(r) for r in first[name].iter_rows(values_only=True)] == \
               [list(r) for r in second[name].iter_rows(values_only=True)], name


# --- 培养与发展 -------------------------------------------------------------------------------------------
def test_training_sheet_counts_promotions_and_tests_and_names_nobody(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    ws = wb["培养与发展"]
    _, tracks = table(ws, "职业发展通道 · 按序列")
    promoted = dict(sql(db.path, "SELECT track, COUNT(*) FROM promotions WHERE day BETWEEN ? AND ? GROUP BY track",
                        FIRST, LAST))
    track_zh = {"management": "管理序列", "expert": "专家序列", "trainer": "培训师序列", "operations": "运营序列",
                "product": "产品序列"}
    assert {row[0]: row[1] for row in tracks} == {track_zh[t]: promoted.get(t, 0) for t in track_zh}
    assert facts(ws)["本月晋升（人次）"] == sum(promoted.values())

    _, stages = table(ws, "分层培训 · 按司龄阶段")
    taken = sql(db.path, "SELECT COUNT(*), SUM(r.status = 'passed') FROM training_results r "
                         "JOIN agents a ON a.id = r.agent_id WHERE r.day BETWEEN ? AND ? "
                         "AND r.status IN ('passed', 'failed') AND a.hire_date <= ? "
                         "AND (a.leave_date IS NULL OR a.leave_date > ?)", FIRST, LAST, LAST, LAST)[0]
    assert taken[0] > 0, "the demo month should hold tests, or this proves nothing"
    assert sum(row[5] for row in stages) == taken[0] and sum(row[6] for row in stages) == (taken[1] or 0)
    names = {n for (n,) in sql(db.path, "SELECT name FROM agents")}
    assert not names & {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}


def test_care_sheet_counts_eap_referrals_and_performance_sheet_counts_recognition(report) -> None:  # type: ignore[no-untyped-def]
    db, wb = report
    [(referred,)] = sql(db.path, "SELECT COUNT(*) FROM care_records WHERE eap_referred = 1 AND day BETWEEN ? AND ?",
                        FIRST, LAST)
    shown = facts(wb["关怀"])["本月转介 EAP（人次）"]
    assert shown == ("<3" if 0 < referred < 3 else referred)
    awards = dict(sql(db.path, "SELECT kind, COUNT(*) FROM recognition_awards WHERE day BETWEEN ? AND ? "
                               "GROUP BY kind", FIRST, LAST))
    [(praises,)] = sql(db.path, "SELECT COUNT(*) FROM recognition_praises WHERE day BETWEEN ? AND ?", FIRST, LAST)
    _, rows = table(wb["绩效"], "表彰与客户表扬（仅人次）")
    counted = {row[0]: row[1] for row in rows}
    assert sum(v for k, v in counted.items() if k != "客户表扬") == sum(awards.values())
    assert counted.get("客户表扬", 0) == praises
    assert sum(awards.values()) + praises > 0, "the demo month should hold recognition, or this proves little"
    names = {n for (n,) in sql(db.path, "SELECT name FROM agents")}
    assert not names & {str(r[0]) for r in rows}
