"""Starting plans and ladders, from the seeds (分层培训, 师徒制, 职业发展通道). The supervisor edits them;
these are written once, the first time the area is used (see services.ensure_defaults)."""

from __future__ import annotations

from decimal import Decimal

from domain.roster.model import CareerTrack, CertLevel, TenureStage
from domain.training.model import CheckMethod, ItemKind, LadderLevel, PlanItem

_N, _G, _E = TenureStage.NEW, TenureStage.GROWING, TenureStage.EXPERT
_A, _T, _S = CheckMethod.ATTENDANCE, CheckMethod.TEST, CheckMethod.SIGN_OFF
PASS_MARK = Decimal(80)

DEFAULT_PLAN: tuple[PlanItem, ...] = (
    # 新人阶段 (1–3 months): 实战跟听营 and 沙盘推演 before theory.
    PlanItem(_N, "实战跟听营：旁听老员工真实通话", ItemKind.SHADOWING, 1, 2, _A),
    PlanItem(_N, "产品知识沙盘推演", ItemKind.KNOWLEDGE, 1, 3, _T, PASS_MARK),
    PlanItem(_N, "服务政策与系统操作考试", ItemKind.KNOWLEDGE, 2, 4, _T, PASS_MARK),
    PlanItem(_N, "角色扮演：常见场景与投诉处理", ItemKind.ROLE_PLAY, 3, 6, _S),
    PlanItem(_N, "情绪管理课程", ItemKind.EMOTION_COURSE, 4, 8, _A),
    PlanItem(_N, "师傅带教出师评估", ItemKind.ROLE_PLAY, 10, 13, _S),
    # 成长期 (3–12 months): weekly 案例解剖会, then 技能认证 preparation.
    PlanItem(_G, "案例解剖会：典型案例深度复盘（每周）", ItemKind.CASE_REVIEW, 14, 26, _A),
    PlanItem(_G, "提炼问题解决方法论：个人案例分享", ItemKind.CASE_REVIEW, 20, 30, _S),
    PlanItem(_G, "中级技能认证备考模拟", ItemKind.CERT_PREP, 30, 40, _T, PASS_MARK),
    PlanItem(_G, "高级技能认证备考模拟", ItemKind.CERT_PREP, 44, 52, _T, PASS_MARK),
    # 专家期 (over a year): knowledge assets and teaching others.
    PlanItem(_E, "编写《疑难问题处理手册》条目", ItemKind.HANDBOOK, 53, 65, _S),
    PlanItem(_E, "参与服务流程优化项目", ItemKind.HANDBOOK, 60, 78, _S),
    PlanItem(_E, "为新人授课一次", ItemKind.TEACHING, 66, 78, _A),
)

_M, _X, _R, _O, _P = (CareerTrack.MANAGEMENT, CareerTrack.EXPERT, CareerTrack.TRAINER, CareerTrack.OPERATIONS,
                      CareerTrack.PRODUCT)
_J, _I, _SE, _EX = CertLevel.JUNIOR, CertLevel.INTERMEDIATE, CertLevel.SENIOR, CertLevel.EXPERT

DEFAULT_LADDERS: tuple[LadderLevel, ...] = (
    LadderLevel(_M, 0, "客服专员"),
    LadderLevel(_M, 1, "组长", 12, _I, "good", 6, 6, 8, 1, ("能带班排班，组内认可",)),
    LadderLevel(_M, 2, "主管", 30, _SE, "good", 12, 12, 12, 2, ("完成主管储备培训",)),
    LadderLevel(_M, 3, "经理", 60, _SE, "excellent", 12, 12, 13, 3, ("跨部门项目经验",)),
    LadderLevel(_X, 0, "初级客服", 0, _J),
    LadderLevel(_X, 1, "中级客服", 6, _I, "pass", 3, 3, 6),
    LadderLevel(_X, 2, "高级客服", 15, _SE, "good", 6, 6, 10),
    LadderLevel(_X, 3, "资深客服专家", 30, _EX, "excellent", 6, 12, 13, 1, ("编写手册条目被采纳",)),
    LadderLevel(_R, 0, "资深客服"),
    LadderLevel(_R, 1, "带教师傅", 12, _SE, "good", 3, 6, 8, 0, ("愿意带新人",)),
    LadderLevel(_R, 2, "内训师", 24, _SE, "good", 6, 6, 13, 2, ("试讲通过",)),
    LadderLevel(_O, 0, "客服专员"),
    LadderLevel(_O, 1, "运营专员", 12, _I, "good", 6, 6, 8, 0, ("数据分析课程结业",)),
    LadderLevel(_O, 2, "高级运营", 30, _SE, "good", 12, 12, 10, 0, ("主导一个流程优化项目",)),
    LadderLevel(_P, 0, "客服专员"),
    LadderLevel(_P, 1, "用户研究助理", 12, _I, "good", 6, 6, 8, 0, ("提交用户需求洞察报告",)),
    LadderLevel(_P, 2, "产品经理", 30, _SE, "good", 12, 12, 10, 0, ("轮岗产品部门三个月",)),
)
