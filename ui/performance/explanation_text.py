"""An explanation in words: the same text on screen and on the sheet handed to the agent."""

from __future__ import annotations

from PySide6.QtCore import QObject

from domain.performance.explanation import Explanation
from domain.performance.handouts import ExplanationSheet
from domain.performance.model import Direction, Normalisation
from domain.performance.services import AgentExplanation
from shared.performance_figures import fmt
from shared.words import label


class ExplanationText(QObject):
    """A QObject only for self.tr(): lupdate files these strings under "ExplanationText"."""

    def headers(self) -> list[str]:
        return [self.tr("Metric"), self.tr("Value"), self.tr("Target"), self.tr("Points"), self.tr("Weight"),
                self.tr("Contribution")]

    def metric_rows(self, expl: Explanation) -> list[list[str]]:
        rows = []
        for line in expl.result.lines:
            target = (self.tr("rank in team") if line.normalisation is Normalisation.RANK
                      else fmt(line.metric, line.target) + ("↑" if line.direction is Direction.HIGHER else "↓"))
            weight = f"{line.weight:g}%"
            if line.value is None:
                weight += " " + self.tr("(no figure: weight shared out)")
            elif abs(line.effective_weight - line.weight) > 0.005:
                weight += " → " + f"{line.effective_weight:.1f}%"
            rows.append([label(line.metric) + (" " + self.tr("(after appeal)") if line.adjusted else ""),
                         fmt(line.metric, line.value), target,
                         f"{line.normalised:.1f}" if line.value is not None else "—", weight,
                         f"{line.contribution:.2f}" if line.value is not None else "—"])
        return rows

    def summary(self, expl: Explanation) -> str:
        r = expl.result
        text = self.tr("Score %1 → %2").replace("%1", f"{r.score:.2f}").replace("%2", label(r.grade))
        if r.raw_grade is not r.grade:
            text += self.tr(" (the score alone gives %1)").replace("%1", label(r.raw_grade))
        return text

    def scheme_name(self, expl: Explanation) -> str:
        scheme = expl.scheme
        if scheme.stage is None:
            return self.tr("Scheme: %1, all stages, version %2").replace("%1", label(scheme.role)).replace(
                "%2", str(scheme.version))
        return self.tr("Scheme: %1 · %2, version %3").replace("%1", label(scheme.role)).replace(
            "%2", label(scheme.stage)).replace("%3", str(scheme.version))

    def notes(self, expl: Explanation) -> list[str]:
        b = expl.scheme.bands
        out = [self.scheme_name(expl), self.tr(
            "Grade lines: Excellent ≥ %1, Good ≥ %2, Pass ≥ %3, below that Needs improvement.")
               .replace("%1", f"{b.excellent:g}").replace("%2", f"{b.good:g}").replace("%3", f"{b.passing:g}")]
        for release in expl.releases:
            rule = release.rule
            out.append(self.tr("Floor rule: %1 was %2, %3 the line of %4, so the grade is capped at %5.")
                       .replace("%1", label(rule.metric)).replace("%2", fmt(rule.metric, release.value))
                       .replace("%3", label(rule.trigger)).replace("%4", fmt(rule.metric, rule.threshold))
                       .replace("%5", label(rule.cap)))
            if release.grade_without is not expl.result.grade:
                out.append(self.tr("With %1 within %2 the grade would have been %3.")
                           .replace("%1", label(rule.metric)).replace("%2", fmt(rule.metric, rule.threshold))
                           .replace("%3", label(release.grade_without)))
        if expl.next_grade is not None:
            out.append(self.tr("%1 more points would have reached %2 (%3 points above the line of the current "
                               "grade).").replace("%1", f"{expl.points_to_next:.2f}")
                       .replace("%2", label(expl.next_grade)).replace("%3", f"{expl.cushion:.2f}"))
            for rule in expl.blocked_by:
                out.append(self.tr("Reaching %1 also needs %2 back within %3 (floor rule).")
                           .replace("%1", label(expl.next_grade)).replace("%2", label(rule.metric))
                           .replace("%3", fmt(rule.metric, rule.threshold)))
            out += [self._what_if(w) for w in expl.what_ifs]
        elif not expl.releases:
            out.append(self.tr("This is the best grade; %1 points above its line.")
                       .replace("%1", f"{expl.cushion:.2f}"))
        return out

    def _what_if(self, w) -> str:  # type: ignore[no-untyped-def]
        if not w.reachable:
            return (self.tr("· %1 alone could not close the gap: it can add at most %2 points.")
                    .replace("%1", label(w.metric)).replace("%2", f"{w.most_points:.2f}"))
        if w.needed_value is None:
            return (self.tr("· %1: %2 points (a higher place in the team) would do it.")
                    .replace("%1", label(w.metric)).replace("%2", f"{w.needed_points:.1f}"))
        return (self.tr("· %1 at %2 instead, everything else the same.")
                .replace("%1", label(w.metric)).replace("%2", fmt(w.metric, w.needed_value)))

    def appeal_notes(self, item: AgentExplanation) -> list[str]:
        notes = []
        for a in item.appeals:
            asked = a.adjusted_value if a.adjusted_value is not None else a.requested_value
            notes.append(self.tr("Appeal on %1: %2 → %3 (%4)").replace("%1", label(a.metric))
                         .replace("%2", fmt(a.metric, a.original_value)).replace("%3", fmt(a.metric, asked))
                         .replace("%4", label(a.status) + (f", {a.decided_by} {a.decided_on}" if a.decided_on else "")))
        return notes

    def sheet(self, item: AgentExplanation, team_name: str) -> ExplanationSheet:
        expl, agent = item.explanation, item.agent
        r = expl.result
        scheme = self.tr("version %1").replace("%1", str(expl.scheme.version))
        if expl.scheme.stage is not None:
            scheme = f"{label(expl.scheme.stage)} · {scheme}"
        if expl.scheme.created_on:
            scheme += f" · {expl.scheme.created_on}"
        facts = [(self.tr("Agent"), f"{agent.name}（{agent.employee_no}）"), (self.tr("Month"), r.month),
                 (self.tr("Role / team"), f"{label(r.role)} / {r.team}"), (self.tr("Scheme"), scheme),
                 (self.tr("Result"), self.summary(expl))]
        title = (self.tr("%1 performance explanation").replace("%1", team_name) if team_name
                 else self.tr("Performance explanation"))
        return ExplanationSheet(
            sheet_name=self.tr("Explanation"), title=title, facts=facts, headers=self.headers(),
            rows=self.metric_rows(expl), notes_title=self.tr("How the grade was reached"),
            notes=self.notes(expl) + self.appeal_notes(item),
            footer=self.tr("Questions about a figure? Talk to your supervisor or file an appeal within 5 working "
                           "days."))
