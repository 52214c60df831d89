"""Search as you type: a debounced field over the full text, hits listed with snippets."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import SearchHit
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.labels import (
    isolate,
    language_name,
    snippet_html,
    snippet_plain,
)

DEBOUNCE_MS = 250
HIT_LIMIT = 100
HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class HitListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        head = f"{hit.symbol or ''} ¶{hit.paragraph}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{head} — {isolate(hit.title or '')}\n{snippet_plain(hit.snippet)}"
        if role == HtmlRole:
            lang = language_name(hit.language)
            return (f"<div><b>{html.escape(head)}</b> "
                    f"<span>{html.escape(hit.title or '')}</span>"
                    f"{' · ' + html.escape(lang) if lang else ''}</div>"
                    f"<div>{snippet_html(hit.snippet)}</div>")
        if role == HitRole:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HtmlRole (bold hit terms) inside the usual item frame."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(str(index.data(HtmlRole) or ""))
        doc.setTextWidth(max(50, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        if isinstance(view, QListView):
            opt.rect.setWidth(view.viewport().width())
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchPanel(QWidget):
    """A search field and its hits; choosing a hit emits `hit_chosen(hit, query)`."""

    hit_chosen = Signal(object, str)
    searched = Signal(str, int)  # query, number of hits

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.db = db
        self._generation = 0
        self.last_query = ""
        self._open_when_ready = False
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search the full text"))
        self.field.setPlaceholderText(self.tr("Search all contributions (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setAcceptDrops(False)
        self.by_meaning = QCheckBox(self.tr("By meaning"), self)
        self.by_meaning.setObjectName("searchByMeaning")
        self.by_meaning.setAccessibleName(self.tr("Search by meaning"))
        self.by_meaning.setToolTip(self.tr("Also find passages that say the same thing in "
                                           "other words or other languages"))
        self.by_meaning.toggled.connect(lambda _on: self.run_search())
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.model = HitListModel(self)
        self.hits = QListView(self)
        self.hits.setObjectName("searchHits")
        self.hits.setAccessibleName(self.tr("Search hits"))
        self.hits.setModel(self.model)
        self.hits.setItemDelegate(HtmlDelegate(self.hits))
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits.setUniformItemSizes(False)
        self.hits.setResizeMode(QListView.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.by_meaning)
        layout.addWidget(self.status)
        layout.addWidget(self.hits, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        self.hits.activated.connect(self._choose)
        self.hits.clicked.connect(self._choose)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        """Search now for what the field holds (the debounce timer calls this)."""
        self.timer.stop()
        query = self.field.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.last_query = ""
            self.model.set_hits([])
            self.status.setText("")
            return
        self.status.setText(self.tr("Searching…"))
        if self.by_meaning.isChecked():
            from cwgi_desktop.core.semantic import semantic_of

            def job(store: Any) -> list[SearchHit]:
                return semantic_of(store).search(query, limit=HIT_LIMIT)
        else:
            def job(store: Any) -> list[SearchHit]:
                return store.search.find(query, limit=HIT_LIMIT)
        self.db.submit(job, lambda hits: self._show(generation, query, hits), owner=self)

    def _show(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer search is coming
        self.last_query = query
        self.model.set_hits(hits)
        if hits:
            self.hits.setCurrentIndex(self.model.index(0))
            self.status.setText(self.tr("%n hits", "", len(hits)))
        else:
            self.status.setText(self.tr("No hits"))
        self.searched.emit(query, len(hits))
        if self._open_when_ready and hits:
            self._choose(self.model.index(0))
        self._open_when_ready = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down \
                and self.model.rowCount():
            self.hits.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.hits.currentIndex().isValid():
                self.hits.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        if self.timer.isActive() or self.field.text().strip() != self.last_query:
            self.run_search()  # Enter before the debounce fired: search, then open
            self._open_when_ready = True
            return
        index = self.hits.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hit_chosen.emit(hit, self.last_query)
