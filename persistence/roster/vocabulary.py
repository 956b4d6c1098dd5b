"""The words HQ's spreadsheets use. Files exchanged with HQ are Chinese whatever the UI language,
so these labels belong to the file format (like the header synonyms), not to the UI translations."""

from __future__ import annotations

from enum import StrEnum

from domain.roster.model import CareerTrack, CertLevel, Gender, LeaveReason, Role, Status, TenureStage

_ZH: list[tuple[StrEnum, str]] = [
    (Role.HOTLINE, "热线"),
    (Role.ONLINE, "在线"),
    (Role.AFTER_SALES, "售后"),
    (Gender.FEMALE, "女"),
    (Gender.MALE, "男"),
    (TenureStage.NEW, "新人"),
    (TenureStage.GROWING, "成长"),
    (TenureStage.EXPERT, "专家"),
    (CertLevel.NONE, "未认证"),
    (CertLevel.JUNIOR, "初级"),
    (CertLevel.INTERMEDIATE, "中级"),
    (CertLevel.SENIOR, "高级"),
    (CertLevel.EXPERT, "资深专家"),
    (CareerTrack.UNDECIDED, "未定"),
    (CareerTrack.MANAGEMENT, "管理"),
    (CareerTrack.EXPERT, "专家"),
    (CareerTrack.TRAINER, "培训师"),
    (CareerTrack.OPERATIONS, "运营"),
    (CareerTrack.PRODUCT, "产品"),
    (Status.ACTIVE, "在职"),
    (Status.LEFT, "离职"),
    (LeaveReason.PAY, "薪酬"),
    (LeaveReason.PRESSURE, "工作压力"),
    (LeaveReason.CAREER, "职业发展"),
    (LeaveReason.FAMILY, "家庭原因"),
    (LeaveReason.HEALTH, "健康原因"),
    (LeaveReason.STUDY, "继续深造"),
    (LeaveReason.RELOCATION, "异地搬迁"),
    (LeaveReason.PERFORMANCE, "绩效不达标"),
    (LeaveReason.MISCONDUCT, "违纪"),
    (LeaveReason.CONTRACT_END, "合同到期"),
    (LeaveReason.OTHER, "其他"),
]
# Keyed by (enum type, value): members of different StrEnums with the same value compare equal.
ZH: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _ZH}

# Other spellings seen in HQ files, per enum.
EXTRA: dict[type[StrEnum], dict[str, StrEnum]] = {
    Role: {"电话": Role.HOTLINE, "语音": Role.HOTLINE, "热线客服": Role.HOTLINE, "在线客服": Role.ONLINE,
           "文字": Role.ONLINE, "售后客服": Role.AFTER_SALES},
    Gender: {"f": Gender.FEMALE, "m": Gender.MALE, "女性": Gender.FEMALE, "男性": Gender.MALE},
    CertLevel: {"无": CertLevel.NONE, "": CertLevel.NONE, "初级认证": CertLevel.JUNIOR,
                "中级认证": CertLevel.INTERMEDIATE, "高级认证": CertLevel.SENIOR, "专家": CertLevel.EXPERT},
    CareerTrack: {"": CareerTrack.UNDECIDED, "无": CareerTrack.UNDECIDED, "管理序列": CareerTrack.MANAGEMENT,
                  "专家序列": CareerTrack.EXPERT, "培训序列": CareerTrack.TRAINER},
    Status: {"在岗": Status.ACTIVE, "已离职": Status.LEFT, "试用": Status.ACTIVE, "正式": Status.ACTIVE},
    LeaveReason: {"个人原因": LeaveReason.OTHER, "压力大": LeaveReason.PRESSURE, "薪资": LeaveReason.PAY,
                  "待遇": LeaveReason.PAY, "发展": LeaveReason.CAREER, "家庭": LeaveReason.FAMILY,
                  "健康": LeaveReason.HEALTH, "身体原因": LeaveReason.HEALTH, "读书": LeaveReason.STUDY,
                  "辞退": LeaveReason.PERFORMANCE, "合同到期不续签": LeaveReason.CONTRACT_END},
}


def zh(value: StrEnum | None) -> str:
    return "" if value is None else ZH.get((type(value), value.value), str(value))


def parse_enum(enum: type[StrEnum], text: str) -> StrEnum:
    """Chinese label, other spelling, or the code itself; raises KeyError for anything else."""
    key = text.strip()
    for member in enum:
        if key in (ZH.get((enum, member.value)), member.value) or key.lower() == member.value:
            return member
    extra = EXTRA.get(enum, {})
    if key in extra:
        return extra[key]
    if key.lower() in extra:
        return extra[key.lower()]
    raise KeyError(text)
