"""The compilation of a consultation, generated in one step, and contributions as annexes.

A compilation is the baseline the Group produces today: every contribution to a
consultation, grouped by stakeholder group (`source_type`) or by theme, each with its
symbol, source, title, a short extract and a citation, so coverage counts it as cited.
One document imported in several languages appears once, in the draft's language if
imported, else English, else any version.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from cwgi_desktop.core.drafting.markdown_io import escape_markdown
from cwgi_desktop.core.drafting.resolution import preferred_version
from cwgi_desktop.core.drafting.templates import load_templates
from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.models import Block, Contribution, Draft, Theme, new_id

if TYPE_CHECKING:
    from cwgi_desktop.core.store import Store

GROUPINGS = ("source_type", "theme")
EXTRACT_CHARS = 400


def consultation_documents(store: Store, consultation: str, language: str, *,
                           everything: Sequence[Contribution] | None = None
                           ) -> list[Contribution]:
    """One contribution per document of the consultation (see module docstring), by symbol;
    `everything` is the consultation's contributions when the caller has read them.

    Contributions are brief (`ContributionRepository.all_brief`): what a draft names them by.
    Raises NotFound when the consultation has no contribution.
    """
    if everything is None:
        everything = consultation_contributions(store, consultation)
    if not everything:
        raise NotFound(f"{consultation}: no contribution belongs to this consultation")
    by_document: dict[str, list[Contribution]] = {}
    for c in everything:
        by_document.setdefault(c.base_symbol or c.id, []).append(c)
    chosen = [preferred_version(versions, language) for versions in by_document.values()]
    return [c for c in chosen if c is not None]


def consultation_contributions(store: Store, consultation: str) -> list[Contribution]:
    """Every contribution of the consultation, brief, by symbol."""
    from cwgi_desktop.core.store import ContributionFilter

    return store.contributions.all_brief(ContributionFilter(consultation=consultation))


def extract(paragraphs: Sequence[str], limit: int = EXTRACT_CHARS) -> str:
    """The opening of a text, cut at a word boundary near `limit` characters, with “…”."""
    return _cut(" ".join(" ".join(p.split()) for p in paragraphs if p.strip()), limit)


def _cut(text: str, limit: int = EXTRACT_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


# Paragraphs read in one go per contribution for its extract, in rounds: the first fills
# it for most contributions, three or twelve for nearly all others (short cover lines
# first); the rest are read one by one.
_OPENINGS = (1, 3, 12)


def _body_extracts(store: Store, contributions: Sequence[Contribution]) -> dict[str, str]:
    """Each contribution's extract (see `_Extract`), its opening paragraphs read for all at
    once, round by round (one query per contribution was a fifth of a compilation)."""
    out: dict[str, str] = {}
    filling = {c.id: _Extract() for c in contributions}
    after = 0
    for first in _OPENINGS:
        openings = store.contributions.body_openings(list(filling), first, after=after)
        for cid, texts in openings.items():
            extract_ = filling[cid]
            if extract_.feed(texts):
                out[cid] = extract_.text()
                del filling[cid]
        after = first
    for cid in filling:  # read from the start, one by one
        extract_ = _Extract()
        rest = store.contributions.body_texts(cid)
        extract_.feed(rest)
        rest.close()
        out[cid] = extract_.text()
    return out


# Characters of a long paragraph normalised first (see `_Extract.feed`): its normalised
# opening is a prefix of the whole paragraph normalised.
_HEAD = EXTRACT_CHARS + 40


class _Extract:
    """The extract of a body's paragraphs of 40 characters or more (of all, if none), fed
    the body's paragraphs in order, a few at a time: `extract(long or body)`, each
    paragraph normalised once.

    Fed only until the extract is full: every paragraph of every contribution was read
    and normalised to keep 400 characters.
    """

    __slots__ = ("_body", "_long", "_size")

    def __init__(self) -> None:
        self._body: list[str] = []
        self._long: list[str] = []
        self._size = 0

    def feed(self, texts: Iterable[str]) -> bool:
        """Take the next paragraphs; whether the extract is full (later ones cannot
        change it)."""
        for text in texts:
            if len(text) > _HEAD and self._size + len(head := " ".join(
                    text[:_HEAD].split())) > EXTRACT_CHARS:
                # The paragraph's opening fills the extract: the rest of it cannot show,
                # and normalising a long paragraph whole was most of the extract's time.
                self._long.append(head)
                self._size += len(head)
                return True
            words = " ".join(text.split())
            self._body.append(words)
            if len(text) >= 40:
                self._long.append(words)
                self._size += len(words)
                if self._size > EXTRACT_CHARS:
                    return True
        return False

    def text(self) -> str:
        """The extract of what was fed (all the body's paragraphs, unless it is full)."""
        return _cut(" ".join(w for w in (self._long or self._body) if w))


def _heading_text(c: Contribution) -> str:
    name = " ".join((c.source or c.title or c.symbol or c.file_name or c.id).split())
    return escape_markdown(f"{name} ({c.symbol})" if c.symbol and c.source else name)


def _citation(c: Contribution, paragraph: int | None = None) -> str:
    if not c.base_symbol:
        return ""
    return f"[@{c.base_symbol}" + (f", para {paragraph}" if paragraph else "") + "]"


def _entry(c: Contribution, level: int, body: Sequence[str]) -> list[tuple[str, int, str]]:
    """A contribution's heading, its title with a citation, then its extract or quotes."""
    title = f"**{escape_markdown(' '.join(c.title.split()))}** " if c.title else ""
    parts = [(title + _citation(c)).strip(), *body]
    return [("heading", level, _heading_text(c))] + [
        ("paragraph", level, part) for part in parts if part
    ]


def theme_order(themes: Sequence[Theme]) -> list[tuple[Theme, int]]:
    """Themes depth-first (parents before children, names sorted), with their depth."""
    children: dict[str | None, list[Theme]] = {}
    ids = {t.id for t in themes}
    for t in themes:
        children.setdefault(t.parent_id if t.parent_id in ids else None, []).append(t)
    out: list[tuple[Theme, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for t in sorted(children.get(parent, []), key=lambda t: t.name.casefold()):
            out.append((t, depth))
            walk(t.id, depth + 1)

    walk(None, 0)
    return out


def counts_by_group(documents: Sequence[Contribution], language: str) -> str:
    """A Markdown list: documents per stakeholder group, then the total."""
    templates = load_templates()
    counts = Counter(c.source_type or "" for c in documents)
    lines = [f"- {escape_markdown(group) or templates.label('unspecified_group', language)}: {n}"
             for group, n in sorted(counts.items(),
                                    key=lambda item: (not item[0], item[0].casefold()))]
    lines.append(f"- {templates.label('total', language)}: {len(documents)}")
    return "\n".join(lines)


def compile_consultation(store: Store, consultation: str, *, group_by: str = "source_type",
                         language: str = "en", title: str | None = None) -> Draft:
    """Generate the compilation draft of a consultation in one transaction; returns it."""
    if group_by not in GROUPINGS:
        raise InvalidInput(f"{group_by}: group by one of {', '.join(GROUPINGS)}")
    templates = load_templates()
    documents = consultation_documents(store, consultation, language)
    specs: list[tuple[str, int, str]] = [
        ("heading", 1, templates.label("contributions_received", language)),
        ("paragraph", 1, counts_by_group(documents, language)),
    ]
    if group_by == "source_type":
        extracts = _body_extracts(store, documents)
        groups: dict[str, list[Contribution]] = {}
        for c in documents:
            groups.setdefault(c.source_type or "", []).append(c)
        for group in sorted(groups, key=lambda g: (not g, g.casefold())):
            specs.append(("heading", 1, escape_markdown(group)
                          or templates.label("unspecified_group", language)))
            for c in groups[group]:
                specs += _entry(c, 2, [escape_markdown(extracts[c.id])])
    else:
        specs += _by_theme(store, consultation, documents, language)
    name = templates.kind_name("compilation", language)
    # One insert of every block (replace_all matched, placed and re-numbered each one).
    return store.drafts.add("compilation", title or f"{name}: {consultation}", language,
                            blocks=[(k, t, lv) for k, lv, t in specs], consultation=consultation)


def _by_theme(store: Store, consultation: str, documents: Sequence[Contribution],
              language: str) -> list[tuple[str, int, str]]:
    from cwgi_desktop.core.store import AnnotationFilter

    by_base = {c.base_symbol or c.id: c for c in documents}
    base_of = {c.id: c.base_symbol or c.id for c in store.contributions.all_brief()}
    annotations = store.annotations.all(AnnotationFilter(consultation=consultation))
    specs: list[tuple[str, int, str]] = []
    tagged: set[str] = set()
    for theme, depth in theme_order(store.themes.all()):
        quotes: dict[str, list[str]] = {}
        for a in annotations:
            base = base_of.get(a.contribution_id)
            if theme.id in a.themes and base in by_base:
                c = by_base[base]
                quote = escape_markdown(" ".join(a.quote.split()))
                quotes.setdefault(base, []).append(f"> {quote} {_citation(c, a.paragraph)}")
        if not quotes:
            continue
        level = min(1 + depth, 5)
        specs.append(("heading", level, escape_markdown(theme.name)))
        for base in sorted(quotes, key=lambda b: b.casefold()):
            c = by_base[base]
            tagged.add(base)
            specs += _entry(c, level + 1, quotes[base])
    untagged = [c for b, c in sorted(by_base.items()) if b not in tagged]
    if untagged:
        specs.append(("heading", 1, load_templates().label("no_theme", language)))
        extracts = _body_extracts(store, untagged)
        for c in untagged:
            specs += _entry(c, 2, [escape_markdown(extracts[c.id])])
    return specs


def annex_contribution(store: Store, draft_id: str, contribution_ref: str, *,
                       after: str | None = None) -> Block:
    """Annex the full text of a contribution: an annex block titled with the contribution's
    title and symbol, then one block per paragraph (its headings as bold paragraphs).

    Inserted after block `after`, or at the end of the draft; one transaction. Returns the
    annex block.
    """
    contribution = store.contributions.resolve(contribution_ref)
    draft = store.drafts.get(draft_id)
    title = " ".join((contribution.title or contribution.file_name or "").split())
    heading = f"{title} ({contribution.symbol})" if contribution.symbol and title else (
        title or contribution.symbol or contribution.id)
    current = store.blocks.all(draft.id)
    ids = [b.id for b in current]
    if after is not None and after not in ids:
        raise NotFound(f"{after}: no such block in this draft")
    index = ids.index(after) + 1 if after is not None else len(current)
    annex = Block(id=new_id(), draft_id=draft.id, kind="annex", text=heading, level=1)
    added = [annex]
    for p in store.contributions.paragraphs(contribution.id):
        text = escape_markdown(p.text)
        added.append(Block(id=new_id(), draft_id=draft.id, kind="paragraph", level=1,
                           text=f"**{text}**" if p.style == "heading" else text))
    with store.transaction():
        store.blocks.replace_all(draft.id, [*current[:index], *added, *current[index:]])
    return store.blocks.get(annex.id)
