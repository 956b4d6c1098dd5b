"""The roster's words: its enums, its error codes, its timeline events (see shared/words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.roster.model import (
    CareerTrack,
    CertLevel,
    Gender,
    Generation,
    LeaveReason,
    Role,
    Status,
    TenureStage,
)

# "Labels": the enum words every page shows. Keyed per enum: StrEnum members of different enums with the same
# value ("expert") are equal, so one dict for all would mix them up.
ENUM_CONTEXT = "Labels"
ENUMS = {
    Role: {
        Role.HOTLINE: QT_TRANSLATE_NOOP("Labels", "Hotline"),
        Role.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
        Role.AFTER_SALES: QT_TRANSLATE_NOOP("Labels", "After-sales"),
    },
    Gender: {
        Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
        Gender.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    },
    TenureStage: {
        TenureStage.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
        TenureStage.GROWING: QT_TRANSLATE_NOOP("Labels", "Growing"),
        TenureStage.EXPERT: QT_TRANSLATE_NOOP("Labels", "Expert"),
    },
    Generation: {
        Generation.BEFORE_80: QT_TRANSLATE_NOOP("Labels", "Before 1980"),
        Generation.POST_80: QT_TRANSLATE_NOOP("Labels", "Born 1980s"),
        Generation.POST_90: QT_TRANSLATE_NOOP("Labels", "Born 1990–94"),
        Generation.POST_95: QT_TRANSLATE_NOOP("Labels", "Born 1995–99"),
        Generation.POST_00: QT_TRANSLATE_NOOP("Labels", "Born 2000s"),
    },
    CertLevel: {
        CertLevel.NONE: QT_TRANSLATE_NOOP("Labels", "Not certified"),
        CertLevel.JUNIOR: QT_TRANSLATE_NOOP("Labels", "Junior"),
        CertLevel.INTERMEDIATE: QT_TRANSLATE_NOOP("Labels", "Intermediate"),
        CertLevel.SENIOR: QT_TRANSLATE_NOOP("Labels", "Senior"),
        CertLevel.EXPERT: QT_TRANSLATE_NOOP("Labels", "Senior expert"),
    },
    CareerTrack: {
        CareerTrack.UNDECIDED: QT_TRANSLATE_NOOP("Labels", "Undecided"),
        CareerTrack.MANAGEMENT: QT_TRANSLATE_NOOP("Labels", "Management"),
        CareerTrack.EXPERT: QT_TRANSLATE_NOOP("Labels", "Expert track"),
        CareerTrack.TRAINER: QT_TRANSLATE_NOOP("Labels", "Trainer"),
        CareerTrack.OPERATIONS: QT_TRANSLATE_NOOP("Labels", "Operations"),
        CareerTrack.PRODUCT: QT_TRANSLATE_NOOP("Labels", "Product"),
    },
    Status: {
        Status.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        Status.LEFT: QT_TRANSLATE_NOOP("Labels", "Left"),
    },
    LeaveReason: {
        LeaveReason.PAY: QT_TRANSLATE_NOOP("Labels", "Pay"),
        LeaveReason.PRESSURE: QT_TRANSLATE_NOOP("Labels", "Work pressure"),
        LeaveReason.CAREER: QT_TRANSLATE_NOOP("Labels", "Career development"),
        LeaveReason.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
        LeaveReason.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health"),
        LeaveReason.STUDY: QT_TRANSLATE_NOOP("Labels", "Further study"),
        LeaveReason.RELOCATION: QT_TRANSLATE_NOOP("Labels", "Relocation"),
        LeaveReason.PERFORMANCE: QT_TRANSLATE_NOOP("Labels", "Performance"),
        LeaveReason.MISCONDUCT: QT_TRANSLATE_NOOP("Labels", "Misconduct"),
        LeaveReason.CONTRACT_END: QT_TRANSLATE_NOOP("Labels", "Contract ended"),
        LeaveReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
}

CODES = {
    "changed_since": QT_TRANSLATE_NOOP(
        "Messages", "Cannot undo: this agent's record was changed again since (perhaps on another page). "
        "Nothing was changed; edit the agent instead."),
}

AREAS = {
    "roster": QT_TRANSLATE_NOOP("Timeline", "Roster"),
}

EVENTS = {
    ("roster", "hired"): QT_TRANSLATE_NOOP("Timeline", "Hired"),
    ("roster", "role"): QT_TRANSLATE_NOOP("Timeline", "Role changed"),
    ("roster", "team"): QT_TRANSLATE_NOOP("Timeline", "Team changed"),
    ("roster", "cert_level"): QT_TRANSLATE_NOOP("Timeline", "Certification changed"),
    ("roster", "career_track"): QT_TRANSLATE_NOOP("Timeline", "Career track changed"),
    ("roster", "status"): QT_TRANSLATE_NOOP("Timeline", "Status changed"),
}
