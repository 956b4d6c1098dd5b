"""The global agent finder's matching: any part of the name, 工号 or phone, or the pinyin initials of the
name ("zhm" finds 张华明). Pure: the initials come from pypinyin, read once per name and cached."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from domain.roster.model import AgentData, Status


@lru_cache(maxsize=8192)
def initials(name: str) -> str:
    """Lower-case first letters of each character's pinyin; other characters (Latin, digits) kept as they are.
    A heteronym gives its common reading; a surname read differently (e.g. 单 shàn) may miss, which the
    contains-match on the characters themselves still finds."""
    from pypinyin import Style, lazy_pinyin  # ~40 ms of dictionary load, paid at the first search

    return "".join(p[:1] for p in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")).casefold()


@dataclass(frozen=True, slots=True)
class Match:
    agent: AgentData
    rank: int  # 0 exact employee no., 1 name starts with it, 2 other contains, 3 pinyin initials


def find_agents(agents: Iterable[AgentData], query: str, limit: int = 50) -> list[Match]:
    """Best first: an exact 工号, then names that start with the query, then any other contains-match, then
    pinyin initials; active agents before leavers, then by 工号."""
    needle = query.strip().casefold()
    if not needle:
        return []
    digits = needle.replace(" ", "").replace("-", "")
    found: list[Match] = []
    for agent in agents:
        name, number = agent.name.casefold(), agent.employee_no.casefold()
        if number == needle:
            rank = 0
        elif name.startswith(needle):
            rank = 1
        elif needle in name or needle in number or (digits.isdigit() and digits in agent.phone.replace(" ", "")
                                                    .replace("-", "")):
            rank = 2
        elif needle.isascii() and needle.isalpha() and needle in initials(agent.name):
            rank = 3
        else:
            continue
        found.append(Match(agent, rank))
    found.sort(key=lambda m: (m.rank, m.agent.status is not Status.ACTIVE, m.agent.employee_no))
    return found[:limit]
