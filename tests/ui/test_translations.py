"""Every message is translated, keeps its placeholders, and the .ts files are up to date with the code."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resources.i18n.update_translations import HERE, area_sources, lupdate, tool

TS_FILES = sorted(HERE.glob("*_zh_CN.ts"))
PLACEHOLDER = re.compile(r"%\d")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_finished_and_keeps_its_placeholders(ts: Path) -> None:
    problems = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} unfinished")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} empty")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text or "")):
            problems.append(f"{context}: {source!r} placeholders differ")
    assert problems == []


def test_each_area_has_a_translation_file() -> None:
    assert {p.name for p in TS_FILES} == {f"{area}_zh_CN.ts" for area in area_sources()}


@pytest.mark.parametrize("area", sorted(area_sources()))
def test_ts_files_hold_every_string_in_the_code(area: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{area}.ts"
    lupdate(area, area_sources()[area], fresh)
    missing = set(messages(fresh)) - set(messages(HERE / f"{area}_zh_CN.ts"))
    assert missing == set(), "run resources/i18n/update_translations.py and translate"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_is_current(ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes()
