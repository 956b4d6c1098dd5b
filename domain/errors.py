"""Domain exceptions. They carry codes and values; ui/ and the CLI turn them into words."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # roster.rules imports the domain's models, which import these errors
    from domain.roster.rules import FieldError


class DomainError(Exception):
    code = "domain_error"


class ValidationFailed(DomainError):
    code = "validation_failed"

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors


class DuplicateEmployeeNo(DomainError):
    code = "duplicate_employee_no"

    def __init__(self, employee_no: str) -> None:
        super().__init__(employee_no)
        self.employee_no = employee_no


class NotFound(DomainError):
    code = "not_found"


class EditedElsewhere(DomainError):
    """Someone else saved this record since it was read (a shared database, issue 23): saving now would
    silently overwrite their edit. `who` and `when` name that save; the form keeps what was typed."""

    code = "edited_elsewhere"

    def __init__(self, who: str, when: datetime | None) -> None:
        super().__init__(who, when)
        self.who, self.when = who, when


class CannotUndo(DomainError):
    """The world moved on since the action (e.g. later records reference the agent)."""

    code = "cannot_undo"


class ChangedSince(CannotUndo):
    """A field the action changed was changed again since (on another page, or by another action), so
    putting the old value back would silently lose that later edit."""

    code = "changed_since"

    def __init__(self, agent_id: int, fields: tuple[str, ...]) -> None:
        super().__init__(agent_id, fields)
        self.agent_id, self.fields = agent_id, fields
