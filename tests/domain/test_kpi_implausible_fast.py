"""Issue 18: implausible_values tests a figure's value before its metric; on 20k random rows (every branch, every
edge) it finds exactly what the metric-first version found."""

from __future__ import annotations

import random

from domain.performance.importing import MAX_CONTACTS, MAX_HANDLE_SECONDS, implausible_values
from domain.performance.model import Metric
from domain.roster.importing import RowError


def metric_first(row: int, values: dict[Metric, float], sheet: str = "") -> list[RowError]:
    """The version before this round, as it was."""
    found = []
    for metric, value in values.items():
        if value < 0:
            found.append(RowError(sheet, row, metric.value, "kpi_negative", f"{value:g}"))
        elif metric in (Metric.CSAT, Metric.FCR, Metric.COMPLAINT_RATE, Metric.ADHERENCE,
                        Metric.ANSWER_RATE) and value > 1:
            found.append(RowError(sheet, row, metric.value, "kpi_over_100", f"{value * 100:g}%"))
        elif metric in (Metric.AHT, Metric.RESPONSE) and value > MAX_HANDLE_SECONDS:
            found.append(RowError(sheet, row, metric.value, "kpi_handle_over_4h", f"{value:g}"))
        elif metric in (Metric.HANDLED, Metric.INBOUND) and value > MAX_CONTACTS:
            found.append(RowError(sheet, row, metric.value, "kpi_too_many_contacts", f"{value:g}"))
    handled, complaints = values.get(Metric.HANDLED), values.get(Metric.COMPLAINTS)
    if handled is not None and complaints is not None and complaints > handled >= 0:
        found.append(RowError(sheet, row, Metric.COMPLAINTS.value, "kpi_complaints_over_contacts",
                              f"{complaints:g} > {handled:g}"))
    inbound = values.get(Metric.INBOUND)
    if handled is not None and inbound is not None and handled > inbound >= 0:
        found.append(RowError(sheet, row, Metric.HANDLED.value, "kpi_answered_over_inbound",
                              f"{handled:g} > {inbound:g}"))
    return found


def test_value_first_finds_what_metric_first_found() -> None:
    rng = random.Random(18)
    edges = [-0.5, 0, 0.5, 1, 1.0000001, 1.5, 99, MAX_HANDLE_SECONDS, MAX_HANDLE_SECONDS + 1, MAX_CONTACTS,
             MAX_CONTACTS + 1, 1e7]
    metrics = list(Metric)
    codes = set()
    for row in range(20_000):
        values = {m: rng.choice(edges) for m in rng.sample(metrics, rng.randrange(1, len(metrics)))}
        expected = metric_first(row, values, "表1")
        assert implausible_values(row, values, "表1") == expected, values
        codes.update(e.code for e in expected)
    assert codes >= {"kpi_negative", "kpi_over_100", "kpi_handle_over_4h", "kpi_too_many_contacts",
                     "kpi_complaints_over_contacts", "kpi_answered_over_inbound"}
