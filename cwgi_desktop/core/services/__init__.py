"""Use cases: what the window and the CLI ask for, each a module of functions taking a store.

`core.store` only stores (SQL); `core.drafting`, `core.exchange`, `core.importers` and
`core.exporters` are pure logic over plain data. A service reads what a use case needs
from the store, runs the logic, and writes the result back, one transaction per user action:
`drafts` (templates, Markdown import, compile, scaffold, annex, coverage), `revisions`,
`exchange` (bundles, conflicts), `review` (Word review documents), `importing`
(contribution files), `export` (what an export writes from), `annotations`, `backups`,
and `opening` (open and migrate a store, with the data migrations).
"""
