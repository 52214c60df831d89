"""Drafting: draft kinds and templates, citations, numbering, Markdown I/O, coverage,
compilations, scaffolds and revisions. Pure Python; SQL stays in `core.store`."""
