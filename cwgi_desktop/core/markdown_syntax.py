"""The Markdown marks CWGI recognises, in one place: the Markdown importer strips them,
the block editor's highlighter colours them, the exporter finds footnote calls.

Line patterns match at the start of a line; inline patterns anywhere.
"""

from __future__ import annotations

import re

# -- lines ---------------------------------------------------------------------------------
ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
CODE_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
ORDERED = re.compile(r"^[ \t]*(\d{1,9}[.)])[ \t]+")
BLOCK_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
TABLE_SEPARATOR = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
TABLE_PIPE = re.compile(r"\|")

# -- inline --------------------------------------------------------------------------------
CODE_SPAN = re.compile(r"`+([^`]+?)`+")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
REFERENCE_LINK = re.compile(r"\[([^\]@^][^\]]*)\]\[[^\]]*\]")
AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>")
INLINE_HTML = re.compile(r"</?(?:br|span|sup|sub|em|strong|b|i|u|mark|small)\b[^>]*>", re.I)
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])")
STRIKETHROUGH = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
FOOTNOTE_REF = re.compile(r"(?<!\\)\[\^([^\]\s]+)\](?!:)")
