"""Default scoring schemes per role (from the seeds), their validation, and their stored form."""

from __future__ import annotations

import json

from domain.performance.model import (
    Direction,
    FloorRule,
    Grade,
    GradeBands,
    Metric,
    MetricRule,
    Normalisation,
    Scheme,
    Trigger,
)
from domain.roster.model import Role

HIGHER, LOWER = Direction.HIGHER, Direction.LOWER

# Efficiency : quality about 5:5 as the seeds advise; handle time is shown but not weighted, so nobody is
# pushed to cut calls short. Hotline is the seeds' own example: handled 30, response 20, CSAT 30, complaints 20.
DEFAULT_SCHEMES: dict[Role, Scheme] = {
    Role.HOTLINE: Scheme(
        Role.HOTLINE,
        (
            MetricRule(Metric.HANDLED, 30, 1200, HIGHER),
            MetricRule(Metric.RESPONSE, 20, 15, LOWER),
            MetricRule(Metric.CSAT, 30, 0.95, HIGHER),
            MetricRule(Metric.COMPLAINT_RATE, 20, 0.002, LOWER),
        ),
        GradeBands(),
        (FloorRule(Metric.COMPLAINT_RATE, 0.005, Trigger.ABOVE, Grade.PASS),),
    ),
    Role.ONLINE: Scheme(
        Role.ONLINE,
        (
            MetricRule(Metric.HANDLED, 25, 1800, HIGHER),
            MetricRule(Metric.RESPONSE, 25, 30, LOWER),
            MetricRule(Metric.CSAT, 30, 0.93, HIGHER),
            MetricRule(Metric.QA, 20, 92, HIGHER),
        ),
        GradeBands(),
        (FloorRule(Metric.COMPLAINT_RATE, 0.005, Trigger.ABOVE, Grade.PASS),),
    ),
    Role.AFTER_SALES: Scheme(
        Role.AFTER_SALES,
        (
            MetricRule(Metric.FCR, 35, 0.88, HIGHER),
            MetricRule(Metric.COMPLAINT_RATE, 25, 0.003, LOWER),
            MetricRule(Metric.CSAT, 25, 0.93, HIGHER),
            MetricRule(Metric.HANDLED, 15, 450, HIGHER),
        ),
        GradeBands(),
        (
            FloorRule(Metric.COMPLAINT_RATE, 0.008, Trigger.ABOVE, Grade.PASS),
            FloorRule(Metric.QA, 70, Trigger.BELOW, Grade.IMPROVE),
        ),
    ),
}


def validate_scheme(scheme: Scheme) -> list[str]:
    """Problem codes; an empty list means the scheme can be saved."""
    problems = []
    metrics = [r.metric for r in scheme.rules]
    if not scheme.rules:
        problems.append("scheme_no_metrics")
    if len(set(metrics)) != len(metrics):
        problems.append("scheme_duplicate_metric")
    if abs(sum(r.weight for r in scheme.rules) - 100) > 0.01:
        problems.append("scheme_weights_not_100")
    if any(r.weight < 0 for r in scheme.rules):
        problems.append("scheme_negative_weight")
    if any(r.target <= 0 and r.normalisation is Normalisation.ATTAINMENT for r in scheme.rules):
        problems.append("scheme_bad_target")
    if any(r.cap < 1 for r in scheme.rules):
        problems.append("scheme_bad_cap")
    b = scheme.bands
    if not 0 < b.passing < b.good < b.excellent:
        problems.append("scheme_bad_bands")
    return problems


def scheme_to_json(scheme: Scheme) -> str:
    return json.dumps({
        "rules": [{"metric": r.metric.value, "weight": r.weight, "target": r.target, "direction": r.direction.value,
                   "normalisation": r.normalisation.value, "cap": r.cap} for r in scheme.rules],
        "bands": {"excellent": scheme.bands.excellent, "good": scheme.bands.good, "passing": scheme.bands.passing},
        "floors": [{"metric": f.metric.value, "threshold": f.threshold, "trigger": f.trigger.value,
                    "cap": f.cap.value} for f in scheme.floors],
    }, ensure_ascii=False, sort_keys=True)


def scheme_from_json(role: Role, text: str, **extra: object) -> Scheme:  # extra: version, id, stage …
    body = json.loads(text)
    rules = tuple(MetricRule(Metric(r["metric"]), float(r["weight"]), float(r["target"]), Direction(r["direction"]),
                             Normalisation(r["normalisation"]), float(r["cap"])) for r in body["rules"])
    floors = tuple(FloorRule(Metric(f["metric"]), float(f["threshold"]), Trigger(f["trigger"]), Grade(f["cap"]))
                   for f in body.get("floors", ()))
    bands = GradeBands(**{k: float(v) for k, v in body["bands"].items()})
    return Scheme(role, rules, bands, floors, **extra)  # type: ignore[arg-type]
