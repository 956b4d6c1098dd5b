"""The 公示 workbook in words: the same text from the performance page and from `export publish`. QtCore
only (the command line uses it too); lupdate files the strings under "PublishText"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from domain.performance.explanation import Explanation
from domain.performance.handouts import PublishSheet
from domain.performance.model import Direction, Normalisation, Scheme
from domain.performance.publication import Publication, PublishedGrade
from shared.performance_figures import fmt
from shared.words import label


class PublishText(QObject):
    def scheme_name(self, scheme: Scheme) -> str:
        stage = label(scheme.stage) if scheme.stage else self.tr("all stages")
        return self.tr("%1 · %2 (version %3)").replace("%1", label(scheme.role)).replace("%2", stage) \
            .replace("%3", str(scheme.version))

    def scheme_rows(self, pub: Publication) -> list[list[object]]:
        rows: list[list[object]] = []
        for scheme, count in pub.schemes:
            name = self.scheme_name(scheme)
            for rule in scheme.rules:
                how = label(rule.direction) + ("，" + label(rule.normalisation)
                                              if rule.normalisation is Normalisation.RANK else "")
                target = "—" if rule.normalisation is Normalisation.RANK else fmt(rule.metric, rule.target)
                rows.append([name, count, self.tr("Metric"), label(rule.metric), f"{rule.weight:g}%", target, how])
            b = scheme.bands
            rows.append([name, count, self.tr("Grade lines"), "", "", "",
                         self.tr("Excellent ≥ %1, Good ≥ %2, Pass ≥ %3").replace("%1", f"{b.excellent:g}")
                         .replace("%2", f"{b.good:g}").replace("%3", f"{b.passing:g}")])
            for floor in scheme.floors:
                rows.append([name, count, self.tr("Floor rule"), label(floor.metric), "",
                             fmt(floor.metric, floor.threshold),
                             self.tr("%1 %2: the grade is at most %3").replace("%1", label(floor.trigger))
                             .replace("%2", fmt(floor.metric, floor.threshold)).replace("%3", label(floor.cap))])
        return rows

    def one_line(self, expl: Explanation) -> str:
        r = expl.result
        text = self.tr("Score %1, %2").replace("%1", f"{r.score:.2f}").replace("%2", label(r.grade))
        for release in expl.releases:
            rule = release.rule
            text += self.tr("; %1 %2 is %3 the floor line %4, so at most %5").replace("%1", label(rule.metric)) \
                .replace("%2", fmt(rule.metric, release.value)).replace("%3", label(rule.trigger)) \
                .replace("%4", fmt(rule.metric, rule.threshold)).replace("%5", label(rule.cap))
        strongest = max((line for line in r.lines if line.value is not None), key=lambda line: line.contribution,
                        default=None)
        if strongest is not None:
            text += self.tr("; most points from %1 (%2)").replace("%1", label(strongest.metric)) \
                .replace("%2", f"{strongest.contribution:.1f}")
        return text

    def next_band(self, expl: Explanation) -> str:
        if expl.next_grade is None:
            if expl.releases:
                rule = expl.releases[0].rule
                return self.tr("Bring %1 back within %2 and the grade is %3").replace("%1", label(rule.metric)) \
                    .replace("%2", fmt(rule.metric, rule.threshold))\
                    .replace("%3", label(expl.releases[0].grade_without))
            return self.tr("Top grade; %1 points above its line").replace("%1", f"{expl.cushion:.2f}")
        text = self.tr("%1 more points for %2").replace("%1", f"{expl.points_to_next:.2f}") \
            .replace("%2", label(expl.next_grade))
        reachable = [w for w in expl.what_ifs if w.reachable and w.needed_value is not None]
        if reachable:
            easiest = min(reachable, key=lambda w: w.needed_points - next(
                line.normalised for line in expl.result.lines if line.metric is w.metric))
            arrow = "↑" if _direction(expl, easiest.metric) is Direction.HIGHER else "↓"
            text += self.tr(", e.g. %1 at %2").replace("%1", label(easiest.metric)) \
                .replace("%2", fmt(easiest.metric, easiest.needed_value) + arrow)
        for rule in expl.blocked_by:
            text += self.tr("; and %1 back within %2").replace("%1", label(rule.metric)) \
                .replace("%2", fmt(rule.metric, rule.threshold))
        return text

    def grade_rows(self, pub: Publication) -> list[list[object]]:
        return [self._grade_row(g) for g in pub.grades]

    def _grade_row(self, g: PublishedGrade) -> list[object]:
        r = g.explanation.result
        return [g.agent.employee_no, g.agent.name, label(g.agent.role), g.agent.team,
                self.scheme_name(g.explanation.scheme), round(r.score, 2), label(r.grade),
                self.one_line(g.explanation), self.next_band(g.explanation)]

    def sheets(self, pub: Publication) -> list[PublishSheet]:
        team = pub.team_name or self.tr("Our team")
        return [
            PublishSheet(self.tr("Schemes"), self.tr("%1 · scoring schemes in force for %2").replace("%1", team)
                         .replace("%2", pub.month),
                         [self.tr("Scheme"), self.tr("Agents"), self.tr("Item"), self.tr("Metric"), self.tr("Weight"),
                          self.tr("Target / line"), self.tr("Rule")], self.scheme_rows(pub),
                         [self.tr("A figure missing for an agent shares its weight out over the others."),
                          self.tr("A stage without a scheme of its own is scored by the role's scheme.")]),
            PublishSheet(self.tr("Grades"), self.tr("%1 · grades for %2").replace("%1", team).replace("%2", pub.month),
                         [self.tr("Employee no."), self.tr("Name"), self.tr("Role"), self.tr("Team"),
                          self.tr("Scheme"), self.tr("Score"), self.tr("Grade"), self.tr("Why"),
                          self.tr("For the next band")], self.grade_rows(pub),
                         [self.tr("Questions about a figure? Talk to your supervisor or file an appeal within 5 "
                                  "working days.")]),
        ]

    def write(self, pub: Publication, path: Path) -> Path:
        from persistence.file_ports import publication_writer  # openpyxl, only when a workbook is written

        return publication_writer()(self.sheets(pub), path)


def _direction(expl: Explanation, metric: object) -> Direction:
    return next(line.direction for line in expl.result.lines if line.metric is metric)
