"""Exchange between laptops: bundles of themes, annotations and drafts (with their review
notes, language versions and saved versions), their merge, and a circulated draft coming
back from Word with comments and tracked changes.

- `rows`: the travelling rows' canonical form, digest and validation;
- `merge`: the merge rules (last writer wins per row, history, conflicts, derived state);
- `selection`: which rows a bundle carries (`BundleFilter`);
- `bundle`: the file format, written atomically and read defensively (`BundleRejected`);
- `review_import`: Word comments and tracked changes, mapped to blocks by bookmark;
- `records`: plain results (`MergeResult`, `Conflict`, `ReviewNote`, `SuggestedChange`).

The store's side (SQL) is `core.store.exchange.ExchangeRepository`. Nothing here imports Qt.
"""

from __future__ import annotations

from cwgi_desktop.core.exchange.records import (
    Conflict,
    ExportSummary,
    MergeResult,
    ReviewImport,
    ReviewNote,
    SuggestedChange,
)
from cwgi_desktop.core.exchange.selection import BundleFilter

__all__ = [
    "BundleFilter",
    "Conflict",
    "ExportSummary",
    "MergeResult",
    "ReviewImport",
    "ReviewNote",
    "SuggestedChange",
]
