from domain.roster.model import CareerTrack, CertLevel, TenureStage
from persistence.roster.vocabulary import parse_enum, zh
from shared.roster_words import ENUMS
from shared.words import label


def test_enums_sharing_a_value_keep_their_own_words() -> None:
    # StrEnum members with the same value are equal; the label tables must not mix them up.
    assert zh(CertLevel.EXPERT) == "资深专家" and zh(TenureStage.EXPERT) == "专家" and zh(CareerTrack.EXPERT) == "专家"
    assert parse_enum(CertLevel, "资深专家") is CertLevel.EXPERT
    assert ENUMS[CertLevel]["expert"] == "Senior expert" and ENUMS[CareerTrack]["expert"] == "Expert track"


def test_labels_are_chinese_once_translated(zh) -> None:  # noqa: ARG001
    assert label(CertLevel.EXPERT) == "资深专家" and label(TenureStage.EXPERT) == "专家"
