"""改进之星 by hand: bands first, then score gain, then this month's score, else shared; floors and losses out."""

from __future__ import annotations

from domain.performance.model import Grade, Metric, StoredScore
from domain.performance.stars import DecidedBy, improvement_star
from domain.roster.model import Role

E, G, P, W = Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.IMPROVE  # W: weak (待改进)


def s(agent: int, month: str, score: float, grade: Grade, *floors: Metric) -> StoredScore:
    return StoredScore(agent, month, Role.HOTLINE, "一组", None, score, grade, grade, floors)


def star(before: list[tuple[int, float, Grade]], now: list[tuple]) -> object:  # type: ignore[type-arg]
    return improvement_star("2026-10", [s(a, "2026-10", *rest) for a, *rest in now],
                            [s(a, "2026-09", sc, g) for a, sc, g in before])


def test_two_bands_beat_a_bigger_score_gain() -> None:
    # 1: 待改进 58 → 良好 80 (+2 bands, +22); 2: 合格 60 → 良好 89.9 (+1 band, +29.9)
    found = star([(1, 58, W), (2, 60, P)], [(1, 80, G), (2, 89.9, G)])
    assert [w.agent_id for w in found.winners] == [1] and found.decided_by is DecidedBy.BANDS
    assert found.runner_up.agent_id == 2 and (found.winners[0].bands, found.winners[0].gain) == (2, 22)


def test_equal_bands_go_to_the_larger_score_gain() -> None:
    # both 合格 → 良好: +15.5 against +12
    found = star([(1, 66, P), (2, 70, P)], [(1, 81.5, G), (2, 82, G)])
    assert [w.agent_id for w in found.winners] == [1] and found.decided_by is DecidedBy.SCORE_GAIN


def test_equal_gain_goes_to_the_higher_score_now_and_a_full_tie_is_shared() -> None:
    # both +5 within 良好; 2 ends higher (88 against 85)
    found = star([(1, 80, G), (2, 83, G)], [(1, 85, G), (2, 88, G)])
    assert [w.agent_id for w in found.winners] == [2] and found.decided_by is DecidedBy.SCORE_NOW
    shared = star([(1, 80, G), (2, 80, G), (3, 70, P)], [(1, 85, G), (2, 85, G), (3, 72, P)])
    assert [w.agent_id for w in shared.winners] == [1, 2] and shared.decided_by is DecidedBy.SHARED


def test_floors_losses_and_newcomers_are_not_eligible() -> None:
    # 1 gained most but hit the complaint floor; 2 fell; 3 has no month before; 4 gained 0.5
    found = star([(1, 50, W), (2, 90, E), (4, 70, P)],
                 [(1, 85, G, Metric.COMPLAINT_RATE), (2, 85, G), (3, 95, E), (4, 70.5, P)])
    assert [w.agent_id for w in found.winners] == [4] and found.decided_by is DecidedBy.ONLY
    assert star([(2, 90, E)], [(2, 85, G)]) is None
