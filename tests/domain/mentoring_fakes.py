"""In-memory mentoring and certification repositories for domain service tests (mentoring area)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from domain.mentoring.model import CertAttempt, CheckIn, NewPairing, Pairing, PairingStatus
from domain.mentoring.ports import CheckInStats
from tests.domain.fakes import FakeUnitOfWork


class FakeMentoring:
    def __init__(self) -> None:
        self.pairings: dict[int, Pairing] = {}
        self.check_in_rows: dict[int, CheckIn] = {}
        self._next = 1

    def _id(self) -> int:
        value, self._next = self._next, self._next + 1
        return value

    def add_pairing(self, new: NewPairing) -> int:
        pairing_id = self._id()
        self.pairings[pairing_id] = Pairing(pairing_id, new.mentor_id, new.apprentice_id, new.start_date,
                                            new.planned_end, new.monthly_allowance, new.goals, PairingStatus.ACTIVE)
        return pairing_id

    def get_pairing(self, pairing_id: int) -> Pairing | None:
        return self.pairings.get(pairing_id)

    def update_pairing(self, pairing: Pairing) -> None:
        self.pairings[pairing.id] = pairing

    def list_pairings(self) -> list[Pairing]:
        return sorted(self.pairings.values(), key=lambda p: (p.start_date, p.id))

    def pairings_of_agent(self, agent_id: int) -> list[Pairing]:
        return [p for p in self.list_pairings() if agent_id in (p.mentor_id, p.apprentice_id)]

    def pairings_overlapping(self, first: date, last: date) -> list[Pairing]:
        return [p for p in self.list_pairings() if p.start_date <= last and (p.end_date is None or p.end_date >= first)]

    def active_count_for_mentor(self, mentor_id: int) -> int:
        return sum(p.mentor_id == mentor_id and p.status is PairingStatus.ACTIVE for p in self.pairings.values())

    def active_pairing_for_apprentice(self, apprentice_id: int) -> Pairing | None:
        return next((p for p in self.pairings.values()
                     if p.apprentice_id == apprentice_id and p.status is PairingStatus.ACTIVE), None)

    def add_check_in(self, check_in: CheckIn) -> int:
        check_in_id = self._id()
        self.check_in_rows[check_in_id] = replace(check_in, id=check_in_id)
        return check_in_id

    def check_ins(self, pairing_id: int) -> list[CheckIn]:
        return sorted((c for c in self.check_in_rows.values() if c.pairing_id == pairing_id),
                      key=lambda c: (c.day, c.id))

    def check_in_stats(self) -> dict[int, CheckInStats]:
        stats = {}
        for pairing_id in {c.pairing_id for c in self.check_in_rows.values()}:
            rows = self.check_ins(pairing_id)
            stats[pairing_id] = CheckInStats(len(rows), rows[-1].day, rows[-1].progress)
        return stats


class FakeCertifications:
    def __init__(self) -> None:
        self.rows: dict[int, CertAttempt] = {}

    def add(self, attempt: CertAttempt) -> int:
        attempt_id = len(self.rows) + 1
        self.rows[attempt_id] = replace(attempt, id=attempt_id)
        return attempt_id

    def for_agent(self, agent_id: int) -> list[CertAttempt]:
        return [a for a in self.list_all() if a.agent_id == agent_id]

    def list_all(self) -> list[CertAttempt]:
        return sorted(self.rows.values(), key=lambda a: (a.day, a.id))


@dataclass(frozen=True)
class FakeScore:
    agent_id: int
    month: str
    score: float


class FakePerformance:
    """Only what mentoring reads: an agent's stored monthly scores."""

    def __init__(self) -> None:
        self.scores: list[FakeScore] = []

    def scores_for_agent(self, agent_id: int) -> list[FakeScore]:
        return sorted((s for s in self.scores if s.agent_id == agent_id), key=lambda s: s.month)


class FakeMentoringUnitOfWork(FakeUnitOfWork):
    def __init__(self) -> None:
        super().__init__()
        self.mentoring = FakeMentoring()
        self.certifications = FakeCertifications()
        self.performance = FakePerformance()
