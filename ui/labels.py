"""Enum members → words on screen. Domain code never returns text; this is the one place it becomes text."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

# Keyed by (enum type, value): StrEnum members of different enums with the same value ("expert")
# are equal and hash alike, so a plain member-keyed dict would mix them up.
_LABELS: list[tuple[StrEnum, str]] = [
    (Role.HOTLINE, QT_TRANSLATE_NOOP("Labels", "Hotline")),
    (Role.ONLINE, QT_TRANSLATE_NOOP("Labels", "Online")),
    (Role.AFTER_SALES, QT_TRANSLATE_NOOP("Labels", "After-sales")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (Gender.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (TenureStage.NEW, QT_TRANSLATE_NOOP("Labels", "New")),
    (TenureStage.GROWING, QT_TRANSLATE_NOOP("Labels", "Growing")),
    (TenureStage.EXPERT, QT_TRANSLATE_NOOP("Labels", "Expert")),
    (Generation.BEFORE_80, QT_TRANSLATE_NOOP("Labels", "Before 1980")),
    (Generation.POST_80, QT_TRANSLATE_NOOP("Labels", "Born 1980s")),
    (Generation.POST_90, QT_TRANSLATE_NOOP("Labels", "Born 1990–94")),
    (Generation.POST_95, QT_TRANSLATE_NOOP("Labels", "Born 1995–99")),
    (Generation.POST_00, QT_TRANSLATE_NOOP("Labels", "Born 2000s")),
    (CertLevel.NONE, QT_TRANSLATE_NOOP("Labels", "Not certified")),
    (CertLevel.JUNIOR, QT_TRANSLATE_NOOP("Labels", "Junior")),
    (CertLevel.INTERMEDIATE, QT_TRANSLATE_NOOP("Labels", "Intermediate")),
    (CertLevel.SENIOR, QT_TRANSLATE_NOOP("Labels", "Senior")),
    (CertLevel.EXPERT, QT_TRANSLATE_NOOP("Labels", "Senior expert")),
    (CareerTrack.UNDECIDED, QT_TRANSLATE_NOOP("Labels", "Undecided")),
    (CareerTrack.MANAGEMENT, QT_TRANSLATE_NOOP("Labels", "Management")),
    (CareerTrack.EXPERT, QT_TRANSLATE_NOOP("Labels", "Expert track")),
    (CareerTrack.TRAINER, QT_TRANSLATE_NOOP("Labels", "Trainer")),
    (CareerTrack.OPERATIONS, QT_TRANSLATE_NOOP("Labels", "Operations")),
    (CareerTrack.PRODUCT, QT_TRANSLATE_NOOP("Labels", "Product")),
    (Status.ACTIVE, QT_TRANSLATE_NOOP("Labels", "Active")),
    (Status.LEFT, QT_TRANSLATE_NOOP("Labels", "Left")),
    (LeaveReason.PAY, QT_TRANSLATE_NOOP("Labels", "Pay")),
    (LeaveReason.PRESSURE, QT_TRANSLATE_NOOP("Labels", "Work pressure")),
    (LeaveReason.CAREER, QT_TRANSLATE_NOOP("Labels", "Career development")),
    (LeaveReason.FAMILY, QT_TRANSLATE_NOOP("Labels", "Family")),
    (LeaveReason.HEALTH, QT_TRANSLATE_NOOP("Labels", "Health")),
    (LeaveReason.STUDY, QT_TRANSLATE_NOOP("Labels", "Further study")),
    (LeaveReason.RELOCATION, QT_TRANSLATE_NOOP("Labels", "Relocation")),
    (LeaveReason.PERFORMANCE, QT_TRANSLATE_NOOP("Labels", "Performance")),
    (LeaveReason.MISCONDUCT, QT_TRANSLATE_NOOP("Labels", "Misconduct")),
    (LeaveReason.CONTRACT_END, QT_TRANSLATE_NOOP("Labels", "Contract ended")),
    (LeaveReason.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
]


LABELS: dict[tuple[type, str], str] = {}


def register_labels(labels: Iterable[tuple[StrEnum, str]]) -> None:
    """Areas add their enums' words (marked with QT_TRANSLATE_NOOP("Labels", ...) in their own package)."""
    for member, text in labels:
        LABELS[(type(member), member.value)] = text


register_labels(_LABELS)


def label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    source = LABELS.get((type(value), value.value), str(value))
    return QCoreApplication.translate("Labels", source)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")


_YES_NO = (QT_TRANSLATE_NOOP("Labels", "Yes"), QT_TRANSLATE_NOOP("Labels", "No"))
