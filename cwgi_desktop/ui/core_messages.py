"""The core's messages (English, one line) in the interface language, at the edge.

The core never imports Qt and speaks English (the CLI shows its messages as they are).
The window translates the ones it shows: each known message is a pattern over the English
text; what it captures (a size, a file type) is put back into the translation as %1, %2.
A message no pattern knows is shown as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

CONTEXT = "CoreMessages"


translate = QCoreApplication.translate


# (pattern of the English message, its translatable template). The templates are literal
# `translate` calls (lupdate finds them) made when the table is read (in the language then).
def _table() -> list[tuple[str, str]]:
    return [
        (r"empty file", translate("CoreMessages", "empty file")),
        (r"no text found", translate("CoreMessages", "no text found")),
        (r"binary data, not text", translate("CoreMessages", "binary data, not text")),
        (r"not a valid PDF", translate("CoreMessages", "not a valid PDF")),
        (r"encrypted PDF", translate("CoreMessages", "encrypted PDF")),
        (r"no text layer \(scanned\?\)", translate("CoreMessages", "no text layer (scanned?)")),
        (r"not a valid \.docx \(damaged or truncated archive\)",
         translate("CoreMessages", "not a valid .docx (damaged or truncated archive)")),
        (r"refused: the document declares XML entities \(DTD\)",
         translate("CoreMessages", "refused: the document declares XML entities (DTD)")),
        (r"encrypted Office file \(password-protected\)",
         translate("CoreMessages", "encrypted Office file (password-protected)")),
        (r"legacy Word \.doc is not supported; save it as \.docx",
         translate("CoreMessages", "legacy Word .doc is not supported; save it as .docx")),
        (r"no document part", translate("CoreMessages", "no document part")),
        (r"no document part \('(.+)' is missing\)",
         translate("CoreMessages", "no document part ('%1' is missing)")),
        (r"not a valid \.docx \((.+) cannot be decoded\)",
         translate("CoreMessages", "not a valid .docx (%1 cannot be decoded)")),
        (r"not a valid \.docx \((.+) is not well-formed XML\)",
         translate("CoreMessages", "not a valid .docx (%1 is not well-formed XML)")),
        (r"refused: the archive has too many entries \((\d+)\)",
         translate("CoreMessages", "refused: the archive has too many entries (%1)")),
        (r"refused: reading the PDF text took too long",
         translate("CoreMessages", "refused: reading the PDF text took too long")),
        (r"refused: the PDF holds too much text",
         translate("CoreMessages", "refused: the PDF holds too much text")),
        (r"too many pages \((\d+); the limit is (\d+)\)",
         translate("CoreMessages", "too many pages (%1; the limit is %2)")),
        (r"unsupported file type '(.*)'", translate("CoreMessages", "unsupported file type '%1'")),
        (r"file too large \((\d+) MB; the limit is (\d+) MB\)",
         translate("CoreMessages", "file too large (%1 MB; the limit is %2 MB)")),
        (r"file too large \((\d+) MB\)", translate("CoreMessages", "file too large (%1 MB)")),
        (r"cannot read the file \((.*)\)", translate("CoreMessages", "cannot read the file (%1)")),
        (r"cannot be read \((.*)\)", translate("CoreMessages", "cannot be read (%1)")),
        (r"could not read the file \((.*)\)",
         translate("CoreMessages", "could not read the file (%1)")),
        (r"refused: not enough memory to read the file",
         translate("CoreMessages", "refused: not enough memory to read the file")),
        (r"refused: the file is nested too deeply",
         translate("CoreMessages", "refused: the file is nested too deeply")),
        (r"no block of a known draft in it \(was it exported from this store, with its "
         r"bookmarks kept\?\)",
         translate("CoreMessages", "no block of a known draft in it (was it exported from "
                   "this store, with its bookmarks kept?)")),
    ]


def translate_message(message: str) -> str:
    """`message` from the core in the interface language (as it is when unknown)."""
    text = message.strip()
    for pattern, template in _table():
        match = re.fullmatch(pattern, text)
        if match:
            out = template
            for number, value in enumerate(match.groups(), start=1):
                out = out.replace(f"%{number}", value)
            return out
    return message
