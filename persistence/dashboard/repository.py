"""Aggregates for the dashboard, computed in SQL: GROUP BY and SUM(CASE ...) over the roster and the tables
other areas own. Only counts and dates leave the database; care records contribute a count, never details."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from domain.dashboard.activity import FUNNEL_STAGES
from domain.dashboard.attrition import MonthFlow, Quarter, RosterCounts
from domain.dashboard.model import MENTORED_LANDMARK_DAYS, SurvivalGrouping
from domain.dashboard.risk import AgentFacts, Source
from domain.roster.model import Generation, Role
from domain.roster.rules import GENERATION_YEARS, add_months
from persistence.care.models import CareRecordRow, CareStatusChangeRow
from persistence.care.wellbeing_repository import SqlWellbeingRepository
from persistence.coaching.models import CoachingSessionRecord
from persistence.mentoring.models import MentorPairingRecord
from persistence.models import AgentRow
from persistence.performance.models import PerformanceAppealRow, PerformanceScoreRow, PerformanceScoreVersionRow
from persistence.recruiting.models import RecruitingCandidateRow, RecruitingStageChangeRow
from persistence.scoping import hidden_conditions

_agents = AgentRow.__table__
_sessions = CoachingSessionRecord.__table__
_care = CareRecordRow.__table__
_care_changes = CareStatusChangeRow.__table__
_pairings = MentorPairingRecord.__table__
_scores = PerformanceScoreRow.__table__
_score_versions = PerformanceScoreVersionRow.__table__
_appeals = PerformanceAppealRow.__table__
_candidates = RecruitingCandidateRow.__table__
_stage_changes = RecruitingStageChangeRow.__table__
MENTORED_WITHIN_DAYS = MENTORED_LANDMARK_DAYS  # "mentored" = paired by day 30; compared from day 30 (landmark)
ONE_ON_ONE = "one_on_one"
CARE_OPEN = "open"
APPEAL_REJECTED = "rejected"
COMPLAINT_FLOOR_LIKE = "%complaint%"  # floor_metrics lists metric codes: complaints, complaint_rate


def _filtered(team: str | None, role: Role | None, generation: Generation | None = None
              ) -> list[ColumnElement[bool]]:
    conditions = []
    if team:
        conditions.append(_agents.c.team == team)
    if role:
        conditions.append(_agents.c.role == role.value)
    if generation:
        first, last = GENERATION_YEARS[generation]
        if first is not None:
            conditions.append(_agents.c.birth_date >= date(first, 1, 1))
        if last is not None:  # an unknown birth date (NULL) never matches a generation
            conditions.append(_agents.c.birth_date <= date(last, 12, 31))
    return conditions


def _iso(day: object) -> str:
    return day if isinstance(day, str) else day.isoformat()  # type: ignore[attr-defined]


NO_LEAVE = "9999-12-31"  # later than any leave date, as ISO text


def _flows(starts: list[date], pairs: list[tuple[str, str]]) -> list[MonthFlow]:
    """Each month's start, hires, leavers and end from (hired, left) ISO pairs. For a pair hired on or before it
    left, each count is a difference of two sorted-list positions: a leave before the month means a hire before
    it, a hire in the month means no leave before it, so no pair needs looking at per month. A pair recorded
    the other way round (a data error the roster does not refuse) is counted one by one, as before."""
    ordered = [(h, left) for h, left in pairs if h <= left]
    reversed_ = [(h, left) for h, left in pairs if h > left]
    hired = sorted(h for h, _ in ordered)
    gone = sorted(left for _, left in ordered)
    flows = []
    for start in starts:
        lo, hi = start.isoformat(), (add_months(start, 1) - timedelta(days=1)).isoformat()
        hired_before, hired_by = bisect_left(hired, lo), bisect_right(hired, hi)
        gone_before, gone_by = bisect_left(gone, lo), bisect_right(gone, hi)
        at_start, hires = hired_before - gone_before, hired_by - hired_before
        leavers, at_end = gone_by - gone_before, hired_by - gone_by
        for h, left in reversed_:
            if h > hi or left < lo:
                continue
            if h < lo:
                at_start += 1  # on the roster when the month began (a leave on day 1 still counts)
            else:
                hires += 1
            if left <= hi:
                leavers += 1
            else:
                at_end += 1
        flows.append(MonthFlow(start, at_start, hires, leavers, at_end))
    return flows


def _active_on(day: date) -> ColumnElement[bool]:
    return and_(_agents.c.hire_date <= day, or_(_agents.c.leave_date.is_(None), _agents.c.leave_date > day))


def _days_between(later: ColumnElement, earlier: ColumnElement) -> ColumnElement[int]:
    return cast(func.julianday(later) - func.julianday(earlier), Integer)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _known_by(recorded_at: ColumnElement, day: date) -> ColumnElement[bool]:
    """Entered on or before `day` on the local calendar (the database's clock writes UTC)."""
    return func.date(recorded_at, "localtime") <= day.isoformat()


def _care_status_on(day: date) -> ColumnElement:
    """A care record's status as it stood at the end of `day`; NULL when it was not yet entered then."""
    h = _care_changes.c
    return (select(h.status).where(h.record_id == _care.c.id, h.changed_on <= day)
            .order_by(h.changed_on.desc(), h.id.desc()).limit(1).scalar_subquery())


class SqlDashboardRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def teams(self) -> list[str]:
        return list(self._session.scalars(select(_agents.c.team).distinct().order_by(_agents.c.team)))

    def month_flows(self, starts: list[date], team: str | None, role: Role | None,
                    generation: Generation | None = None) -> list[MonthFlow]:
        """Start, hires, leavers and end of each month (see roster_counts)."""
        if not starts:
            return []
        first, last = min(starts), add_months(max(starts), 1) - timedelta(days=1)
        return _flows(starts, [(hired, left) for hired, left, _ in self._spans(first, last, team, role, generation)])

    def roster_counts(self, starts: list[date], today: date, team: str | None, role: Role | None,
                      generation: Generation | None = None) -> RosterCounts:
        """The month flows of `starts`, and the agents active on `today` by hire date and by birth year, from one
        indexed read of the hire, leave and birth dates of the agents on the roster at some point of the period
        (a few thousand at centre scale; reading them once instead of three times saved ~40 ms of a load).
        Joining every month to every agent in SQL cost 140 ms for a year and grew with each month shown."""
        last = add_months(max(starts), 1) - timedelta(days=1) if starts else today
        first = min(starts) if starts else today
        spans = self._spans(min(first, today), max(last, today), team, role, generation)
        flows = _flows(starts, [(hired, left) for hired, left, _ in spans])
        day = today.isoformat()
        by_hire: Counter[str] = Counter()
        by_birth: Counter[int | None] = Counter()
        for hired, left, born in spans:
            if hired <= day < left:  # _active_on(today): hired by today, not yet left
                by_hire[hired] += 1
                by_birth[None if born is None else int(_iso(born)[:4])] += 1
        return RosterCounts(flows, [(date.fromisoformat(h), n) for h, n in by_hire.items()], list(by_birth.items()))

    def _spans(self, first: date, last: date, team: str | None, role: Role | None,
               generation: Generation | None) -> list[tuple[str, str, object]]:
        """(hired, left, birth date) of the agents on the roster at some point between `first` and `last`, the
        dates as ISO text (which compares as dates do) and "9999-12-31" for no leave date yet. SQLite hands back
        text (read as text: no date made per row), a server real dates."""
        a = _agents.c
        query = (select(type_coerce(a.hire_date, String), type_coerce(a.leave_date, String),
                        type_coerce(a.birth_date, String))
                 .where(a.hire_date <= last, or_(a.leave_date.is_(None), a.leave_date >= first),
                        *_filtered(team, role, generation)))
        return [(_iso(hired), _iso(left) if left is not None else NO_LEAVE, born)
                for hired, left, born in self._session.execute(query)]

    def early_attrition_counts(self, since: date, team: str | None,
                               role: Role | None,
                               generation: Generation | None = None) -> list[tuple[Quarter, int, int]]:
        a = _agents.c
        year = cast(func.strftime("%Y", a.hire_date), Integer)
        quarter = (cast(func.strftime("%m", a.hire_date), Integer) + 2) // 3
        early = and_(a.leave_date.is_not(None), _days_between(a.leave_date, a.hire_date) <= 90)
        query = (select(year, quarter, func.count(), _count_if(early))
                 .where(a.hire_date >= since, *_filtered(team, role, generation)).group_by(year, quarter))
        return [(Quarter(int(y), int(q)), int(n), int(e)) for y, q, n, e in self._session.execute(query)]

    def leave_reasons(self, since: date, until: date, team: str | None, role: Role | None,
                      generation: Generation | None = None
                      ) -> list[tuple[str, bool, int]]:
        a = _agents.c
        # Constants as SQL, not parameters: PostgreSQL matches GROUP BY to the select list by its text.
        voluntary = func.coalesce(a.leave_voluntary, true())
        reason = func.coalesce(a.leave_reason, literal_column("'other'"))
        query = (select(reason, voluntary, func.count())
                 .where(a.leave_date.between(since, until), *_filtered(team, role, generation))
                 .group_by(reason, voluntary))
        return [(reason, bool(vol), int(n)) for reason, vol, n in self._session.execute(query)]

    def groupings(self) -> list[SurvivalGrouping]:
        found = [SurvivalGrouping.HIRE_YEAR, SurvivalGrouping.ROLE]
        if self._session.execute(select(exists().where(_pairings.c.id.is_not(None)))).scalar():
            found.append(SurvivalGrouping.MENTORED)
        if self._session.execute(select(exists().where(_candidates.c.agent_id.is_not(None)))).scalar():
            found.append(SurvivalGrouping.SOURCE_CHANNEL)
        return found

    def tenure_observations(self, grouping: SurvivalGrouping, hired_since: date, today: date, team: str | None,
                            role: Role | None,
                            generation: Generation | None = None) -> dict[str, list[tuple[int, bool, int]]]:
        a = _agents.c
        paired_early = exists().where(
            _pairings.c.apprentice_id == a.id,
            _days_between(_pairings.c.start_date, a.hire_date) <= MENTORED_WITHIN_DAYS)
        source = select(_candidates.c.source).where(_candidates.c.agent_id == a.id).scalar_subquery()
        keys = {SurvivalGrouping.HIRE_YEAR: func.strftime("%Y", a.hire_date), SurvivalGrouping.ROLE: a.role,
                SurvivalGrouping.MENTORED: case((paired_early, "yes"), else_="no"),
                SurvivalGrouping.SOURCE_CHANNEL: source}
        key = keys[grouping]
        left = and_(a.leave_date.is_not(None), a.leave_date <= today)
        end = case((left, a.leave_date), else_=literal(today, Date))
        days = _days_between(end, a.hire_date)
        left_flag = case((left, 1), else_=0)
        query = (select(key, days, left_flag, func.count())
                 .where(a.hire_date >= hired_since, a.hire_date <= today, key.is_not(None),
                        *_filtered(team, role, generation))
                 .group_by(key, days, left_flag))
        found: dict[str, list[tuple[int, bool, int]]] = {}
        for group, duration, was_left, count in self._session.execute(query):
            found.setdefault(str(group), []).append((int(duration), bool(was_left), int(count)))
        return found

    def risk_sources(self) -> frozenset[str]:
        sources = {Source.ROSTER.value}
        probes = {
            Source.COACHING: exists().where(_sessions.c.kind == ONE_ON_ONE),
            Source.CARE: exists().where(_care.c.follow_up.is_not(None)),
            Source.MENTORING: exists().where(_pairings.c.id.is_not(None)),
            Source.PERFORMANCE: exists().where(_scores.c.id.is_not(None)),
            Source.APPEALS: exists().where(_appeals.c.decided_on.is_not(None)),
        }
        for source, probe in probes.items():
            if self._session.execute(select(probe)).scalar():
                sources.add(source.value)
        return frozenset(sources)

    def risk_facts(self, as_of: date, score_months: int, replay: bool = False) -> list[AgentFacts]:
        """Facts for everyone active on `as_of`, for the same rules (domain.dashboard.risk) live and replayed.
        `replay`: `as_of` is in the past, so read only what was known on it — pairings entered by then, the
        score versions computed by then and each care record's status on that day — never today's rows."""
        a = _agents.c
        last_one_on_one = (select(_sessions.c.agent_id, func.max(_sessions.c.held_on).label("held_on"))
                           .where(_sessions.c.kind == ONE_ON_ONE, _sessions.c.held_on <= as_of)
                           .group_by(_sessions.c.agent_id).subquery())
        care = (select(_care.c.agent_id, func.count().label("open_count"))
                .where(_care.c.follow_up.is_not(None), _care.c.day <= as_of,
                       _care_status_on(as_of) == CARE_OPEN if replay else _care.c.status == CARE_OPEN)
                .group_by(_care.c.agent_id).subquery())
        pairing_known = [_known_by(_pairings.c.recorded_at, as_of)] if replay else []
        mentored = exists().where(_pairings.c.apprentice_id == a.id, _pairings.c.start_date <= as_of,
                                  or_(_pairings.c.end_date.is_(None), _pairings.c.end_date >= as_of),
                                  *pairing_known)
        rejected = (select(_appeals.c.agent_id, func.max(_appeals.c.decided_on).label("decided_on"))
                    .where(_appeals.c.status == APPEAL_REJECTED, _appeals.c.decided_on <= as_of)
                    .group_by(_appeals.c.agent_id).subquery())
        query = (
            select(a.id, a.employee_no, a.name, a.team, a.role, a.hire_date, a.out_of_town, a.leave_date,
                   last_one_on_one.c.held_on, func.coalesce(care.c.open_count, 0), mentored, rejected.c.decided_on,
                   a.birth_date)
            .select_from(_agents.outerjoin(last_one_on_one, last_one_on_one.c.agent_id == a.id)
                         .outerjoin(care, care.c.agent_id == a.id)
                         .outerjoin(rejected, rejected.c.agent_id == a.id))
            .where(_active_on(as_of))
            .order_by(a.employee_no)
        )
        scores, floors = self._monthly_scores(as_of, score_months, replay)
        moods = SqlWellbeingRepository(self._session).recent_moods(as_of)  # 1:1s held by as_of: replayable
        return [
            AgentFacts(agent_id=r[0], employee_no=r[1], name=r[2], team=r[3], role=Role(r[4]), hire_date=r[5],
                       as_of=as_of, out_of_town=bool(r[6]), leave_date=r[7] if replay else None,
                       last_one_on_one=r[8], open_care_follow_ups=int(r[9]), mentored=bool(r[10]),
                       last_rejected_appeal=r[11], scores=tuple(scores.get(r[0], ())),
                       floor_months=tuple(floors.get(r[0], ())), recent_moods=moods.get(r[0], ()),
                       birth_date=r[12])
            for r in self._session.execute(query)
        ]

    def _monthly_scores(self, as_of: date, months: int, replay: bool = False
                        ) -> tuple[dict[int, list[tuple[str, float]]], dict[int, list[str]]]:
        """Scores of the `months` completed months before `as_of`, oldest first, and the months a complaint
        floor capped the grade. A month is scored after it ends, so the month of `as_of` is left out.
        `replay`: each agent-month's latest version computed on or before `as_of` (appeals and rescores
        made later add versions the replay must not see)."""
        first = add_months(as_of.replace(day=1), -months).strftime("%Y-%m")
        last = add_months(as_of.replace(day=1), -1).strftime("%Y-%m")
        s = _score_versions.c if replay else _scores.c
        where: list[ColumnElement[bool]] = [s.month.between(first, last)]
        if replay:
            later = _score_versions.alias("later")
            where += [s.recorded_on <= as_of, ~exists().where(
                later.c.agent_id == s.agent_id, later.c.month == s.month, later.c.recorded_on <= as_of,
                or_(later.c.recorded_on > s.recorded_on,
                    and_(later.c.recorded_on == s.recorded_on, later.c.id > s.id)))]
        floor_hit = s.floor_metrics.like(COMPLAINT_FLOOR_LIKE)
        query = select(s.agent_id, s.month, s.score, floor_hit).where(*where).order_by(s.agent_id, s.month)
        scores: dict[int, list[tuple[str, float]]] = {}
        floors: dict[int, list[str]] = {}
        for agent_id, month, score, hit in self._session.execute(query):
            scores.setdefault(agent_id, []).append((month, float(score)))
            if hit:
                floors.setdefault(agent_id, []).append(month)
        return scores, floors

    # --- charts fed by other areas ------------------------------------------------------------------
    def funnel_counts(self, since: date, until: date, role: Role | None) -> dict[str, int]:
        """Candidates who applied in the window, by the furthest pipeline stage they reached."""
        rank = {stage: index for index, stage in enumerate(FUNNEL_STAGES)}
        c, h = _candidates.c, _stage_changes.c
        applied = [c.applied_on.between(since, until)] + ([c.role == role.value] if role else [])
        reached = union_all(
            select(c.id.label("candidate_id"), c.stage.label("stage")).where(*applied),
            select(h.candidate_id, h.stage).join(_candidates, c.id == h.candidate_id).where(*applied),
        ).subquery()
        stage_rank = case(rank, value=reached.c.stage, else_=-1)
        furthest = (select(reached.c.candidate_id, func.max(stage_rank).label("rank"))
                    .group_by(reached.c.candidate_id).subquery())
        query = select(furthest.c.rank, func.count()).where(furthest.c.rank >= 0).group_by(furthest.c.rank)
        return {FUNNEL_STAGES[int(r)]: int(n) for r, n in self._session.execute(query)}

    def grade_counts(self, first_month: str, last_month: str, team: str | None, role: Role | None,
                     generation: Generation | None = None
                     ) -> list[tuple[str, str, int, float]]:
        """(month, grade, agents, sum of their scores), from the scores as computed for each month."""
        s = _scores.c
        where: list[ColumnElement[bool]] = [s.month.between(first_month, last_month)]
        where += [s.team == team] if team else []
        where += [s.role == role.value] if role else []
        if generation:  # the score row keeps the month's team and role; the birth date lives on the agent
            where += [s.agent_id.in_(select(_agents.c.id).where(*_filtered(None, None, generation)))]
        query = (select(s.month, s.grade, func.count(), func.sum(s.score)).where(*where)
                 .group_by(s.month, s.grade).order_by(s.month))
        return [(m, g, int(n), float(total)) for m, g, n, total in self._session.execute(query)]

    def one_on_one_days(self, today: date, team: str | None, role: Role | None,
                        generation: Generation | None = None) -> list[tuple[int | None, int]]:
        """Active agents by days since their last 1:1 (None: never had one)."""
        a, s = _agents.c, _sessions.c
        # Each active agent's last 1:1 is one seek in ix_coaching_sessions_kind_agent_held; grouping every
        # agent's sessions first (leavers' too, ~150k at centre scale) read the whole index.
        last = (select(func.max(s.held_on)).where(s.kind == ONE_ON_ONE, s.agent_id == a.id, s.held_on <= today)
                .scalar_subquery())
        inner = (select(_days_between(literal(today, Date), last).label("days"))
                 .where(_active_on(today), *_filtered(team, role, generation),
                        *hidden_conditions(self._session, _agents)).subquery())  # nested: out of the scope's reach
        query = select(inner.c.days, func.count()).group_by(inner.c.days)
        return [(None if d is None else int(d), int(n)) for d, n in self._session.execute(query)]

    def mood_counts(self, first: date, last: date, team: str | None, role: Role | None,
                    generation: Generation | None = None) -> list[tuple[date, int, int]]:
        """How many 1:1s noted each mood on each day of the period: counted in SQL, a year of a 5,000-agent
        centre's 1:1s (~130k) would otherwise cross into Python one by one."""
        s = _sessions.c
        narrowed = _filtered(team, role, generation)
        query = (select(s.held_on, s.mood, func.count())
                 .where(s.kind == ONE_ON_ONE, s.mood.is_not(None), s.held_on.between(first, last), *narrowed)
                 .group_by(s.held_on, s.mood))
        if narrowed:  # unnarrowed, every session counts: no agent to look up (the covering index answers alone)
            query = query.join(_agents, _agents.c.id == s.agent_id)
        return [(day, int(mood), int(n)) for day, mood, n in self._session.execute(query)]

    def agent_ids(self, team: str | None, role: Role | None, generation: Generation | None = None) -> set[int]:
        return set(self._session.scalars(select(_agents.c.id).where(*_filtered(team, role, generation))))

    def hire_dates(self, agent_ids: set[int]) -> dict[int, date]:
        if not agent_ids:
            return {}
        query = select(_agents.c.id, _agents.c.hire_date).where(_agents.c.id.in_(sorted(agent_ids)))
        return {agent_id: hired for agent_id, hired in self._session.execute(query)}
