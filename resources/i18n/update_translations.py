"""Refresh the .ts sources from the code (pyside6-lupdate), optionally fill translations, compile .qm.

One .ts per area (ui/<area>/ and shared/<area>_*.py → <area>_zh_CN.ts; ui/*.py, cli/, the rest of shared/
and persistence/opening.py → core_zh_CN.ts), so areas developed side by side never edit the same file.

    python resources/i18n/update_translations.py                 # lupdate + lrelease
    python resources/i18n/update_translations.py --fill zh.json  # also fill {"Context": {"source": "译文"}}
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGE = "zh_CN"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))
    return found


def area_sources() -> dict[str, list[Path]]:
    """shared/ (QtCore pieces the window and the CLI both use) goes with core, except shared/<area>_*.py (an
    area's words, figures and texts the CLI needs too), which keeps its strings in that area's file."""
    areas = {"core": [ROOT / "main.py"] + sorted((ROOT / "ui").glob("*.py")) + sorted((ROOT / "cli").glob("*.py"))
                     + [ROOT / "persistence" / "opening.py"]}
    for folder in sorted(p for p in (ROOT / "ui").iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        areas[folder.name] = sorted(folder.rglob("*.py"))
    for path in sorted((ROOT / "shared").glob("*.py")):
        owner = next((area for area in areas if area != "core" and path.stem.startswith(area + "_")), "core")
        areas[owner].append(path)
    return areas


def ts_path(area: str) -> Path:
    return HERE / f"{area}_{LANGUAGE}.ts"


def lupdate(area: str, sources: list[Path], target: Path) -> None:
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *map(str, sources),
                    "-ts", str(target)], check=True)


def fill(target: Path, translations: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(target)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        table = translations.get(name or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = table.get(source) or translations.get("*", {}).get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(target: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(target), "-qm", str(target.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path, help="JSON {context: {source: translation}}")
    parser.add_argument("--area", help="only this area")
    args = parser.parse_args()
    translations = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    for area, sources in area_sources().items():
        if args.area and area != args.area:
            continue
        target = ts_path(area)
        lupdate(area, sources, target)
        if translations:
            print(f"{target.name}: filled {fill(target, translations)}")
        lrelease(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
