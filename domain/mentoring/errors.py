"""Why a mentoring or certification action was refused, as codes the UI and CLI put into words."""

from __future__ import annotations

from domain.errors import DomainError


class MentorNotActive(DomainError):
    code = "mentor_not_active"


class MentorNotQualified(DomainError):
    """Neither in the expert stage (over 12 months since hire) nor certified senior or above."""

    code = "mentor_not_qualified"


class MentorAtCapacity(DomainError):
    code = "mentor_at_capacity"

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class ApprenticeNotActive(DomainError):
    code = "apprentice_not_active"


class ApprenticeAlreadyPaired(DomainError):
    code = "apprentice_already_paired"


class CannotMentorSelf(DomainError):
    code = "cannot_mentor_self"


class PairingNotActive(DomainError):
    code = "pairing_not_active"


class PairingOverlaps(DomainError):
    """The apprentice already had a mentor on some of these days: an apprentice-day is paid to one mentor only.
    Carries the other pairing's dates (`end` None: still running) so the refusal can say which days."""

    code = "pairing_overlaps"

    def __init__(self, start: object, end: object) -> None:
        super().__init__(start, end)
        self.start = start
        self.end = end
