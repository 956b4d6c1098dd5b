"""伙伴系统: who is suggested as a buddy for a new hire, and who may not be one."""

from __future__ import annotations

from datetime import date

from domain.care.buddy import check_pair, suggest_buddies
from domain.roster.model import AgentData, Role, Status

TODAY = date(2026, 11, 23)


def agent(i: int, team: str = "热线一组", hired: date = date(2025, 1, 6), status: Status = Status.ACTIVE) -> AgentData:
    return AgentData(f"KF{i:03d}", f"坐席{i}", Role.HOTLINE, team, hired, status=status, id=i)


NEW = agent(1, hired=date(2026, 11, 2))


def test_suggestions_are_same_team_settled_peers_in_good_spirits_best_first() -> None:
    people = [NEW, agent(2), agent(3), agent(4, team="热线二组"), agent(5, hired=date(2026, 9, 1)),
              agent(6, status=Status.LEFT), agent(7), agent(8), agent(9), agent(10)]
    moods = {2: 4, 3: 5, 7: 2, 8: 4, 9: 4}
    grades = {2: "good", 3: "pass", 8: "excellent", 9: "improve", 10: "good"}
    found = suggest_buddies(NEW, people, mentor_ids={10}, moods=moods, grades=grades, buddies_now={2: 2},
                            today=TODAY)
    # 2 supports two already, 4 another team, 5 still new, 6 left, 7 low mood, 9 待改进, 10 the mentor
    assert [c.agent.id for c in found] == [3, 8]  # the happier first, then the better grade
    assert (found[0].mood, found[0].grade) == (5, "pass")


def test_a_buddy_is_not_the_mentor_not_oneself_and_not_overloaded() -> None:
    codes = {e.code for e in check_pair(NEW, agent(10), TODAY, {10}, False, 0, TODAY)}
    assert codes == {"buddy_is_mentor"}
    assert {e.code for e in check_pair(NEW, NEW, TODAY, set(), True, 2, TODAY)} == {
        "buddy_self", "buddy_already", "buddy_full"}
    assert check_pair(NEW, agent(3), TODAY, set(), False, 1, TODAY) == []
