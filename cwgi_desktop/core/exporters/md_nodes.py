"""The intermediate form of Markdown a Word export writes from: paragraphs, tables and
formatted spans (shared by the Markdown reader, md_tokens, and md_ir)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    """A run of text with one formatting; or a footnote reference or a line break."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    code: bool = False
    superscript: bool = False
    subscript: bool = False
    link: str | None = None
    footnote: str | None = None  # label of the footnote referenced here (text is empty)
    cited: tuple[str, ...] = ()  # base symbols, when this span is a rendered citation
    line_break: bool = False

    def same_format(self, other: Span) -> bool:
        """Whether two text spans can merge into one run."""
        return (
            not (self.footnote or other.footnote or self.line_break or other.line_break)
            and not (self.cited or other.cited)
            and self.format_key() == other.format_key()
        )

    def with_text(self, text: str, cited: tuple[str, ...] | None = None) -> Span:
        """This span's formatting with other text (and citation): `dataclasses.replace`,
        without its field-by-field introspection (thousands of spans in an export)."""
        return Span(text, self.bold, self.italic, self.underline, self.strike, self.code,
                    self.superscript, self.subscript, self.link, self.footnote,
                    self.cited if cited is None else cited, self.line_break)

    def format_key(self) -> tuple[object, ...]:
        return (self.bold, self.italic, self.underline, self.strike, self.code,
                self.superscript, self.subscript, self.link)


@dataclass
class Para:
    """A paragraph. `role`: body, heading, list, quote, code or rule (horizontal line).

    For lists `level` is the nesting depth (1 = top) and `marker` the en dash or `1)`; an
    empty marker is a continuation paragraph of the item. For headings `level` is 1-6.
    """

    spans: list[Span] = field(default_factory=list)
    role: str = "body"
    level: int = 0
    marker: str = ""


@dataclass
class Table:
    """A pipe table: header cells, body rows, column alignments, optional caption."""

    header: list[list[Span]] = field(default_factory=list)
    rows: list[list[list[Span]]] = field(default_factory=list)
    align: list[str] = field(default_factory=list)
    caption: list[Span] | None = None


Node = Para | Table


def plain_text(spans: list[Span]) -> str:
    """The text of `spans` (line breaks as spaces, footnote references dropped)."""
    return "".join(" " if s.line_break else s.text for s in spans)
