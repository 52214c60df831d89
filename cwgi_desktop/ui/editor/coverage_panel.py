"""Coverage of the draft against a consultation: lists, and bar charts drawn with QPainter.

QtCharts is not part of PySide6-Essentials; `BarChart` is a small painted widget: one row
per stakeholder group (contributions cited out of all) or per theme (findings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.drafting.coverage import Coverage
from cwgi_desktop.ui.consultation_ui import empty_consultation_warning
from cwgi_desktop.ui.labels import stakeholder_group_name
from cwgi_desktop.ui.theme import error_colour
from cwgi_desktop.ui.tree_items import children, top_items

ROW_HEIGHT = 20


@dataclass
class Bar:
    label: str
    value: int
    total: int
    caption: str
    alert: bool = False


class BarChart(QWidget):
    """Horizontal bars: `value` filled out of `total`, a caption at the end."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.title = title
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.caption}" for b in bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, ROW_HEIGHT * (len(self.bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def bar_at(self, y: int) -> Bar | None:
        row = (y - 4) // ROW_HEIGHT
        return self.bars[row - 1] if 1 <= row <= len(self.bars) else None

    def event(self, event: QEvent) -> bool:
        """A label cut to fit shows in full, with its figures, in the tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().y())
            if bar is not None:
                QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.caption}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        width = self.width()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(QRectF(4, 0, width - 8, ROW_HEIGHT),
                         int(Qt.AlignmentFlag.AlignVCenter), self.title)
        font.setBold(False)
        painter.setFont(font)
        if not self.bars:
            painter.end()
            return
        label_w = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 10,
                      int(width * 0.4))
        caption_w = max(metrics.horizontalAdvance(b.caption) for b in self.bars) + 10
        bar_w = max(width - label_w - caption_w - 8, 20)
        scale = max(max(b.total for b in self.bars), 1)
        for row, bar in enumerate(self.bars, start=1):
            y = row * ROW_HEIGHT + 4
            painter.setPen(error_colour() if bar.alert else text)
            painter.drawText(QRectF(4, y, label_w - 8, ROW_HEIGHT - 4),
                             int(Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                label_w - 8))
            full = bar_w * bar.total / scale
            done = bar_w * bar.value / scale
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dfe7f1"))
            painter.drawRoundedRect(QRectF(label_w, y + 3, full, ROW_HEIGHT - 10), 2, 2)
            painter.setBrush(QColor("#2f6db5"))
            painter.drawRoundedRect(QRectF(label_w, y + 3, done, ROW_HEIGHT - 10), 2, 2)
            painter.setPen(text)
            painter.drawText(QRectF(label_w + bar_w + 6, y, caption_w, ROW_HEIGHT - 4),
                             int(Qt.AlignmentFlag.AlignVCenter), bar.caption)
        painter.end()


class CoveragePanel(QWidget):
    """What the draft cites and leaves out; asks for a block when a finding is chosen."""

    refresh_requested = Signal()
    block_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePanel")
        self.setAccessibleName(self.tr("Coverage"))
        self.report: Coverage | None = None
        self.consultation = QComboBox(self)
        self.consultation.setObjectName("coverageConsultation")
        self.consultation.setAccessibleName(self.tr("Consultation"))
        self.consultation.setToolTip(self.tr("The consultation the draft is checked against"))
        self.consultation.addItem(self.tr("The draft's consultation"), None)
        self.consultation.currentIndexChanged.connect(lambda _i: self.refresh_requested.emit())
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.refresh.setObjectName("coverageRefresh")
        self.refresh.setToolTip(self.tr("Check the draft against the consultation again"))
        self.refresh.clicked.connect(self.refresh_requested)
        self.summary = QLabel(self)
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("coverageLists")
        self.tree.setAccessibleName(self.tr("Coverage lists"))
        self.tree.setAccessibleDescription(self.tr(
            "Contributions not cited yet, themes without a finding, findings with one or no "
            "source, unresolved citations; Enter on a finding shows its block"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        self.by_group = BarChart(self.tr("Contributions cited, by stakeholder group"),
                                 "coverageByGroup", self)
        self.by_theme = BarChart(self.tr("Findings by theme"), "coverageByTheme", self)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.by_group)
        charts_layout.addWidget(self.by_theme)
        charts_layout.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(charts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.consultation, 1)
        top.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """A report refreshed while the panel was hidden was skipped: ask for one now."""
        super().showEvent(event)
        self.refresh_requested.emit()

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them."""
        return [self.consultation, self.refresh, self.tree]

    def set_consultations(self, names: list[str]) -> None:
        current = self.consultation.currentData()
        self.consultation.blockSignals(True)
        while self.consultation.count() > 1:
            self.consultation.removeItem(1)
        for name in names:
            self.consultation.addItem(name, name)
        self.consultation.setCurrentIndex(max(0, self.consultation.findData(current)))
        self.consultation.blockSignals(False)

    def chosen_consultation(self) -> str | None:
        return self.consultation.currentData()

    def set_report(self, report: Coverage | None) -> None:
        self.report = report
        self.tree.clear()
        if report is None:
            self.summary.setText("")
            self.by_group.set_bars([])
            self.by_theme.set_bars([])
            return
        scope = report.consultation or self.tr("all contributions")
        in_scope = sum(g["contributions"] for g in report.by_stakeholder_group)
        warning = empty_consultation_warning(report.consultation, in_scope)
        self.summary.setProperty("warning", bool(warning))
        palette = self.palette()
        if warning:
            palette.setColor(QPalette.ColorRole.WindowText, error_colour())
        self.summary.setPalette(palette)
        self.summary.setText(warning or self.tr("Against %1: %2 cited, %3 not cited yet.")
                             .replace("%1", scope).replace("%2", str(len(report.cited)))
                             .replace("%3", str(len(report.uncited))))
        self._section("uncited", self.tr("Not cited yet"), [
            (d["symbol"], f"{self._name(d)} — {d.get('source') or '?'}"
             f" ({stakeholder_group_name(d.get('source_type')) or self.tr('unknown group')})",
             None)
            for d in report.uncited])
        self._section("themes", self.tr("Themes without a finding"), [
            (t["name"], self.tr("%1 (%2 annotations)").replace("%1", t["name"])
             .replace("%2", str(t["annotations"])), None)
            for t in report.themes_without_findings])
        self._section("single", self.tr("Findings resting on one source"), [
            (f["block_id"], f"{f['number']} {f['text']} — {f['source']}", f["block_id"])
            for f in report.single_source_findings])
        self._section("unsupported", self.tr("Findings citing no source"), [
            (f["block_id"], f"{f['number']} {f['text']}", f["block_id"])
            for f in report.unsupported_findings])
        self._section("unresolved", self.tr("Unresolved citations"), [
            (u["symbol"], "@" + u["symbol"], (u["blocks"] or [None])[0])
            for u in report.unresolved])
        self.by_group.set_bars([
            Bar(stakeholder_group_name(g["group"]) or self.tr("Unknown group"), g["cited"],
                g["contributions"], f"{g['cited']}/{g['contributions']}")
            for g in report.by_stakeholder_group])
        self.by_theme.set_bars([
            Bar(t["theme"], t["findings"], max(max(x["findings"] for x in report.by_theme), 1),
                self.tr("findings: %1 · annotations: %2").replace("%1", str(t["findings"]))
                .replace("%2", str(t["annotations"])), alert=t["findings"] == 0)
            for t in report.by_theme])

    def _name(self, document: dict) -> str:
        """Symbol, else title or file name, marked as having no symbol (never an id)."""
        label = document.get("label") or document["symbol"]
        if document.get("has_symbol", True):
            return label
        return self.tr("%1 (no symbol)").replace("%1", label)

    def _section(self, key: str, title: str, rows: list[tuple[str, str, str | None]]) -> None:
        head = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})"])
        head.setData(0, Qt.ItemDataRole.UserRole, key)
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        for value, text, block_id in rows:
            child = QTreeWidgetItem(head, [text])
            child.setData(0, Qt.ItemDataRole.UserRole, value)
            child.setData(0, Qt.ItemDataRole.UserRole + 1, block_id)
            child.setToolTip(0, text)
        head.setExpanded((bool(rows) and key != "themes") or (key == "themes" and len(rows) < 12))

    def values(self, key: str) -> list[str]:
        """The values listed under a section ('uncited', 'themes', 'single', …)."""
        for head in top_items(self.tree):
            if head.data(0, Qt.ItemDataRole.UserRole) == key:
                return [child.data(0, Qt.ItemDataRole.UserRole) for child in children(head)]
        return []

    def _chosen(self, item: QTreeWidgetItem) -> None:
        block_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
        if block_id:
            self.block_requested.emit(block_id)
