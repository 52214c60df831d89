"""Translations of the interface: update the .ts sources, build the .qm, make a pseudo one.

    python build/translations.py update    # lupdate over cwgi_desktop/**/*.py -> *.ts
    python build/translations.py build     # lrelease *.ts -> cwgi_desktop_<lang>.qm
    python build/translations.py pseudo [--out FILE.qm]   # stretched, accented strings
    python build/translations.py status    # translated / total, per language
    python build/translations.py unfinished LANG            # JSON of what is left to translate
    python build/translations.py apply LANG FILE.json [--needs-review]   # fill them in
    python build/translations.py merge LANG OTHER.ts        # take another copy's translations

The `.ts` files live in cwgi_desktop/resources/translations/ (in git); the `.qm` files are
built beside them (git-ignored) and shipped inside the package. English is the source
language: there is no English catalogue. The pseudo-translation (Vorta's trick) makes every
string about 40% longer, with accents and brackets, to show clipped or concatenated texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cwgi_desktop"
FOLDER = PACKAGE / "resources" / "translations"
CATALOGUE = "cwgi_desktop"
LANGUAGES = ("fr", "es", "ru", "zh", "ar")
# English is the source, but a plural ("%n drafts") needs its singular written somewhere:
# cwgi_desktop_en.ts holds only the plural messages (lupdate -pluralonly), as Qt advises.
ENGLISH = "en"
PSEUDO = "pseudo"
STRETCH = 0.4

ACCENTS = str.maketrans(
    "AaBbCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁƀÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŘřŠšŤťÛûŴŵÝýŽž",
)
# Kept as they are: %1 placeholders, {fields}, HTML tags and entities, &-accelerators.
PROTECTED = re.compile(r"%L?\d+|%n|\{[^{}]*\}|<[^<>]+>|&[a-zA-Z]+;|&&|&(?=\w)")


class ToolMissing(RuntimeError):
    """lupdate or lrelease cannot be found."""


def find_tool(name: str) -> list[str]:
    """The command for a Qt Linguist tool: PySide6's wrapper in this venv, PySide6's own
    binary, or a system install (Debian's qt6-l10n-tools)."""
    here = Path(sys.executable).parent
    for wrapper in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if wrapper.exists():
            return [str(wrapper)]
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / name
        if binary.exists() and os.access(binary, os.X_OK):
            return [str(binary)]
    except ImportError:
        pass
    for candidate in (name, f"{name}-qt6", f"/usr/lib/qt6/bin/{name}"):
        found = shutil.which(candidate)
        if found:
            return [found]
    raise ToolMissing(f"{name} not found: install PySide6 (pip) or qt6-l10n-tools (apt)")


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return FOLDER / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{language}.qm"


def run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


def update(languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Extract the strings of every module into each language's .ts (translations kept)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate = find_tool("lupdate")
    written = []
    for language in languages:
        target = ts_path(language)
        run([*lupdate, *map(str, sources()), "-ts", str(target), "-target-language",
             language, "-no-obsolete", "-locations", "none", "-silent"])
        written.append(target)
    if languages == LANGUAGES:
        target = ts_path(ENGLISH)
        run([*lupdate, *map(str, sources()), "-ts", str(target), "-target-language",
             ENGLISH, "-pluralonly", "-no-obsolete", "-locations", "none", "-silent"])
        written.append(target)
    return written


def build(languages: tuple[str, ...] = LANGUAGES, out: Path = FOLDER) -> list[Path]:
    """Compile each .ts into its .qm (unfinished strings left out: they show in English)."""
    lrelease = find_tool("lrelease")
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in (*languages, ENGLISH) if languages == LANGUAGES else languages:
        source = ts_path(language)
        if not source.exists():
            continue
        target = qm_path(language, out)
        run([*lrelease, "-silent", str(source), "-qm", str(target)])
        built.append(target)
    return built


def pseudo_text(text: str) -> str:
    """An accented, bracketed, ~40% longer version of `text` (placeholders untouched)."""
    pieces: list[str] = []
    last = 0
    for match in PROTECTED.finditer(text):
        pieces.append(text[last:match.start()].translate(ACCENTS))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(text[last:].translate(ACCENTS))
    body = "".join(pieces)
    visible = len(PROTECTED.sub("", text))
    padding = "~" * max(1, round(visible * STRETCH) - 2)
    lines = body.split("\n")
    lines[0] = f"[{lines[0]}"
    lines[-1] = f"{lines[-1]} {padding}]"
    return "\n".join(lines)


def pseudo(out: Path) -> Path:
    """A .qm translating every string of the application into pseudo-text."""
    lupdate, lrelease = find_tool("lupdate"), find_tool("lrelease")
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / f"{CATALOGUE}_{PSEUDO}.ts"
        run([*lupdate, *map(str, sources()), "-ts", str(ts), "-no-obsolete", "-locations",
             "none", "-silent"])
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for _form in range(2):
                    ET.SubElement(translation, "numerusform").text = pseudo_text(source)
            else:
                translation.text = pseudo_text(source)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        run([*lrelease, "-silent", str(ts), "-qm", str(out)])
    return out


def is_finished(message: ET.Element) -> bool:
    """A translated message: text, or every plural form, and not marked unfinished."""
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = [f.text or "" for f in t.iter("numerusform")]
    return all(f.strip() for f in forms) if forms else bool((t.text or "").strip())


def status(languages: tuple[str, ...] = LANGUAGES) -> dict[str, tuple[int, int]]:
    """language -> (finished translations, messages) in the .ts files."""
    out = {}
    for language in languages:
        path = ts_path(language)
        if not path.exists():
            continue
        messages = list(ET.parse(path).getroot().iter("message"))
        finished = sum(1 for m in messages if is_finished(m))
        out[language] = (finished, len(messages))
    return out


REVIEW_NOTE = "Drafted without a native speaker: needs review by one."


def _unfinished(translation: ET.Element | None) -> bool:
    return translation is not None and (
        translation.get("type") == "unfinished"
        or not ("".join(translation.itertext())).strip())


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def unfinished(language: str) -> list[dict[str, object]]:
    """The messages of a language still to translate: context, source, plural or not."""
    root = ET.parse(ts_path(language)).getroot()
    return [{"context": context, "source": m.findtext("source") or "",
             "plural": m.get("numerus") == "yes", "translation": ""}
            for context, m in _messages(root)
            if _unfinished(m.find("translation")) and m.find("translation").get("type")
            not in ("vanished", "obsolete")]


def _set(message: ET.Element, value: str | list[str], note: str | None) -> None:
    translation = message.find("translation")
    assert translation is not None
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]
    translation.attrib.pop("type", None)
    if note:
        comment = message.find("translatorcomment")
        if comment is None:
            comment = ET.Element("translatorcomment")
            message.insert(list(message).index(translation), comment)
        comment.text = note


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def apply(language: str, entries: list[dict[str, object]], needs_review: bool) -> int:
    """Fill in translations given as [{context, source, translation}]; returns how many."""
    path = ts_path(language)
    tree = ET.parse(path)
    wanted = {(str(e["context"]), str(e["source"])): e["translation"] for e in entries
              if e.get("translation")}
    done = 0
    for context, message in _messages(tree.getroot()):
        value = wanted.get((context, message.findtext("source") or ""))
        if value:
            _set(message, value, REVIEW_NOTE if needs_review else None)  # type: ignore[arg-type]
            done += 1
    _write(tree, path)
    return done


def merge(language: str, other: Path) -> int:
    """Take the finished translations of another copy of the .ts (e.g. the other side of a
    merge) for the messages still unfinished here; returns how many were taken."""
    theirs: dict[tuple[str, str], ET.Element] = {}
    for context, message in _messages(ET.parse(other).getroot()):
        if not _unfinished(message.find("translation")):
            theirs[(context, message.findtext("source") or "")] = message
    path = ts_path(language)
    tree = ET.parse(path)
    taken = 0
    for context, message in _messages(tree.getroot()):
        source = theirs.get((context, message.findtext("source") or ""))
        if source is None or not _unfinished(message.find("translation")):
            continue
        translation = source.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        note = source.findtext("translatorcomment")
        _set(message, forms if forms else (translation.text or ""), note)
        taken += 1
    _write(tree, path)
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "build", "pseudo", "status", "unfinished",
                                            "apply", "merge"))
    parser.add_argument("language", nargs="?", choices=(*LANGUAGES, ENGLISH),
                        help="en: the English plural forms (cwgi_desktop_en.ts)")
    parser.add_argument("file", nargs="?", type=Path,
                        help="apply: the JSON of translations; merge: the other .ts")
    parser.add_argument("--needs-review", action="store_true",
                        help="apply: mark the translations as needing a native speaker")
    parser.add_argument("--out", type=Path, default=None,
                        help="pseudo: the .qm to write (default: pyi-work/cwgi_desktop_pseudo.qm)")
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for path in update():
                print(f"updated {path.relative_to(ROOT)}")
        elif args.command == "build":
            for path in build():
                print(f"built {path.relative_to(ROOT)}")
        elif args.command in ("unfinished", "apply", "merge") and not args.language:
            parser.error(f"{args.command} needs a language")
        elif args.command == "unfinished":
            print(json.dumps(unfinished(args.language), ensure_ascii=False, indent=1))
        elif args.command == "apply":
            entries = json.loads(args.file.read_text(encoding="utf-8"))
            print(f"{args.language}: {apply(args.language, entries, args.needs_review)} filled in")
        elif args.command == "merge":
            print(f"{args.language}: {merge(args.language, args.file)} taken from {args.file}")
        elif args.command == "pseudo":
            out = args.out or ROOT / "pyi-work" / f"{CATALOGUE}_{PSEUDO}.qm"
            print(f"built {pseudo(out)}")
        else:
            for language, (finished, total) in status().items():
                print(f"{language}: {finished}/{total} translated")
    except (ToolMissing, RuntimeError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
