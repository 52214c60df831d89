"""The contribution list: a table model over the store, filled a page at a time.

Rows are metadata only (never bodies). The first page comes with the count; the view asks
for more through canFetchMore/fetchMore as the user scrolls, and each page is read on the
database worker. Sorting is done by the store (ORDER BY), not in memory.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.store import ContributionFilter, Store
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

PAGE_SIZE = 200
ContributionRole = Qt.ItemDataRole.UserRole + 1

# (store sort key, header label); the label is translated in headerData.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("symbol", QT_TRANSLATE_NOOP("ContributionListModel", "Symbol")),
    ("title", QT_TRANSLATE_NOOP("ContributionListModel", "Title")),
    ("source", QT_TRANSLATE_NOOP("ContributionListModel", "Source")),
    ("language", QT_TRANSLATE_NOOP("ContributionListModel", "Language")),
    ("date", QT_TRANSLATE_NOOP("ContributionListModel", "Date")),
    ("annotations", QT_TRANSLATE_NOOP("ContributionListModel", "Annotations")),
)

translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex


class ContributionListModel(QAbstractTableModel):
    """Contributions matching a filter, in the store's order, loaded lazily."""

    total_changed = Signal(int)  # how many contributions match the filter
    page_loaded = Signal(int, int)  # offset, rows in the page

    def __init__(self, db: DbWorker, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._db = db
        self.page_size = page_size
        self._rows: list[Contribution] = []
        self._total: int | None = None
        self._filter = ContributionFilter()
        self._order_by = "symbol"
        self._descending = False
        self._generation = 0
        self._fetching = False
        # Every (offset, limit) asked of the store: lets tests prove paging happens.
        self.fetch_log: list[tuple[int, int]] = []

    # -- state -------------------------------------------------------------------------

    @property
    def filter(self) -> ContributionFilter:
        return replace(self._filter)

    @property
    def total(self) -> int | None:
        return self._total

    @property
    def loading(self) -> bool:
        return self._fetching

    def set_filter(self, flt: ContributionFilter) -> None:
        self._filter = replace(flt)
        self.reload()

    def contribution_at(self, row: int) -> Contribution | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, cid: str) -> int:
        """The row showing `cid` among the rows loaded so far, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.id == cid), -1)

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Drop the rows and read the count and the first page again."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._rows = []
        self._total = None
        self._fetching = True
        self.endResetModel()
        flt, order, desc, size = replace(self._filter), self._order_by, self._descending, \
            self.page_size
        self.fetch_log.append((0, size))

        def job(store: Store) -> tuple[int, list[Contribution]]:
            return (
                store.contributions.count(flt),
                store.contributions.all(flt, order_by=order, descending=desc, limit=size),
            )

        self._db.submit(job, lambda result: self._first_page(generation, *result),
                        lambda exc: self._failed(generation, exc), owner=self)

    def _first_page(self, generation: int, total: int, rows: list[Contribution]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._total = total
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
        self.total_changed.emit(total)
        self.page_loaded.emit(0, len(rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self._db.failed.emit(str(exc))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetching or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        offset = len(self._rows)
        flt, order, desc, size = replace(self._filter), self._order_by, self._descending, \
            self.page_size
        self.fetch_log.append((offset, size))

        def job(store: Store) -> list[Contribution]:
            return store.contributions.all(flt, order_by=order, descending=desc, limit=size,
                                            offset=offset)

        self._db.submit(job, lambda rows: self._more(generation, offset, rows),
                        lambda exc: self._failed(generation, exc), owner=self)

    def _more(self, generation: int, offset: int, rows: list[Contribution]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if rows and offset == len(self._rows):
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(offset, len(rows))

    def refresh_rows(self, cids: list[str]) -> None:
        """Re-read a few rows in place (annotation count, read state, metadata)."""
        ids = [cid for cid in dict.fromkeys(cids) if self.row_of(cid) >= 0]
        if not ids:
            return
        generation = self._generation

        def job(store: Store) -> list[Contribution]:
            return store.contributions.all(ContributionFilter(ids=ids))

        def done(rows: list[Contribution]) -> None:
            if generation != self._generation:
                return
            for contribution in rows:
                row = self.row_of(contribution.id)
                if row >= 0:
                    self._rows[row] = contribution
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(COLUMNS) - 1))

        self._db.submit(job, done, owner=self)

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate("ContributionListModel", COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contribution = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if key == "annotations":
                count = contribution.annotation_count
                return (str(count) if count else "") if role == Qt.ItemDataRole.DisplayRole \
                    else str(count)
            if key == "symbol":
                if contribution.symbol:
                    return contribution.symbol
                # No symbol: say so, naming the file (a file name is not a symbol).
                return translate("ContributionListModel", "(none) %1").replace(
                    "%1", contribution.file_name or "").strip()
            return getattr(contribution, key) or ""
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return contribution.title
        if role == Qt.ItemDataRole.ToolTipRole and key == "symbol":
            if contribution.symbol:
                return contribution.symbol
            return translate("ContributionListModel",
                             "No symbol yet (file %1). Edit details (F2) gives it one."
                             ).replace("%1", contribution.file_name or "?")
        if role == Qt.ItemDataRole.FontRole and (contribution.read_at is None
                                                 or (key == "symbol"
                                                     and not contribution.symbol)):
            font = QFont()
            font.setBold(contribution.read_at is None)  # unread, as in a mail client
            font.setItalic(key == "symbol" and not contribution.symbol)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "annotations":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ContributionRole:
            return contribution
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_by, self._descending) and self._total is not None:
            return
        self._order_by, self._descending = key, descending
        self.reload()


class MiddleElideDelegate(QStyledItemDelegate):
    """Cuts the middle of a cell's text: symbols share their start (CWG-Internet-…), and
    what tells them apart is at the end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]
