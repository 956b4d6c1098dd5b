"""Criteria as words: what a level requires, and what the evidence shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.performance.model import Grade
from domain.roster.model import CertLevel
from domain.training.ladder import Check
from domain.training.model import Criterion, LadderLevel
from shared.words import label


def grade_word(value: str) -> str:
    return label(Grade(value)) if value in Grade._value2member_map_ else value


def required_text(check: Check) -> str:
    c, r = check.criterion, check.required
    if c is Criterion.TENURE_MONTHS:
        return QCoreApplication.translate("CareerWords", "at least %1 months").replace("%1", r)
    if c is Criterion.CERT_LEVEL:
        return label(CertLevel(r)) + QCoreApplication.translate("CareerWords", " or above")
    if c is Criterion.KPI_GRADE:
        grade, months = r.split("/")
        return (
            QCoreApplication.translate("CareerWords", "%1 or better in each of the last %2 months")
            .replace("%1", grade_word(grade))
            .replace("%2", months)
        )
    if c is Criterion.NO_FLOOR:
        return QCoreApplication.translate("CareerWords", "no complaint-floor month in the last %1 months").replace(
            "%1", r
        )
    if c is Criterion.ITEMS_PASSED:
        return QCoreApplication.translate("CareerWords", "at least %1 training items complete").replace("%1", r)
    if c is Criterion.APPRENTICES:
        return QCoreApplication.translate("CareerWords", "at least %1 apprentices mentored to completion").replace(
            "%1", r
        )
    return r


def evidence_text(check: Check) -> str:
    c, e = check.criterion, check.evidence
    if c is Criterion.TENURE_MONTHS:
        hired, months = e.split(" +")
        return (
            QCoreApplication.translate("CareerWords", "hired %1, %2 months")
            .replace("%1", hired)
            .replace("%2", months)
        )
    if c is Criterion.CERT_LEVEL:
        level, _, day = e.partition(" ")
        return label(CertLevel(level)) + (
            QCoreApplication.translate("CareerWords", " (passed %1)").replace("%1", day) if day else ""
        )
    if c is Criterion.KPI_GRADE:
        parts = [p.split(":") for p in e.split()]
        none = QCoreApplication.translate("CareerWords", "no score")
        return "  ".join(f"{m} {grade_word(g) if g != '-' else none}" for m, g in parts)
    if c is Criterion.NO_FLOOR:
        return (
            QCoreApplication.translate("CareerWords", "floor in %1").replace("%1", e)
            if not check.met
            else QCoreApplication.translate("CareerWords", "none in %1").replace("%1", e)
        )
    if c is Criterion.MANUAL:
        return (
            QCoreApplication.translate("CareerWords", "ticked")
            if check.met
            else QCoreApplication.translate("CareerWords", "not ticked yet")
        )
    return e


def level_criteria_text(level: LadderLevel) -> str:
    """One line per criterion, for the ladders table and the 公示 workbook preview."""
    parts = []
    if level.min_tenure_months:
        parts.append(
            QCoreApplication.translate("CareerWords", "at least %1 months").replace(
                "%1", str(level.min_tenure_months)
            )
        )
    if level.min_cert is not CertLevel.NONE:
        parts.append(label(level.min_cert) + QCoreApplication.translate("CareerWords", " or above"))
    if level.kpi_grade and level.kpi_months:
        parts.append(
            QCoreApplication.translate("CareerWords", "%1 or better in each of the last %2 months")
            .replace("%1", grade_word(level.kpi_grade))
            .replace("%2", str(level.kpi_months))
        )
    if level.no_floor_months:
        parts.append(
            QCoreApplication.translate("CareerWords", "no complaint-floor month in the last %1 months").replace(
                "%1", str(level.no_floor_months)
            )
        )
    if level.items_passed:
        parts.append(
            QCoreApplication.translate("CareerWords", "at least %1 training items complete").replace(
                "%1", str(level.items_passed)
            )
        )
    if level.apprentices:
        parts.append(
            QCoreApplication.translate("CareerWords", "at least %1 apprentices mentored to completion").replace(
                "%1", str(level.apprentices)
            )
        )
    parts.extend(level.manual)
    return "；".join(parts)
