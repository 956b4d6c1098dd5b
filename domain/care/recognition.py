"""Recognition: awards (服务之星, 改进之星, 最佳案例, 优秀师傅, or a name the supervisor types) and the customer
praise log (表扬: date, channel, what the customer said). Pure rules and counts first, then the use cases."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.care.rules import month_key, month_range, months_between
from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.roster.rules import FieldError

NAME_CHARS = 30
TEXT_CHARS = 1000


class AwardKind(StrEnum):
    SERVICE_STAR = "service_star"  # 服务之星
    IMPROVEMENT_STAR = "improvement_star"  # 改进之星
    BEST_CASE = "best_case"  # 最佳案例
    BEST_MENTOR = "best_mentor"  # 优秀师傅
    CUSTOM = "custom"  # the supervisor's own award; its name is in `custom_name`


class PraiseChannel(StrEnum):
    PHONE = "phone"  # 电话里当场表扬
    ONLINE = "online"  # 在线评价
    LETTER = "letter"  # 表扬信
    BANNER = "banner"  # 锦旗
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Award:
    agent_id: int
    day: date
    kind: AwardKind
    custom_name: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Praise:
    agent_id: int
    day: date
    channel: PraiseChannel
    words: str = ""  # what the customer said
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MonthRecognition:
    """For the HQ report: counts only."""

    month: str
    awards: int
    praises: int
    by_kind: tuple[tuple[str, int], ...]  # (AwardKind value, count), kinds with at least one award


def validate_award(award: Award, today: date) -> list[FieldError]:
    errors = []
    if award.day > today:
        errors.append(FieldError("day", "care_day_in_future", award.day.isoformat()))
    if award.kind is AwardKind.CUSTOM and not award.custom_name.strip():
        errors.append(FieldError("custom_name", "required"))
    if len(award.custom_name) > NAME_CHARS:
        errors.append(FieldError("custom_name", "too_long"))
    if len(award.note) > TEXT_CHARS:
        errors.append(FieldError("note", "too_long"))
    return errors


def validate_praise(praise: Praise, today: date) -> list[FieldError]:
    errors = []
    if praise.day > today:
        errors.append(FieldError("day", "care_day_in_future", praise.day.isoformat()))
    if len(praise.words) > TEXT_CHARS:
        errors.append(FieldError("words", "too_long"))
    return errors


def monthly_counts(awards: Iterable[Award], praises: Iterable[Praise], first: date, last: date
                   ) -> list[MonthRecognition]:
    """Every month from `first` to `last`, zeros included."""
    start, end = month_range(first, last)
    kinds: Counter[tuple[str, str]] = Counter()
    award_months: Counter[str] = Counter()
    for a in awards:
        if start <= a.day <= end:
            kinds[(month_key(a.day), a.kind.value)] += 1
            award_months[month_key(a.day)] += 1
    praise_months = Counter(month_key(p.day) for p in praises if start <= p.day <= end)
    return [MonthRecognition(m, award_months[m], praise_months[m],
                             tuple((k.value, kinds[(m, k.value)]) for k in AwardKind if kinds[(m, k.value)]))
            for m in months_between(start, end)]


# --- use cases ---------------------------------------------------------------------------------
def _agent_exists(uow: UnitOfWork, agent_id: int) -> None:
    if uow.agents.get(agent_id) is None:
        raise NotFound(agent_id)


def add_award(uow: UnitOfWork, award: Award, today: date) -> int:
    award = Award(award.agent_id, award.day, award.kind, award.custom_name.strip(), award.note.strip())
    errors = validate_award(award, today)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        _agent_exists(uow, award.agent_id)
        award_id = uow.wellbeing.add_award(award)
        uow.commit()
    return award_id


def add_praise(uow: UnitOfWork, praise: Praise, today: date) -> int:
    praise = Praise(praise.agent_id, praise.day, praise.channel, praise.words.strip())
    errors = validate_praise(praise, today)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        _agent_exists(uow, praise.agent_id)
        praise_id = uow.wellbeing.add_praise(praise)
        uow.commit()
    return praise_id


def recognition_of(uow: UnitOfWork, agent_id: int) -> tuple[list[Award], list[Praise]]:
    with uow:
        return uow.wellbeing.awards(agent_id), uow.wellbeing.praises(agent_id)


def monthly_recognition(uow: UnitOfWork, first: date, last: date) -> list[MonthRecognition]:
    """For the HQ report (counts only, no names)."""
    start, end = month_range(first, last)
    with uow:
        awards, praises = uow.wellbeing.awards_between(start, end), uow.wellbeing.praises_between(start, end)
    return monthly_counts(awards, praises, start, end)


def custom_award_names(uow: UnitOfWork) -> list[str]:
    """The supervisor's own award names used so far, to offer them again."""
    with uow:
        return uow.wellbeing.custom_award_names()
