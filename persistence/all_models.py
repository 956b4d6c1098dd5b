"""Every area's tables, imported in one place so Alembic and the schema tests see the whole schema.
An area with tables adds one import line here."""

from persistence.care.models import CareRecordRow  # noqa: F401  (care records, keyring)
from persistence.coaching.models import UNMODELLED_TABLES as COACHING_FTS_TABLES
from persistence.mentoring.models import MentorPairingRecord  # noqa: F401  (pairings, check-ins, certifications)
from persistence.models import Base  # noqa: F401  (roster, settings, activity log)
from persistence.performance.models import KpiMonthlyRow  # noqa: F401  (KPIs, schemes, scores, appeals, stars)
from persistence.recruiting.models import RecruitingCandidateRow  # noqa: F401  (recruiting)
from persistence.training.models import TrainingPlanItemRow  # noqa: F401  (training, career ladders)

# Tables SQLAlchemy cannot describe (FTS5 virtual tables and the shadow tables SQLite makes for them),
# created by their area's migration. Schema comparisons (env.py, the models-vs-migrations test) skip them.
UNMODELLED_TABLES: frozenset[str] = frozenset(COACHING_FTS_TABLES)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and name in UNMODELLED_TABLES)
