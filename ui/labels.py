"""Enum members → words on screen. Domain code never returns text; this is the one place it becomes text."""

from __future__ import annotations

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

_N = QT_TRANSLATE_NOOP
LABELS: dict[StrEnum, str] = {
    Role.HOTLINE: _N("Labels", "Hotline"),
    Role.ONLINE: _N("Labels", "Online"),
    Role.AFTER_SALES: _N("Labels", "After-sales"),
    Gender.FEMALE: _N("Labels", "Female"),
    Gender.MALE: _N("Labels", "Male"),
    TenureStage.NEW: _N("Labels", "New"),
    TenureStage.GROWING: _N("Labels", "Growing"),
    TenureStage.EXPERT: _N("Labels", "Expert"),
    Generation.BEFORE_80: _N("Labels", "Before 1980"),
    Generation.POST_80: _N("Labels", "Born 1980s"),
    Generation.POST_90: _N("Labels", "Born 1990–94"),
    Generation.POST_95: _N("Labels", "Born 1995–99"),
    Generation.POST_00: _N("Labels", "Born 2000s"),
    CertLevel.NONE: _N("Labels", "Not certified"),
    CertLevel.JUNIOR: _N("Labels", "Junior"),
    CertLevel.INTERMEDIATE: _N("Labels", "Intermediate"),
    CertLevel.SENIOR: _N("Labels", "Senior"),
    CertLevel.EXPERT: _N("Labels", "Senior expert"),
    CareerTrack.UNDECIDED: _N("Labels", "Undecided"),
    CareerTrack.MANAGEMENT: _N("Labels", "Management"),
    CareerTrack.EXPERT: _N("Labels", "Expert track"),
    CareerTrack.TRAINER: _N("Labels", "Trainer"),
    CareerTrack.OPERATIONS: _N("Labels", "Operations"),
    CareerTrack.PRODUCT: _N("Labels", "Product"),
    Status.ACTIVE: _N("Labels", "Active"),
    Status.LEFT: _N("Labels", "Left"),
    LeaveReason.PAY: _N("Labels", "Pay"),
    LeaveReason.PRESSURE: _N("Labels", "Work pressure"),
    LeaveReason.CAREER: _N("Labels", "Career development"),
    LeaveReason.FAMILY: _N("Labels", "Family"),
    LeaveReason.HEALTH: _N("Labels", "Health"),
    LeaveReason.STUDY: _N("Labels", "Further study"),
    LeaveReason.RELOCATION: _N("Labels", "Relocation"),
    LeaveReason.PERFORMANCE: _N("Labels", "Performance"),
    LeaveReason.MISCONDUCT: _N("Labels", "Misconduct"),
    LeaveReason.CONTRACT_END: _N("Labels", "Contract ended"),
    LeaveReason.OTHER: _N("Labels", "Other"),
}


def label(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", LABELS.get(value, str(value)))


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")


_YES_NO = (_N("Labels", "Yes"), _N("Labels", "No"))
