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


# Values by meaning: HQ's own words for a role or a status, read by keyword (checked in this order:
# 售后热线 is after-sales, 在线热线 does not occur). A word that matches nothing is asked about once.
_KEYWORDS: dict[type[StrEnum], list[tuple[tuple[str, ...], StrEnum]]] = {
    Role: [(("售后",), Role.AFTER_SALES),
           (("在线", "文字", "im", "线上", "微信", "网聊", "会话", "工单"), Role.ONLINE),
           (("热线", "呼入", "语音", "电话", "话务", "呼叫", "400"), Role.HOTLINE)],
    Status: [(("离职", "已离", "离岗", "辞职", "退出"), Status.LEFT),
             (("在职", "在岗", "正式", "试用", "转正", "实习", "见习"), Status.ACTIVE)],
    Gender: [(("女",), Gender.FEMALE), (("男",), Gender.MALE)],
}
# Leave reasons are facts in HQ's words, kept verbatim; this only derives the category for charts.
_REASON_KEYWORDS: list[tuple[tuple[str, ...], LeaveReason]] = [
    (("合同到期", "合同期满", "不续签", "不续约"), LeaveReason.CONTRACT_END),
    (("违纪", "违规", "开除", "除名", "旷工"), LeaveReason.MISCONDUCT),
    (("绩效", "不达标", "不合格", "淘汰", "未通过", "末位", "辞退", "劝退"), LeaveReason.PERFORMANCE),
    (("考公", "考研", "考编", "深造", "读书", "上学", "进修", "学习", "考试", "留学", "升学"), LeaveReason.STUDY),
    (("薪", "待遇", "工资", "收入", "钱", "福利", "奖金"), LeaveReason.PAY),
    (("压力", "太累", "加班", "情绪", "辛苦", "强度", "倒班", "夜班", "身心"), LeaveReason.PRESSURE),
    (("健康", "身体", "病", "疾", "住院", "手术"), LeaveReason.HEALTH),
    (("搬", "异地", "回老家", "回家乡", "返乡", "随迁", "外地", "定居", "通勤", "路远"), LeaveReason.RELOCATION),
    (("家", "结婚", "婚", "怀孕", "生育", "产", "照顾", "育儿", "孩子", "父母", "老人"), LeaveReason.FAMILY),
    (("发展", "晋升", "跳槽", "机会", "前景", "职业", "转行", "创业", "另谋", "新工作", "offer"),
     LeaveReason.CAREER),
]


def value_by_meaning(enum: type[StrEnum], text: str) -> StrEnum | None:
    """The member a cell's words mean: an exact label or spelling first, then a keyword; None if nothing."""
    try:
        return parse_enum(enum, text)
    except KeyError:
        pass
    key = text.strip().casefold()
    for words, member in _KEYWORDS.get(enum, []):
        if any(w in key for w in words):
            return member
    return None


def is_category_word(text: str) -> bool:
    """The text is exactly the name our export writes for a category with no words of its own (其他, …):
    reading it back must not turn the category's name into "HQ's words". Anything else is kept verbatim."""
    try:
        return zh(parse_enum(LeaveReason, text)) == text.strip()
    except KeyError:
        return False


def leave_reason_category(text: str) -> LeaveReason:
    """The category of a leave reason written in HQ's words; 其他 when no keyword says more."""
    try:
        return parse_enum(LeaveReason, text)  # type: ignore[return-value]
    except KeyError:
        pass
    key = text.strip().casefold()
    return next((member for words, member in _REASON_KEYWORDS if any(w in key for w in words)), LeaveReason.OTHER)
