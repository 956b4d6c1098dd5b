"""绩效 — each agent's score, grade and figures for the month, team averages and the grade distribution.

Scores are the ones the performance area stored for the month (with the scheme version it was scored
with); a month whose figures were imported but never scored is scored here in memory with the schemes in
force, exactly as the performance page would score it, and the sheet says so. Figures are those the score
used: the imported ones with accepted appeals applied."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from domain.care.recognition import monthly_recognition
from domain.performance.model import (
    GRADES_BEST_FIRST,
    Grade,
    KpiRecord,
    Metric,
    Scheme,
    SchemeKey,
    StarHow,
    StoredScore,
)
from domain.performance.months import last_day
from domain.performance.schemes import DEFAULT_SCHEMES
from domain.performance.scoring import score_month
from domain.performance.services import adjusted_records
from domain.performance.stars import DecidedBy, Improvement, ImprovementStar, month_improvement_star
from domain.ports import UnitOfWork
from domain.reports.workforce import Month
from domain.roster.model import AgentData
from domain.roster.rules import tenure_stage
from persistence.reports.sheets import DECIMAL, INTEGER, MMSS, PERCENT, ChartSpec, SheetSpec, Table
from persistence.roster.vocabulary import zh

GRADE_ZH = {Grade.EXCELLENT: "优秀", Grade.GOOD: "良好", Grade.PASS: "合格", Grade.IMPROVE: "待改进"}
METRIC_ZH = {
    Metric.HANDLED: "接通/工单量", Metric.AHT: "平均处理时长", Metric.RESPONSE: "响应时长", Metric.CSAT: "满意度",
    Metric.FCR: "一次解决率", Metric.COMPLAINTS: "投诉量", Metric.COMPLAINT_RATE: "投诉率", Metric.QA: "质检分",
    Metric.ADHERENCE: "排班遵从率", Metric.INBOUND: "呼入量", Metric.ANSWER_RATE: "接通率",
    Metric.TRAINING_PASS: "培训考核通过率", Metric.PEER_HELP: "帮助同事次数",
}
# The per-metric columns, in the order HQ's KPI sheets list them, with how each is written.
METRICS = (Metric.HANDLED, Metric.AHT, Metric.RESPONSE, Metric.CSAT, Metric.FCR, Metric.COMPLAINTS,
           Metric.COMPLAINT_RATE, Metric.QA, Metric.ADHERENCE, Metric.ANSWER_RATE)
RATE_FINE = "0.00%"  # complaint rates are a few per thousand: one decimal of a percent would read 0.2%
METRIC_FORMAT = {
    Metric.HANDLED: INTEGER, Metric.AHT: MMSS, Metric.RESPONSE: MMSS, Metric.CSAT: PERCENT, Metric.FCR: PERCENT,
    Metric.COMPLAINTS: INTEGER, Metric.COMPLAINT_RATE: RATE_FINE, Metric.QA: DECIMAL, Metric.ADHERENCE: PERCENT,
    Metric.ANSWER_RATE: PERCENT,
}
SECONDS_PER_DAY = 86400


def cell_value(metric: Metric, value: float | None) -> float | None:
    """Durations go to Excel as fractions of a day so that [mm]:ss shows them; the rest as they are."""
    if value is None:
        return None
    return value / SECONDS_PER_DAY if METRIC_FORMAT[metric] == MMSS else value


def mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _scores(uow: UnitOfWork, month: str, records: list[KpiRecord]) -> tuple[list[StoredScore], bool]:
    """The stored scores, or (False) the month scored now in memory when it never was."""
    stored = uow.performance.scores_for_month(month)
    if stored or not records:
        return stored, True
    schemes: dict[SchemeKey, Scheme] = {}
    for role, scheme in {**DEFAULT_SCHEMES, **uow.performance.current_schemes()}.items():
        schemes[role] = scheme
    for key, own in uow.performance.current_stage_schemes().items():
        schemes[key] = own
    agents = [a for a in uow.agents.list_all() if a.id is not None]
    who = {a.saved_id: (a.role, a.team) for a in agents}
    end = last_day(month)
    stages = {a.saved_id: tenure_stage(a.hire_date, end) for a in agents}
    results = score_month(records, schemes, who, lines=False, stages=stages)
    return [StoredScore(r.agent_id, r.month, r.role, r.team, r.scheme_id, r.score, r.raw_grade, r.grade,
                        tuple(f.metric for f in r.floors)) for r in results], False


def performance(uow: UnitOfWork, month: Month) -> SheetSpec:
    key = str(month)
    records = adjusted_records(uow, key)
    scores, stored = _scores(uow, key, records)
    figures = {r.agent_id: r for r in records}
    agents = {a.id: a for a in uow.agents.list_all()}
    scores = sorted(scores, key=lambda s: agents[s.agent_id].employee_no)

    detail = []
    for s in scores:
        agent, kpi = agents[s.agent_id], figures.get(s.agent_id)
        detail.append([
            agent.employee_no, agent.name, zh(s.role), s.team, GRADE_ZH[s.grade],
            "、".join(METRIC_ZH[m] for m in s.floor_metrics) or None, s.score,
            *(cell_value(m, kpi.value(m) if kpi else None) for m in METRICS),
        ])
    metric_headers = [METRIC_ZH[m] for m in METRICS]
    formats = {6: "0.00"} | {7 + i: METRIC_FORMAT[m] for i, m in enumerate(METRICS)}

    grades = Counter(s.grade for s in scores)
    distribution = [[GRADE_ZH[g], grades.get(g, 0), grades.get(g, 0) / len(scores) if scores else None]
                    for g in GRADES_BEST_FIRST]

    by_team: dict[str, list[StoredScore]] = defaultdict(list)
    for s in scores:
        by_team[s.team].append(s)
    team_rows = [_team_row(team, members, figures) for team, members in sorted(by_team.items())]
    if scores:
        team_rows.append(_team_row("全体", scores, figures))

    average = mean(s.score for s in scores)
    notes = [
        "得分与等级取自绩效模块当月保存的结果（按当月所用的考核方案版本计算）；"
        "底线触发 = 触发底线机制、等级被封顶的指标。",
        "指标为计分所用数值：导入的原始数据，已按审批通过的申诉调整。平均处理时长、响应时长为 分:秒；"
        "班组平均为人均算术平均（不按话务量加权）。",
    ]
    if not stored:
        notes.insert(0, "本月得分尚未在绩效模块中保存，此处按现行考核方案即时计算，"
                        "与绩效页面首次打开该月时的结果一致。")
    return SheetSpec(
        name="绩效",
        title=f"绩效 · {month}",
        facts=[
            ("参评人数", len(scores), None),
            ("平均得分", average, "0.00"),
            ("优秀率", distribution[0][2], PERCENT),
            ("待改进人数", grades.get(Grade.IMPROVE, 0), None),
            ("触发底线人数", sum(1 for s in scores if s.floor_metrics), None),
        ],
        tables=[
            Table(
                "绩效等级分布", ["等级", "人数", "占比"], distribution if scores else [], formats={2: PERCENT},
                chart=ChartSpec("bar", "绩效等级分布", 0, [1], "人数") if scores else None,
                empty_note="本月无绩效数据（尚未导入KPI）",
            ),
            Table(
                "班组平均",
                ["班组", "人数", "平均得分", "优秀", "良好", "合格", "待改进", "平均满意度", "平均一次解决率",
                 "平均投诉率", "平均质检分"],
                team_rows,
                formats={2: "0.00", 7: PERCENT, 8: PERCENT, 9: RATE_FINE, 10: DECIMAL},
                empty_note="本月无绩效数据（尚未导入KPI）",
            ),
            Table("表彰与客户表扬（仅人次）", ["奖项", "人次"], _recognition_rows(uow, month),
                  formats={1: INTEGER}, empty_note="本月没有表彰或客户表扬"),
            Table("本月之星（服务之星、改进之星）", ["奖项", "工号", "姓名", "班组", "依据"],
                  _star_rows(uow, key, agents), empty_note="本月未评选服务之星，也没有可评的改进之星"),
            Table(
                "个人绩效明细",
                ["工号", "姓名", "岗位", "班组", "等级", "底线触发", "得分", *metric_headers],
                detail,
                formats=formats,
                empty_note="本月无绩效数据（尚未导入KPI）",
            ),
        ],
        notes=notes,
    )


AWARD_ZH = {"service_star": "服务之星", "improvement_star": "改进之星", "best_case": "最佳案例",
            "best_mentor": "优秀师傅", "custom": "其他表彰"}


def _recognition_rows(uow: UnitOfWork, month: Month) -> list[list[object]]:
    """Counts only, no names: awards by kind and the customers' praises recorded in the care area."""
    [found] = monthly_recognition(uow, month.first, month.last)
    rows: list[list[object]] = [[AWARD_ZH.get(kind, kind), count] for kind, count in found.by_kind]
    if found.praises:
        rows.append(["客户表扬", found.praises])
    return rows


STAR_HOW_ZH = {StarHow.TOP_SCORE: "当月综合得分最高", StarHow.NOMINATED: "主管提名"}
DECIDED_ZH = {
    DecidedBy.ONLY: "唯一一位较上月进步且未触发底线的员工",
    DecidedBy.BANDS: "等级提升档数最多",
    DecidedBy.SCORE_GAIN: "与{other}同样提升{bands}档，得分提高更多（{gain:+.2f} 对 {other_gain:+.2f}）",
    DecidedBy.SCORE_NOW: "与{other}提升档数、得分增幅相同，本月得分更高（{now:.2f} 对 {other_now:.2f}）",
    DecidedBy.SHARED: "提升档数、得分增幅与本月得分完全相同，共享改进之星",
}


def improvement_reason(star: ImprovementStar, winner: Improvement, names: dict[int, str]) -> str:
    """One line: the move itself, then the rule that decided (ties named, so they can be explained)."""
    move = (f"{GRADE_ZH[winner.before.grade]} {winner.before.score:.2f} → {GRADE_ZH[winner.now.grade]} "
            f"{winner.now.score:.2f}（{winner.bands:+d}档，{winner.gain:+.2f}分）")
    other = star.runner_up
    rule = DECIDED_ZH[star.decided_by].format(
        other=names.get(other.agent_id, "") if other else "", bands=winner.bands, gain=winner.gain,
        other_gain=other.gain if other else 0.0, now=winner.now.score, other_now=other.now.score if other else 0.0)
    return f"{move}；{rule}"


def _star_rows(uow: UnitOfWork, month: str, agents: dict[int | None, AgentData]) -> list[list[object]]:
    rows: list[list[object]] = []
    for star in uow.performance.stars(month=month):
        a = agents.get(star.agent_id)
        if a is not None:
            rows.append(["服务之星", a.employee_no, a.name, a.team, STAR_HOW_ZH[star.how] +
                         (f"：{star.note}" if star.note else "")])
    found = month_improvement_star(uow, month)
    names = {i: a.name for i, a in agents.items() if i is not None}
    for winner in found.winners if found else ():
        a = agents.get(winner.agent_id)
        if a is not None and found is not None:
            rows.append(["改进之星", a.employee_no, a.name, a.team, improvement_reason(found, winner, names)])
    return rows


def _team_row(team: str, members: list[StoredScore], figures: dict[int, KpiRecord]) -> list[object]:
    grades = Counter(s.grade for s in members)
    kpis = [figures[s.agent_id] for s in members if s.agent_id in figures]
    average = mean(s.score for s in members)
    return [
        team, len(members), average,
        *(grades.get(g, 0) for g in GRADES_BEST_FIRST),
        mean(k.csat for k in kpis), mean(k.fcr for k in kpis), mean(k.complaint_rate for k in kpis),
        mean(k.qa_score for k in kpis),
    ]
