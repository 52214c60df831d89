"""The five draft kinds and the sections a new draft of each kind starts with.

The templates are data (`cwgi_desktop/resources/templates.json`, read beside the
package, as a frozen build has it too, else with importlib.resources), with section titles
in the six ITU languages. A user may change them with a `templates.json` in the configuration folder
(`$CWGI_CONFIG_DIR` or the platform's user config folder): its `labels` override the
packaged ones entry by entry, and each kind it names replaces that kind's block list.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import BLOCK_KINDS, DRAFT_KINDS, LANGUAGES
from cwgi_desktop.core.paths import APP_NAME

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)
if TYPE_CHECKING:
    from typing import Any

FALLBACK_LANGUAGE = "en"
TEMPLATES_FILE = "templates.json"


@dataclass(frozen=True)
class TemplateBlock:
    """One block a new draft starts with."""

    kind: str
    level: int
    text: str


@lru_cache(maxsize=1)
def _packaged() -> dict[str, Any]:
    # Read as a file beside the package: importlib.resources brings tempfile and zipfile,
    # 7 ms of a `cwgi draft compile` that needs neither.
    try:
        text = (Path(__file__).parents[2] / "resources" / TEMPLATES_FILE).read_text(
            encoding="utf-8")
    except OSError:  # a package not in a folder (zipped): importlib.resources reads it
        from importlib import resources

        text = (resources.files("cwgi_desktop") / "resources" / TEMPLATES_FILE).read_text(
            encoding="utf-8")
    return json.loads(text)


def user_templates_path() -> Path:
    """Where a user's own templates file is looked for."""
    override = os.environ.get("CWGI_CONFIG_DIR")
    base = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))
    return base / TEMPLATES_FILE


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, per_language in extra.get("labels", {}).items():
        merged["labels"].setdefault(key, {}).update(per_language)
    for kind, spec in extra.get("kinds", {}).items():
        merged["kinds"][kind] = {**merged["kinds"].get(kind, {}), **spec}
    return merged


def _validate(data: dict[str, Any], origin: str) -> None:
    for kind, spec in data.get("kinds", {}).items():
        if kind not in DRAFT_KINDS:
            raise InvalidInput(f"{origin}: {kind}: not a draft kind")
        for block in spec.get("blocks", []):
            if block.get("kind") not in BLOCK_KINDS:
                raise InvalidInput(f"{origin}: {kind}: {block.get('kind')}: not a block kind")
            if "label" in block and block["label"] not in data["labels"]:
                raise InvalidInput(f"{origin}: {kind}: {block['label']}: no such label")


class Templates:
    """Draft templates and their labels in the six languages."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def kinds(self) -> tuple[str, ...]:
        """The draft kinds, in the order a user picks from."""
        return DRAFT_KINDS

    def label(self, key: str, language: str) -> str:
        """A label in `language`, falling back to English, then to the key itself."""
        texts = self.data["labels"].get(key, {})
        return texts.get(language) or texts.get(FALLBACK_LANGUAGE) or key

    def kind_name(self, kind: str, language: str = FALLBACK_LANGUAGE) -> str:
        """The name of a draft kind (`Key findings`, `Principales conclusions`…)."""
        spec = self.data["kinds"].get(kind)
        if spec is None:
            raise InvalidInput(f"{kind}: not a draft kind")
        return self.label(spec.get("name", kind), language)

    def blocks_for(self, kind: str, language: str = FALLBACK_LANGUAGE) -> list[TemplateBlock]:
        """The blocks a new draft of `kind` starts with, titles in `language`."""
        if kind not in DRAFT_KINDS or kind not in self.data["kinds"]:
            raise InvalidInput(f"{kind}: not a draft kind")
        if language not in LANGUAGES:
            raise InvalidInput(f"{language}: not one of the six ITU languages")
        out = []
        for spec in self.data["kinds"][kind].get("blocks", []):
            text = self.label(spec["label"], language) if "label" in spec else spec.get("text", "")
            out.append(TemplateBlock(spec["kind"], int(spec.get("level", 1)), text))
        return out


def load_templates(user_file: Path | None = None) -> Templates:
    """The packaged templates, with the user's file (if any) merged over them."""
    data = copy.deepcopy(_packaged())
    path = user_file if user_file is not None else user_templates_path()
    if path.is_file():
        try:
            extra = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInput(f"{path}: not a readable templates file ({exc})") from exc
        if not isinstance(extra, dict):
            raise InvalidInput(f"{path}: not a templates file (expected a JSON object)")
        data = _merge(data, extra)
    _validate(data, str(path) if path.is_file() else TEMPLATES_FILE)
    return Templates(data)


def template_blocks(kind: str, language: str = FALLBACK_LANGUAGE) -> list[TemplateBlock]:
    """Shortcut: the starting blocks of a draft of `kind` in `language`."""
    return load_templates().blocks_for(kind, language)


def label(key: str, language: str = FALLBACK_LANGUAGE) -> str:
    """Shortcut: one template label in `language`."""
    return load_templates().label(key, language)
