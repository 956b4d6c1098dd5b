"""Encoding detection on the shapes that broke it: a 5,000-row GBK KPI export (two- and three-character names
beside digits) that charset-normalizer ranked ISO-8859-5 first and the importer refused; and long Korean and
Japanese files, whose double bytes also decode as GB18030 into common hanzi, which must still be refused."""

from __future__ import annotations

import random

import pytest

from domain.demo.roster import _name as demo_name
from domain.roster.model import Gender
from persistence.import_errors import UnreadableFile
from persistence.tabular_text import SAMPLE_BYTES, detect_encoding


def kpi_export(agents: int) -> bytes:
    """Names from the demo's generator (common surnames and given names, the shape of a real roster)."""
    rng = random.Random(agents)
    rows = ["2026年10月坐席绩效导出", "工号,姓名,接通量,平均处理时长,满意度,一次解决率,投诉量,质检分"]
    for i in range(agents):
        name = demo_name(rng, rng.choice(list(Gender)))
        rows.append(f"KF{i:05d},{name},{300 + i % 200},{3 + i % 4}:{i % 60:02d},{90 + i % 10}%,0.{80 + i % 15},"
                    f"{i % 3},{85 + i % 15}")
    return "\n".join(rows).encode("gbk")


@pytest.mark.parametrize("agents", [20, 500, 5000])
def test_a_gbk_kpi_export_of_any_size_reads_as_gb18030(agents: int) -> None:
    data = kpi_export(agents)
    assert detect_encoding(data[:SAMPLE_BYTES], complete=len(data) <= SAMPLE_BYTES) == "gb18030"


@pytest.mark.parametrize(("encoding", "text"), [
    ("euc_kr", "사번,이름,부서\r\n" + "".join(f"{1000 + i},김철수,영업부\r\n" for i in range(300))),
    ("euc_jp", "社員番号,氏名\r\n" + "".join(f"{1000 + i},鈴木花子\r\n" for i in range(300))),
    ("shift_jis", "社員番号,氏名,部署\r\n" + "".join(f"{1000 + i},山田太郎,営業部\r\n" for i in range(300))),
    ("big5", "工號,姓名,班組\r\n" + "".join(f"{1000 + i},陳曉華,臺北市信義區\r\n" for i in range(300))),
])
def test_long_korean_japanese_and_big5_files_are_still_refused(encoding: str, text: str) -> None:
    with pytest.raises(UnreadableFile) as refused:
        detect_encoding(text.encode(encoding), complete=True)
    assert refused.value.code == "unknown_encoding"
