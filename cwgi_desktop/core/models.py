"""Plain data classes exchanged between the store, the importers, drafting, exporters and UI.

Timestamps are UTC ISO 8601 strings; identifiers are UUID strings so that rows made on
different laptops never collide when bundles are merged.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field

# Defined apart, so that `cwgi search` imports neither this module nor dataclasses.
from cwgi_desktop.core.search_hit import SearchHit as SearchHit

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)
if TYPE_CHECKING:
    from typing import Any

# ITU language-version suffixes (the letter after the dash in `C26/77-F`).
LANGUAGE_SUFFIXES: dict[str, str] = {
    "E": "en",
    "F": "fr",
    "S": "es",
    "A": "ar",
    "C": "zh",
    "R": "ru",
}
SUFFIX_BY_LANGUAGE: dict[str, str] = {v: k for k, v in LANGUAGE_SUFFIXES.items()}
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

# Namespace for deterministic contribution ids: the same file imported on two laptops
# gets the same id, so annotations made on one attach on the other.
CONTRIBUTION_NAMESPACE = "6f1c9d2e-3b7a-4c55-9e0d-2a8b1c4d5e6f"
_NAMESPACE_BYTES = bytes.fromhex(CONTRIBUTION_NAMESPACE.replace("-", ""))

# uuid and datetime are imported on first use: `cwgi search` needs neither (uuid alone
# brings `platform`, 2 ms of a start-up the search benchmark counts).


def utc_now() -> str:
    """The current UTC time as ISO 8601 with microseconds (sortable as text)."""
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def new_id() -> str:
    """A fresh random UUID string."""
    import uuid

    return str(uuid.uuid4())


@functools.lru_cache(maxsize=1 << 16)  # a bundle names each contribution again and again
def contribution_id_for(sha256: str) -> str:
    """The stable id of a contribution, derived from its file's SHA-256: the name-based
    UUID (version 5, RFC 4122) of `sha256` in CONTRIBUTION_NAMESPACE, `str(uuid.uuid5(...))`
    computed without building UUID objects (a bundle checks one per contribution)."""
    import hashlib  # here: what imports this module need not load OpenSSL

    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + sha256.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class Paragraph:
    """One numbered paragraph of a contribution; `index` starts at 1 as shown to users."""

    index: int
    text: str
    style: str = "body"  # body | heading | list | table
    number: str = ""  # the number the document shows ("2.3", "a", "fn1"); cited as `para`
    kind: str = "body"  # body | footnote | endnote
    anchor: int | None = None  # a note: index of the paragraph that calls it


@dataclass
class Contribution:
    id: str
    symbol: str | None = None
    base_symbol: str | None = None
    language: str | None = None
    title: str | None = None
    source: str | None = None
    source_type: str | None = None
    consultation: str | None = None
    date: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    format: str | None = None
    imported_at: str | None = None
    updated_at: str | None = None
    read_at: str | None = None
    paragraph_count: int = 0
    word_count: int = 0
    annotation_count: int = 0
    # From the ITU cover page (first-page table and summary box).
    meeting: str | None = None
    original_language: str | None = None
    purpose: str | None = None
    action_required: str | None = None
    doc_references: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Theme:
    id: str
    name: str
    parent_id: str | None = None
    colour: str = "#f6c343"
    description: str = ""
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Annotation:
    """A highlight or note on a passage: paragraph index + character span + the quote.

    The quote lets the passage be found again if offsets drift (e.g. a re-import).
    `themes` holds theme ids. A deleted annotation stays as a tombstone so merges delete it.
    """

    id: str
    contribution_id: str
    author: str
    paragraph: int
    start: int
    end: int
    quote: str
    kind: str = "highlight"  # highlight | note
    note: str = ""
    colour: str = "#f6c343"
    themes: list[str] = field(default_factory=list)
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


DRAFT_KINDS: tuple[str, ...] = (
    "analytical_summary",
    "key_findings",
    "guidelines",
    "council_contribution",
    "compilation",
)
BLOCK_KINDS: tuple[str, ...] = (
    "heading",
    "paragraph",
    "finding",
    "guideline",
    "recommendation",
    "annex",
)
MAX_LEVEL = 6  # headings and blocks nest 1..6 deep
SINGLE_LINE_KINDS = frozenset({"heading", "annex"})
# Draft metadata that belongs to the content (timestamps and identity do not).
DRAFT_CONTENT_FIELDS: tuple[str, ...] = (
    "kind", "title", "language", "symbol", "source", "purpose", "action", "references",
    "meeting", "meeting_detail", "agenda_item", "date", "revision", "strategic_link",
    "financial_implications", "consultation", "status",
)


@dataclass
class Draft:
    """A draft output and the metadata its ITU cover page needs."""

    id: str
    kind: str = "key_findings"
    title: str = ""
    language: str = "en"
    symbol: str = ""
    source: str = ""
    purpose: str = ""
    action: str = ""
    references: str = ""
    meeting: str = ""
    meeting_detail: str = ""  # e.g. "Geneva, 28 April – 8 May 2026"
    agenda_item: str = ""
    date: str = ""  # ISO yyyy-mm-dd
    revision: int = 0
    strategic_link: str = ""
    financial_implications: str = ""
    consultation: str = ""
    status: str = "draft"
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Block:
    """One block of a draft. The draft is an outline: order by `position`, depth by `level`.

    Numbering (`1`, `1.1`, findings `1)`) is derived from kind, level and order, never stored.
    `text` is Markdown with pandoc citations (`[@C26/77, para 4]`).
    """

    id: str
    draft_id: str
    kind: str = "paragraph"
    text: str = ""
    level: int = 1
    position: int = 0
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Citation:
    """A reference from a block to a document (by base symbol), optionally a paragraph."""

    key: str  # as written, e.g. "C26/77" or "CWG-Internet-22/4-E"
    base_symbol: str
    locator: str = ""  # e.g. "para 4"
    paragraph: int | None = None


@dataclass
class Revision:
    id: str
    draft_id: str
    name: str
    created: str = field(default_factory=utc_now)
    automatic: bool = False
    snapshot: dict[str, Any] = field(default_factory=dict)
    author: str = ""  # who took it ("" for versions taken before authors were recorded)
