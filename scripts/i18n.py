"""Keep the Qt Linguist catalogues current: one ``<area>_zh_CN.ts`` per area, compiled to ``.qm``.

    python scripts/i18n.py update     # pyside6-lupdate: add new source strings, drop vanished ones
    python scripts/i18n.py todo       # list strings still without a Chinese translation
    python scripts/i18n.py apply F.json   # fill translations from {"English source": "中文", …}
                                          # (a list value fills an English plural: ["1 card", "%n cards"])
    python scripts/i18n.py apply OLD.ts   # … or from the translations in another .ts file
    python scripts/i18n.py compile    # pyside6-lrelease: .ts → .qm (the app loads the .qm)

English is the source language, but its plurals need a catalogue too: ``self.tr("%n card(s)", "", n)``
reads "1 card" / "5 cards" only through ``<area>_en.ts``, which holds the plural messages alone
(lupdate ``-pluralonly``) and is loaded when the window or the CLI runs in English.

A source file belongs to the first area whose name is a folder on its path
(``shopowner/imports/…``, ``shopowner/ui/imports/…``); everything else is ``core``.
Translations can also be edited in Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
AREAS = ["imports", "customers", "cards", "followups", "review", "insights", "growth", "moments", "setup", "orders",
         "team", "staff"]
ALIASES = {"growth": "insights"}  # the growth area's widgets share the insights catalogue
LANGUAGE = "zh_CN"
PLURALS = "en"  # the source language: a catalogue of its plural forms only


def area_of(path: Path) -> str:
    parts = path.relative_to(ROOT).parts
    for area in AREAS:
        if area in parts[:-1] or parts[-1] == f"{area}.py":
            return ALIASES.get(area, area)
    return "core"


def sources_by_area() -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for path in sorted((ROOT / "shopowner").rglob("*.py")):
        groups.setdefault(area_of(path), []).append(path)
    return groups


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def ts_path(area: str) -> Path:
    return TS_DIR / f"{area}_{LANGUAGE}.ts"


def plurals_path(area: str) -> Path:
    return TS_DIR / f"{area}_{PLURALS}.ts"


def catalogues() -> list[Path]:
    return sorted([*TS_DIR.glob(f"*_{LANGUAGE}.ts"), *TS_DIR.glob(f"*_{PLURALS}.ts")])


def lupdate(area: str, files: list[Path], ts: Path) -> None:
    plurals = ts.name.endswith(f"_{PLURALS}.ts")
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *(["-pluralonly"] if plurals else []),
                    "-target-language", PLURALS if plurals else LANGUAGE, *map(str, files), "-ts", str(ts)],
                   check=True, capture_output=True)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area, files in sources_by_area().items():
        lupdate(area, files, ts_path(area))
        print(f"updated {ts_path(area).name}")
        plurals = plurals_path(area)
        lupdate(area, files, plurals)
        if not any(True for _ in ET.parse(plurals).getroot().iter("message")):
            plurals.unlink()  # this area has no plural strings
            plurals.with_suffix(".qm").unlink(missing_ok=True)
        else:
            print(f"updated {plurals.name}")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            empty = tr is None or (not (tr.text or "").strip() and not tr.findall("numerusform"))
            numerus_empty = tr is not None and any(not (f.text or "").strip()
                                                   for f in tr.findall("numerusform"))
            if tr is None or tr.get("type") == "unfinished" or empty or numerus_empty:
                out.append((name, message.findtext("source") or ""))
    return out


def todo() -> int:
    missing = 0
    for ts in catalogues():
        for context, source in unfinished(ts):
            print(f"{ts.name}\t{context}\t{source}")
            missing += 1
    return missing


def translations_in(ts: Path) -> dict[str, str]:
    """Finished translations of a .ts file, by source text (to carry them across a merge)."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") == "unfinished":
            continue
        forms = [f.text for f in tr.findall("numerusform") if f.text]
        value = (forms if len(forms) > 1 else forms[0]) if forms else tr.text
        if value:
            found[message.findtext("source")] = value
    return found


def apply(mapping_file: Path) -> None:
    """Fill unfinished entries from a JSON map, or from another .ts file's translations."""
    mapping_file = Path(mapping_file)
    if mapping_file.suffix == ".ts":
        mapping = translations_in(mapping_file)
    else:
        mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    for ts in catalogues():
        tree = ET.parse(ts)
        changed = False
        plurals = ts.name.endswith(f"_{PLURALS}.ts")
        for message in tree.getroot().iter("message"):
            source = message.findtext("source")
            if source not in mapping or isinstance(mapping[source], list) != plurals:
                continue  # a list fills English plural forms, a string the Chinese
            tr = message.find("translation")
            if tr is not None and tr.get("type") != "unfinished" and "".join(tr.itertext()).strip():
                continue  # translated already: a mapping fills gaps, it does not reword
            if tr is None:
                tr = ET.SubElement(message, "translation")
            value = mapping[source]
            if message.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                for form in (value if isinstance(value, list) else [value]):
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
            print(f"filled {ts.name}")
    update()  # back to lupdate's own formatting, so catalogues only change where the text does


def compile_all() -> None:
    for ts in catalogues():
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)
        print(f"compiled {ts.with_suffix('.qm').name}")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command == "update":
        update()
    elif command == "todo":
        return 1 if todo() else 0
    elif command == "apply":
        apply(Path(argv[1]))
    elif command == "compile":
        compile_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
