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

from cwgi_desktop.core.citations import CitationRow, cite
from cwgi_desktop.core.drafting.markdown_io import escape_markdown
from cwgi_desktop.core.drafting.resolution import preferred_version
from cwgi_desktop.core.drafting.templates import load_templates
from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.models import Block, Contribution, Draft, Theme, new_id

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)

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


def words(text: str) -> str:
    """`" ".join(text.split())`: runs of whitespace as one space, none at the ends. Most
    texts have nothing to collapse: every whitespace character but the space is
    unprintable, so one C scan and three `in` say so (splitting and joining each title,
    quote and opening of a compilation was a tenth of its time)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


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
    filling: dict[str, _Extract] = {}
    # The first round without an _Extract each: for most contributions the normalised
    # opening of their first paragraph fills the extract (see `_Extract.feed`).
    ids = [c.id for c in contributions]
    first_texts = dict(store.contributions.body_opening_rows(ids, _OPENINGS[0]))
    for cid in ids:
        text = first_texts.get(cid)
        if text is not None and len(text) > _HEAD and len(
                head := words(text[:_HEAD])) > EXTRACT_CHARS:
            out[cid] = _cut(head)
            continue
        extract_ = filling[cid] = _Extract()
        if text is not None and extract_.feed((text,)):
            out[cid] = extract_.text()
            del filling[cid]
    after = _OPENINGS[0]
    for first in _OPENINGS[1:]:
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
            if len(text) > _HEAD and self._size + len(head := words(
                    text[:_HEAD])) > EXTRACT_CHARS:
                # The paragraph's opening fills the extract: the rest of it cannot show,
                # and normalising a long paragraph whole was most of the extract's time.
                self._long.append(head)
                self._size += len(head)
                return True
            normal = words(text)
            self._body.append(normal)
            if len(text) >= 40:
                self._long.append(normal)
                self._size += len(normal)
                if self._size > EXTRACT_CHARS:
                    return True
        return False

    def text(self) -> str:
        """The extract of what was fed (all the body's paragraphs, unless it is full)."""
        return _cut(" ".join(w for w in (self._long or self._body) if w))


class GeneratedBlocks:
    """A generated draft's blocks as `DraftRepository.add` takes them, (kind, text,
    level), with the citation rows of the blocks written with a citation (`cited`), by
    index: tens of thousands of citations are not parsed back from the text just written."""

    __slots__ = ("blocks", "citations")

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str, int]] = []
        self.citations: dict[int, list[CitationRow]] = {}

    def add(self, kind: str, level: int, text: str) -> None:
        self.blocks.append((kind, text, level))

    def cited(self, kind: str, level: int, before: str, key: str,
              paragraph: int | None = None) -> None:
        """A block `before [@key, para N]` (the citation alone when `before` is empty); its
        citation rows are known unless `cite` leaves them to the parser, or `before` holds
        an `@` (a citation of its own, maybe)."""
        group, rows = cite(key, paragraph)
        self.blocks.append((kind, f"{before} {group}" if before else group, level))
        if rows is not None and "@" not in before:
            self.citations[len(self.blocks) - 1] = rows


def _heading_text(c: Contribution) -> str:
    name = words(c.source or c.title or c.symbol or c.file_name or c.id)
    return escape_markdown(f"{name} ({c.symbol})" if c.symbol and c.source else name)


def _entry(out: GeneratedBlocks, c: Contribution, level: int) -> None:
    """A contribution's heading, then its title with a citation (its extract or quotes
    are added after it)."""
    out.add("heading", level, _heading_text(c))
    title = f"**{escape_markdown(words(c.title))}**" if c.title else ""
    if c.base_symbol:
        out.cited("paragraph", level, title, c.base_symbol)
    elif title:
        out.add("paragraph", level, title)


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
    out = GeneratedBlocks()
    out.add("heading", 1, templates.label("contributions_received", language))
    out.add("paragraph", 1, counts_by_group(documents, language))
    if group_by == "source_type":
        extracts = _body_extracts(store, documents)
        groups: dict[str, list[Contribution]] = {}
        for c in documents:
            groups.setdefault(c.source_type or "", []).append(c)
        for group in sorted(groups, key=lambda g: (not g, g.casefold())):
            out.add("heading", 1, escape_markdown(group)
                    or templates.label("unspecified_group", language))
            for c in groups[group]:
                _extract_entry(out, c, 2, extracts[c.id])
    else:
        _by_theme(out, store, consultation, documents, language)
    name = templates.kind_name("compilation", language)
    # One insert of every block (replace_all matched, placed and re-numbered each one).
    return store.drafts.add("compilation", title or f"{name}: {consultation}", language,
                            blocks=out.blocks, citations=out.citations,
                            consultation=consultation)


def _extract_entry(out: GeneratedBlocks, c: Contribution, level: int, extract_: str) -> None:
    _entry(out, c, level)
    if extract_:
        out.add("paragraph", level, escape_markdown(extract_))


def _by_theme(out: GeneratedBlocks, store: Store, consultation: str,
              documents: Sequence[Contribution], language: str) -> None:
    from cwgi_desktop.core.store import AnnotationFilter

    by_base = {c.base_symbol or c.id: c for c in documents}
    base_of = {c.id: c.base_symbol or c.id for c in store.contributions.all_brief()}
    annotations = store.annotations.all(AnnotationFilter(consultation=consultation))
    tagged: set[str] = set()
    for theme, depth in theme_order(store.themes.all()):
        quotes: dict[str, list[tuple[str, int]]] = {}
        for a in annotations:
            base = base_of.get(a.contribution_id)
            if theme.id in a.themes and base in by_base:
                quote = escape_markdown(words(a.quote))
                quotes.setdefault(base, []).append((f"> {quote}", a.paragraph))
        if not quotes:
            continue
        level = min(1 + depth, 5)
        out.add("heading", level, escape_markdown(theme.name))
        for base in sorted(quotes, key=lambda b: b.casefold()):
            c = by_base[base]
            tagged.add(base)
            _entry(out, c, level + 1)
            for quote, paragraph in quotes[base]:
                if c.base_symbol:  # `para N` for a paragraph past the title (not 0)
                    out.cited("paragraph", level + 1, quote, c.base_symbol, paragraph or None)
                else:
                    out.add("paragraph", level + 1, f"{quote} ")
    untagged = [c for b, c in sorted(by_base.items()) if b not in tagged]
    if untagged:
        out.add("heading", 1, load_templates().label("no_theme", language))
        extracts = _body_extracts(store, untagged)
        for c in untagged:
            _extract_entry(out, c, 2, extracts[c.id])


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
