"""The front-matter block of a draft's Markdown file (a small, safe subset of YAML).

Written: one `key: value` per line; a value that plain YAML could misread is written as a
double-quoted string (JSON escapes, which YAML reads the same way). Read: plain scalars,
double- or single-quoted strings, `|` / `>` block scalars and, for `references`, a list of
`- item` lines (joined with "; "). No YAML library is needed and nothing is evaluated.
"""

from __future__ import annotations

import json
import re

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import DRAFT_KINDS, LANGUAGES, Draft

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)
if TYPE_CHECKING:
    from typing import Any

# Always written, in this order (the contract of the Markdown form).
CORE_FIELDS: tuple[str, ...] = (
    "kind", "title", "language", "symbol", "source", "purpose", "action", "references",
    "meeting", "agenda_item", "date",
)
# Written when they differ from their defaults.
EXTRA_FIELDS: tuple[str, ...] = (
    "meeting_detail", "revision", "strategic_link", "financial_implications",
    "consultation", "status",
)
FIELDS: tuple[str, ...] = CORE_FIELDS + EXTRA_FIELDS
_DEFAULTS = {"revision": 0, "status": "draft"}
_ALIASES = {"lang": "language", "action_required": "action", "agenda": "agenda_item"}

_PLAIN_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _./()+-]*$")
_YAML_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "null", "~"})
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(?P<value>.*))?$")
FENCE = "---"


def _scalar(value: str) -> str:
    if value and _PLAIN_SAFE.match(value) and value == value.strip() and (
        value.lower() not in _YAML_WORDS and not re.fullmatch(r"[0-9.+-]+", value)
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def emit_front_matter(draft: Draft) -> str:
    """The `---` … `---` block for `draft` (ends with a newline)."""
    lines = [FENCE]
    for name in FIELDS:
        value = getattr(draft, name)
        if name in EXTRA_FIELDS and value == _DEFAULTS.get(name, ""):
            continue
        lines.append(f"{name}: {value}" if name == "revision" else f"{name}: {_scalar(value)}")
    lines.append(FENCE)
    return "\n".join(lines) + "\n"


def normalise_kind(value: str) -> str:
    """`Key findings`, `key-findings` → `key_findings`; raises InvalidInput if unknown."""
    kind = re.sub(r"[\s-]+", "_", value.strip().lower())
    if kind not in DRAFT_KINDS:
        raise InvalidInput(f"{value}: not a draft kind (one of {', '.join(DRAFT_KINDS)})")
    return kind


def _unquote(raw: str, line_no: int) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            value = json.loads(raw)
        except ValueError as exc:
            raise InvalidInput(f"line {line_no}: badly quoted value {raw}") from exc
        if not isinstance(value, str):
            raise InvalidInput(f"line {line_no}: badly quoted value {raw}")
        return value
    if raw.startswith("'"):
        if len(raw) < 2 or not raw.endswith("'"):
            raise InvalidInput(f"line {line_no}: badly quoted value {raw}")
        return raw[1:-1].replace("''", "'")
    return raw


def _block_scalar(style: str, lines: list[str]) -> str:
    indents = [len(x) - len(x.lstrip(" ")) for x in lines if x.strip()]
    cut = min(indents) if indents else 0
    body = [x[cut:] if x.strip() else "" for x in lines]
    while body and not body[-1]:
        body.pop()
    if style.startswith(">"):
        return re.sub(r"(?<!\n)\n(?!\n)", " ", "\n".join(body))
    return "\n".join(body)


def parse_front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    """Read the front matter at the top of `lines`; returns (fields, index of first body line).

    Raises InvalidInput (naming the line) when there is none, it is not closed, a key is
    unknown, or `kind` / `language` are not valid.
    """
    if not lines or lines[0].strip() != FENCE:
        raise InvalidInput("line 1: no front matter (a draft file starts with '---' and "
                           "a 'kind:' line)")
    values: dict[str, Any] = {}
    i = 1
    while i < len(lines):
        line = lines[i]
        if line.strip() in (FENCE, "..."):
            break
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        match = _KEY_LINE.match(line)
        if not match:
            raise InvalidInput(f"line {i + 1}: not a 'key: value' line: {line.strip()}")
        key = match.group("key").lower().replace("-", "_")
        key = _ALIASES.get(key, key)
        if key not in FIELDS:
            raise InvalidInput(f"line {i + 1}: {match.group('key')}: unknown front-matter key")
        raw = (match.group("value") or "").strip()
        i += 1
        nested: list[str] = []
        while i < len(lines) and (not lines[i].strip() or lines[i][:1] in (" ", "\t")) and (
            lines[i].strip() not in (FENCE, "...")
        ):
            nested.append(lines[i])
            i += 1
        if raw in ("|", "|-", "|+", ">", ">-", ">+"):
            values[key] = _block_scalar(raw, nested)
        elif not raw and any(x.strip().startswith("- ") for x in nested):
            items = [_unquote(x.strip()[2:], i) for x in nested if x.strip()]
            values[key] = "; ".join(items)
        elif raw[:1] in ('"', "'"):
            values[key] = _unquote(raw, i)
        else:  # a plain scalar may continue on indented lines (folded with spaces)
            values[key] = " ".join([raw, *(x.strip() for x in nested if x.strip())]).strip()
    else:
        raise InvalidInput("front matter not closed (no '---' line after it)")
    if "kind" not in values:
        raise InvalidInput("front matter: 'kind' is missing")
    values["kind"] = normalise_kind(values["kind"])
    language = values.get("language", "en").strip().lower() or "en"
    if language not in LANGUAGES:
        raise InvalidInput(f"{language}: not one of the six ITU languages "
                           f"({', '.join(LANGUAGES)})")
    values["language"] = language
    if "revision" in values:
        try:
            values["revision"] = int(values["revision"] or 0)
        except ValueError as exc:
            raise InvalidInput(f"revision: {values['revision']}: not a number") from exc
    return values, i + 1
