"""Both stars on the HQ report's 绩效 sheet (issue 21 item 4): 服务之星 as recorded, 改进之星 with the rule that
decided it and the runner-up it was decided against, from hand-worked scores."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from domain.performance import services
from domain.performance.importing import KpiCandidate, apply_kpi_import, plan_kpi_import
from domain.performance.model import Metric, StarHow
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from persistence.reports.hq_report import HQ_REPORT
from tests.persistence.hq_sheets import table

TODAY = date(2026, 11, 23)
H, R, C, CR = Metric.HANDLED, Metric.RESPONSE, Metric.CSAT, Metric.COMPLAINT_RATE


def land(db, month: str, figures: dict) -> None:  # type: ignore[no-untyped-def]
    candidates = [KpiCandidate("s", i + 2, no, "", month, dict(v)) for i, (no, v) in enumerate(figures.items())]
    with db.uow() as uow:
        agents = uow.agents.list_all()
    apply_kpi_import(db.uow(), plan_kpi_import(candidates, agents, None, None), TODAY, "test")


def test_service_star_and_improvement_star_with_the_tie_rule(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = {no: roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6)),
                                TODAY).agent_id
           for no, name in (("KF001", "王婷"), ("KF002", "李强"), ("KF003", "张敏"))}
    # Default hotline scheme (handled 30 / response 20 / CSAT 30 / complaint rate 20, targets 1200 / 15 s / .95 / .2 %).
    # September: 王婷 and 李强 27 + 15 + 29.4 + 10 = 81.4 良好; 张敏 100 优秀.
    sep = {"KF001": {H: 1080, R: 20, C: 0.931, CR: 0.004}, "KF002": {H: 1080, R: 20, C: 0.931, CR: 0.004},
           "KF003": {H: 1200, R: 15, C: 0.95, CR: 0.002}}
    # October: 王婷 complaint rate .2 %: 27 + 15 + 29.4 + 20 = 91.4 优秀 (+1 band, +10); 李强 also 15 s:
    # 27 + 20 + 29.4 + 20 = 96.4 优秀 (+1 band, +15): level on bands, 李强 wins on the gain. 张敏 gained nothing.
    oct_ = {"KF001": {H: 1080, R: 20, C: 0.931, CR: 0.002}, "KF002": {H: 1080, R: 15, C: 0.931, CR: 0.002},
            "KF003": {H: 1200, R: 15, C: 0.95, CR: 0.002}}
    land(db, "2026-09", sep)
    land(db, "2026-10", oct_)
    services.record_star(db.uow(), "2026-10", ids["KF003"], StarHow.TOP_SCORE, "", TODAY)
    out = tmp_path / "hq.xlsx"
    export_report(db.uow, HQ_REPORT, Month(2026, 10), out, ["performance"], datetime(2026, 11, 23, 9))
    headers, rows = table(openpyxl.load_workbook(out)["绩效"], "本月之星（服务之星、改进之星）")
    assert headers == ["奖项", "工号", "姓名", "班组", "依据"]
    assert rows == [
        ["服务之星", "KF003", "张敏", "热线一组", "当月综合得分最高"],
        ["改进之星", "KF002", "李强", "热线一组",
         "良好 81.40 → 优秀 96.40（+1档，+15.00分）；与王婷同样提升1档，得分提高更多（+15.00 对 +10.00）"],
    ]
