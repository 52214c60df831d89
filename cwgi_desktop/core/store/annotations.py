"""Annotations (highlights and notes on passages) and the theme codebook."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from dataclasses import dataclass, replace

from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.models import Annotation, Theme, new_id, utc_now
from cwgi_desktop.core.store.base import Repository, StoreBase
from cwgi_desktop.core.store.contributions import ContributionRepository

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)
if TYPE_CHECKING:
    from typing import Any

DEFAULT_COLOUR = "#f6c343"
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\Z")  # \Z: `$` allows a final newline


@dataclass
class AnnotationFilter:
    contribution_id: str | None = None
    author: str | None = None
    theme_id: str | None = None
    colour: str | None = None
    consultation: str | None = None
    include_deleted: bool = False


_ANNOTATION_COLUMNS = ("a.id, a.contribution_id, a.author, a.paragraph, a.start, a.\"end\","
                       " a.quote, a.kind, a.note, a.colour, a.themes, a.created, a.updated,"
                       " a.deleted")


@functools.lru_cache(maxsize=1024)
def _theme_ids(stored: str) -> tuple[str, ...]:
    """The theme ids of an annotation's stored JSON list: a consultation's 20,000
    annotations share a few hundred lists at most (each caller gets its own copy)."""
    return tuple(json.loads(stored))


def _row_to_annotation(row: sqlite3.Row) -> Annotation:
    data = dict(row)
    data["themes"] = json.loads(data["themes"])
    data["deleted"] = bool(data["deleted"])
    data.pop("needs_check", None)  # a local flag (renumbering), not travelling with the row
    return Annotation(**data)


def _row_to_theme(row: sqlite3.Row) -> Theme:
    data = dict(row)
    data["deleted"] = bool(data["deleted"])
    return Theme(**{k: v for k, v in data.items() if k in Theme.__dataclass_fields__})


def locate_quote(paragraphs: list[tuple[int, str]], quote: str) -> tuple[int, int, int] | None:
    """(paragraph index, start, end) of the first occurrence of `quote`.

    Exact match first; then case-insensitive with runs of whitespace treated as one space.
    """
    for index, text in paragraphs:
        pos = text.find(quote)
        if pos >= 0:
            return index, pos, pos + len(quote)
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    for index, text in paragraphs:
        match = pattern.search(text)
        if match:
            return index, match.start(), match.end()
    return None


class ThemeRepository(Repository):
    """Themes (the codebook) and the links from annotations to them."""

    def all(self, *, include_deleted: bool = False) -> list[Theme]:
        where = "" if include_deleted else " WHERE deleted = 0"
        return [_row_to_theme(r) for r in self.query(
            f"SELECT * FROM themes{where} ORDER BY name COLLATE NOCASE"
        )]

    def get(self, theme_id: str) -> Theme:
        rows = self.query("SELECT * FROM themes WHERE id = ?", (theme_id,))
        if not rows:
            raise NotFound(f"{theme_id}: no such theme")
        return _row_to_theme(rows[0])

    def counts(self) -> dict[str, int]:
        """Live annotations per theme id."""
        return dict(self.conn.execute(
            "SELECT t.theme_id, COUNT(*) FROM annotation_themes t JOIN annotations a"
            " ON a.id = t.annotation_id WHERE a.deleted = 0 GROUP BY t.theme_id"
        ).fetchall())

    def find(self, name: str) -> Theme | None:
        rows = self.query(
            "SELECT * FROM themes WHERE name = ? COLLATE NOCASE AND deleted = 0", (name.strip(),)
        )
        return _row_to_theme(rows[0]) if rows else None

    def add(
        self, name: str, *, parent_id: str | None = None, colour: str = DEFAULT_COLOUR,
        description: str = "", theme_id: str | None = None,
    ) -> Theme:
        """Add a theme; `theme_id` keeps the id another tool gave it (a codebook's guid)."""
        name = name.strip()
        if not name:
            raise InvalidInput("a theme needs a name")
        if self.find(name):
            raise InvalidInput(f"{name}: a theme of that name exists")
        _check_colour(colour)
        theme = Theme(id=theme_id or new_id(), name=name, parent_id=parent_id, colour=colour,
                      description=description)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO themes (id, name, parent_id, colour, description, created, updated,"
                " deleted) VALUES (?,?,?,?,?,?,?,0)",
                (theme.id, theme.name, theme.parent_id, theme.colour, theme.description,
                 theme.created, theme.updated),
            )
        return theme

    def ensure(self, name: str) -> Theme:
        return self.find(name) or self.add(name)

    def update(self, theme_id: str, **fields: Any) -> Theme:
        """Rename, recolour, re-parent or re-describe a theme."""
        allowed = {"name", "colour", "parent_id", "description"}
        if set(fields) - allowed:
            raise InvalidInput(f"{', '.join(sorted(set(fields) - allowed))}: not editable")
        if "colour" in fields:
            _check_colour(fields["colour"])
        if fields.get("name") is not None:
            other = self.find(fields["name"])
            if other and other.id != theme_id:
                raise InvalidInput(f"{fields['name']}: a theme of that name exists")
        self.get(theme_id)
        fields["updated"] = utc_now()
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE themes SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                [*fields.values(), theme_id],
            )
        return self.get(theme_id)

    def merge(self, source_id: str, target_id: str) -> None:
        """Move every use of `source` to `target`, then delete `source` (a tombstone)."""
        if source_id == target_id:
            return
        self.get(target_id)
        with self.transaction() as conn:
            for (annotation_id,) in conn.execute(
                "SELECT annotation_id FROM annotation_themes WHERE theme_id = ?", (source_id,)
            ).fetchall():
                themes = self._theme_ids_of(annotation_id)
                merged = list(dict.fromkeys(target_id if t == source_id else t for t in themes))
                self.write_annotation_themes(conn, annotation_id, merged)
            conn.execute("UPDATE themes SET parent_id = ? WHERE parent_id = ?",
                         (target_id, source_id))
            conn.execute("UPDATE themes SET deleted = 1, updated = ? WHERE id = ?",
                         (utc_now(), source_id))

    def delete(self, theme_id: str) -> None:
        with self.transaction() as conn:
            for (annotation_id,) in conn.execute(
                "SELECT annotation_id FROM annotation_themes WHERE theme_id = ?", (theme_id,)
            ).fetchall():
                remaining = [t for t in self._theme_ids_of(annotation_id) if t != theme_id]
                self.write_annotation_themes(conn, annotation_id, remaining)
            conn.execute("UPDATE themes SET deleted = 1, updated = ? WHERE id = ?",
                         (utc_now(), theme_id))

    def _theme_ids_of(self, annotation_id: str) -> list[str]:
        return list(json.loads(self.scalar("SELECT themes FROM annotations WHERE id = ?",
                                           (annotation_id,))))

    def id_of(self, id_or_name: str) -> str:
        """The id of a theme given by id or name (a new theme for an unknown name)."""
        rows = self.conn.execute("SELECT id FROM themes WHERE id = ?", (id_or_name,)).fetchone()
        return rows[0] if rows else self.ensure(id_or_name).id

    def write_annotation_themes(self, conn: sqlite3.Connection, annotation_id: str,
                      theme_ids: list[str]) -> None:
        conn.execute("DELETE FROM annotation_themes WHERE annotation_id = ?", (annotation_id,))
        conn.executemany(
            "INSERT INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)",
            [(annotation_id, t) for t in theme_ids],
        )
        conn.execute("UPDATE annotations SET themes = ? WHERE id = ?",
                     (json.dumps(theme_ids), annotation_id))



class AnnotationRepository(Repository):
    """Annotations on contribution passages."""

    def __init__(self, base: StoreBase, *, contributions: ContributionRepository,
                 themes: ThemeRepository) -> None:
        super().__init__(base)
        self._contributions = contributions
        self._themes = themes

    def get(self, annotation_id: str) -> Annotation:
        rows = self.query("SELECT * FROM annotations WHERE id = ?", (annotation_id,))
        if not rows:
            raise NotFound(f"{annotation_id}: no such annotation")
        return _row_to_annotation(rows[0])

    def all(self, flt: AnnotationFilter | None = None) -> list[Annotation]:
        sql, params = self._where(flt or AnnotationFilter())
        # Named columns read as tuples: a dict per row was most of reading 20,000 of them.
        return [Annotation(aid, cid, author, paragraph, start, end, quote, kind, note, colour,
                           list(_theme_ids(themes)), created, updated, bool(deleted))
                for aid, cid, author, paragraph, start, end, quote, kind, note, colour, themes,
                created, updated, deleted in self.conn.execute(
                    f"SELECT {_ANNOTATION_COLUMNS} FROM annotations a{sql} ORDER BY"
                    " a.contribution_id, a.paragraph, a.start, a.created", params)]

    def all_brief(self, flt: AnnotationFilter | None = None) -> list[Annotation]:
        """Live annotations as `all()` lists them with only what a generated draft reads:
        id, contribution, paragraph, span, quote, note and themes (author, kind, colour
        and times are left empty). Reading every column of a consultation's 20,000 took
        a third longer."""
        sql, params = self._where(replace(flt or AnnotationFilter(), include_deleted=False))
        return [Annotation(aid, cid, "", paragraph, start, end, quote, "", note, "",
                           list(_theme_ids(themes)), "", "", False)
                for aid, cid, paragraph, start, end, quote, note, themes in self.conn.execute(
                    "SELECT a.id, a.contribution_id, a.paragraph, a.start, a.\"end\", a.quote,"
                    f" a.note, a.themes FROM annotations a{sql} ORDER BY"
                    " a.contribution_id, a.paragraph, a.start, a.created", params)]

    @staticmethod
    def _where(flt: AnnotationFilter) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if not flt.include_deleted:
            where.append("a.deleted = 0")
        for column in ("contribution_id", "author", "colour"):
            if getattr(flt, column):
                where.append(f"a.{column} = ?")
                params.append(getattr(flt, column))
        if flt.theme_id:
            where.append("EXISTS (SELECT 1 FROM annotation_themes t WHERE"
                         " t.annotation_id = a.id AND t.theme_id = ?)")
            params.append(flt.theme_id)
        if flt.consultation:
            where.append("a.contribution_id IN (SELECT id FROM contributions"
                         " WHERE consultation = ?)")
            params.append(flt.consultation)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def authors(self) -> list[tuple[str, int]]:
        return list(self.conn.execute(
            "SELECT author, COUNT(*) FROM annotations WHERE deleted = 0 GROUP BY author"
            " ORDER BY author COLLATE NOCASE"
        ))

    def add(
        self,
        contribution_ref: str,
        *,
        author: str,
        quote: str | None = None,
        paragraph: int | None = None,
        start: int | None = None,
        end: int | None = None,
        note: str = "",
        themes: list[str] | None = None,
        colour: str = DEFAULT_COLOUR,
        annotation_id: str | None = None,
    ) -> Annotation:
        """Annotate a passage, located by quote or by (paragraph, start, end).

        `themes` are theme ids or names; unknown names become new themes.
        """
        if not author.strip():
            raise InvalidInput("an annotation needs an author")
        _check_colour(colour)
        contribution = self._contributions.resolve(contribution_ref)
        paragraph, start, end, quote = self._anchor(contribution.id, quote, paragraph, start, end)
        now = utc_now()
        with self.transaction() as conn:
            theme_ids = [self._themes.id_of(t) for t in themes or []]
            annotation = Annotation(
                id=annotation_id or new_id(), contribution_id=contribution.id,
                author=author.strip(), paragraph=paragraph, start=start, end=end, quote=quote,
                kind="note" if note.strip() else "highlight", note=note, colour=colour,
                themes=list(dict.fromkeys(theme_ids)), created=now, updated=now,
            )
            conn.execute(
                'INSERT INTO annotations (id, contribution_id, author, paragraph, start, "end",'
                " quote, kind, note, colour, themes, created, updated, deleted)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                (annotation.id, annotation.contribution_id, annotation.author,
                 annotation.paragraph, annotation.start, annotation.end, annotation.quote,
                 annotation.kind, annotation.note, annotation.colour, "[]", now, now),
            )
            self._themes.write_annotation_themes(conn, annotation.id, annotation.themes)
        return self.get(annotation.id)

    def _anchor(
        self, cid: str, quote: str | None, paragraph: int | None, start: int | None,
        end: int | None,
    ) -> tuple[int, int, int, str]:
        if paragraph is not None and start is not None and end is not None:
            text = self._contributions.paragraph_text(cid, paragraph)
            if text is None or not 0 <= start < end <= len(text):
                raise InvalidInput(f"paragraph {paragraph} [{start}:{end}]: no such passage")
            return paragraph, start, end, text[start:end]
        if not quote or not quote.strip():
            raise InvalidInput("give a quote or a passage to annotate")
        paragraphs = self._contributions.paragraphs(cid)
        found = locate_quote([(p.index, p.text) for p in paragraphs], quote)
        if found is None:
            short = quote if len(quote) <= 60 else quote[:57] + "…"
            raise InvalidInput(f"quote not found in the contribution: “{short}”")
        index, s, e = found
        text = self._contributions.paragraph_text(cid, index) or ""
        return index, s, e, text[s:e]

    def update(self, annotation_id: str, **fields: Any) -> Annotation:
        """Change note, colour or themes (ids or names) of an annotation."""
        allowed = {"note", "colour", "themes"}
        if set(fields) - allowed:
            raise InvalidInput(f"{', '.join(sorted(set(fields) - allowed))}: not editable")
        current = self.get(annotation_id)
        if "colour" in fields:
            _check_colour(fields["colour"])
        with self.transaction() as conn:
            if "themes" in fields:
                ids = list(dict.fromkeys(self._themes.id_of(t) for t in fields.pop("themes")))
                self._themes.write_annotation_themes(conn, annotation_id, ids)
            note = fields.get("note", current.note)
            fields["kind"] = "note" if note.strip() else "highlight"
            fields["updated"] = utc_now()
            conn.execute(
                f"UPDATE annotations SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                [*fields.values(), annotation_id],
            )
        return self.get(annotation_id)

    def delete(self, annotation_id: str, *, deleted: bool = True) -> None:
        """Delete (leave a tombstone) or, with deleted=False, bring an annotation back."""
        self.get(annotation_id)
        with self.transaction() as conn:
            conn.execute("UPDATE annotations SET deleted = ?, updated = ? WHERE id = ?",
                         (int(deleted), utc_now(), annotation_id))


def _check_colour(colour: str) -> None:
    if not _HEX_COLOUR.match(colour):
        raise InvalidInput(f"{colour}: a colour is written #rrggbb")
