"""Preferences: you, the interface, the Word export and its labels, backups.

Saved to Settings when the dialog is accepted; `changed` then names what changed
("author", "language", "colour_scheme", "spelling", "export", "labels", "backups") so the
window applies it: a new interface language reopens the window in that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.ui.accessibility import chain_tab_order, describe
from cwgi_desktop.ui.label_table_editor import LabelTableEditor
from cwgi_desktop.ui.labels import ITU_LANGUAGE_NAMES
from cwgi_desktop.ui.languages import INTERFACE_LANGUAGES, has_translation, system_language
from cwgi_desktop.ui.settings import MAX_BACKUPS, Settings

EXPORT_FONTS = ("Calibri", "Times New Roman", "Arial", "Carlito", "Noto Sans", "Noto Serif")


class PreferencesDialog(QDialog):
    """Four tabs: General, Export, Export labels, Backups."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings
        self.changed: set[str] = set()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        describe(self.tabs, self.tr("Preference pages"))
        describe(self.tabs.tabBar(), self.tr("Preference pages"))
        self.tabs.addTab(self._general_page(), self.tr("&General"))
        self.tabs.addTab(self._export_page(), self.tr("E&xport"))
        self.labels = LabelTableEditor(settings.label_overrides,
                                       settings.export_language or "en", self)
        self.tabs.addTab(self.labels, self.tr("Export &labels"))
        self.tabs.addTab(self._backup_page(), self.tr("&Backups"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.author.setFocus()

    # -- pages -------------------------------------------------------------------------

    @staticmethod
    def _form(page: QWidget) -> QFormLayout:
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("generalPage")
        s = self.settings
        self.author = QLineEdit(s.author, page)
        self.author.setObjectName("preferencesAuthor")
        describe(self.author, self.tr("Author name"),
                 self.tr("The name your annotations carry"))
        self.author.setPlaceholderText(self.tr("e.g. Jane Doe (Switzerland)"))
        self.interface_language = QComboBox(page)
        self.interface_language.setObjectName("interfaceLanguage")
        system = INTERFACE_LANGUAGES.get(system_language(), "English")
        self.interface_language.addItem(self.tr("System language (%1)").replace("%1", system),
                                        "")
        for code, name in INTERFACE_LANGUAGES.items():
            label = name if has_translation(code) else \
                self.tr("%1 (not translated yet)").replace("%1", name)
            self.interface_language.addItem(label, code)
        self.interface_language.setCurrentIndex(
            max(0, self.interface_language.findData(s.language)))
        describe(self.interface_language, self.tr("Interface language"),
                 self.tr("The language of menus and dialogs"))
        language_note = QLabel(self.tr(
            "A new interface language applies when you press OK: the window reopens in it."),
            page)
        language_note.setObjectName("languageNote")
        language_note.setWordWrap(True)
        self.colour_scheme = QComboBox(page)
        self.colour_scheme.setObjectName("colourScheme")
        for value, label in (("system", self.tr("Follow the system")),
                             ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.colour_scheme.addItem(label, value)
        self.colour_scheme.setCurrentIndex(
            max(0, self.colour_scheme.findData(s.colour_scheme)))
        describe(self.colour_scheme, self.tr("Appearance"),
                 self.tr("Light or dark colours, or as the system says"))
        self.spell_check = QCheckBox(self.tr("Mark &misspelt words in drafts"), page)
        self.spell_check.setObjectName("spellCheck")
        self.spell_check.setChecked(s.spell_check)
        describe(self.spell_check, self.tr("Spell-check"),
                 self.tr("Red wavy underlines under misspelt words, in the draft's language"))
        form = self._form(page)
        form.addRow(self.tr("&Your name:"), self.author)
        form.addRow(self.tr("&Interface language:"), self.interface_language)
        form.addRow("", language_note)
        form.addRow(self.tr("&Appearance:"), self.colour_scheme)
        form.addRow(self.tr("Spelling:"), self.spell_check)
        chain_tab_order([self.author, self.interface_language, self.colour_scheme,
                         self.spell_check])
        return page

    def _export_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("exportPage")
        s = self.settings
        self.export_language = QComboBox(page)
        self.export_language.setObjectName("defaultExportLanguage")
        self.export_language.addItem(self.tr("The draft's own language"), "")
        for code, name in ITU_LANGUAGE_NAMES.items():
            self.export_language.addItem(name, code)
        self.export_language.setCurrentIndex(
            max(0, self.export_language.findData(s.export_language)))
        describe(self.export_language, self.tr("Default export language"),
                 self.tr("The language of the fixed texts of a Word export"))
        self.export_font = QComboBox(page)
        self.export_font.setObjectName("exportFont")
        self.export_font.setEditable(True)
        self.export_font.addItems(list(EXPORT_FONTS))
        self.export_font.setCurrentText(s.export_font or EXPORT_FONTS[0])
        describe(self.export_font, self.tr("Export font"),
                 self.tr("The body font of Word exports (ITU documents use Calibri)"))
        self.logo = QLineEdit(s.logo_path, page)
        self.logo.setObjectName("logoPath")
        self.logo.setPlaceholderText(self.tr("No logo"))
        describe(self.logo, self.tr("Logo image"),
                 self.tr("An image for the cover page of Word exports"))
        self.logo_browse = QPushButton(self.tr("Choose…"), page)
        self.logo_browse.setObjectName("chooseLogo")
        describe(self.logo_browse, self.tr("Choose a logo image"))
        self.logo_browse.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Remove"), page)
        self.logo_clear.setObjectName("removeLogo")
        describe(self.logo_clear, self.tr("Remove the logo"))
        self.logo_clear.clicked.connect(self.logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_browse)
        logo_row.addWidget(self.logo_clear)
        form = self._form(page)
        form.addRow(self.tr("Default export &language:"), self.export_language)
        form.addRow(self.tr("Export &font:"), self.export_font)
        form.addRow(self.tr("L&ogo image:"), logo_row)
        chain_tab_order([self.export_language, self.export_font, self.logo, self.logo_browse,
                         self.logo_clear])
        return page

    def _backup_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("backupPage")
        s = self.settings
        self.backup_folder = QLineEdit(s.backup_folder, page)
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(str(s.backup_dir()) if not s.backup_folder
                                              else "")
        describe(self.backup_folder, self.tr("Backup folder"),
                 self.tr("Where the automatic backups of your stores go"))
        self.backup_browse = QPushButton(self.tr("Choose…"), page)
        self.backup_browse.setObjectName("chooseBackupFolder")
        describe(self.backup_browse, self.tr("Choose the backup folder"))
        self.backup_browse.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.backup_browse)
        self.backup_keep = QSpinBox(page)
        self.backup_keep.setObjectName("backupKeep")
        self.backup_keep.setRange(1, MAX_BACKUPS)
        self.backup_keep.setValue(s.backup_keep)
        describe(self.backup_keep, self.tr("Backups to keep"),
                 self.tr("Older backups of a store are deleted"))
        self.backup_frequency = QComboBox(page)
        self.backup_frequency.setObjectName("backupFrequency")
        for value, label in (("close", self.tr("Each time the window closes")),
                             ("daily", self.tr("Once a day")),
                             ("never", self.tr("Never (not advised)"))):
            self.backup_frequency.addItem(label, value)
        self.backup_frequency.setCurrentIndex(
            max(0, self.backup_frequency.findData(s.backup_frequency)))
        describe(self.backup_frequency, self.tr("Back up"),
                 self.tr("When the automatic backup is made"))
        note = QLabel(self.tr("A backup is a consistent copy of the store, made while you "
                              "work. File ▸ Restore from backup… brings one back."), page)
        note.setObjectName("backupNote")
        note.setWordWrap(True)
        form = self._form(page)
        form.addRow(self.tr("Backup &folder:"), folder_row)
        form.addRow(self.tr("&Keep:"), self.backup_keep)
        form.addRow(self.tr("Back &up:"), self.backup_frequency)
        form.addRow("", note)
        chain_tab_order([self.backup_folder, self.backup_browse, self.backup_keep,
                         self.backup_frequency])
        return page

    # -- pickers -----------------------------------------------------------------------

    def choose_logo(self) -> None:
        start = str(Path(self.logo.text()).parent) if self.logo.text() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo image"), start,
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)"))
        if path:
            self.logo.setText(path)

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"),
            self.backup_folder.text() or str(self.settings.backup_dir()))
        if folder:
            self.backup_folder.setText(folder)

    # -- saving ------------------------------------------------------------------------

    def accept(self) -> None:
        """Save what changed to the settings, remember what it was, close."""
        s = self.settings
        author = " ".join(self.author.text().split())
        values = {
            "author": (s.author, author),
            "language": (s.language, str(self.interface_language.currentData() or "")),
            "colour_scheme": (s.colour_scheme, str(self.colour_scheme.currentData())),
        }
        for key, (old, new) in values.items():
            if old != new and (key != "author" or new):
                setattr(s, key, new)
                self.changed.add(key)
        if self.spell_check.isChecked() != s.spell_check:
            s.spell_check = self.spell_check.isChecked()
            self.changed.add("spelling")
        font = self.export_font.currentText().strip()
        if font == (s.export_font or EXPORT_FONTS[0]):
            font = s.export_font  # untouched: keep "the ITU default" as it was
        export = (str(self.export_language.currentData() or ""), font,
                  self.logo.text().strip())
        if export != (s.export_language, s.export_font, s.logo_path):
            s.export_language, s.export_font, s.logo_path = export
            self.changed.add("export")
        overrides = self.labels.overrides()
        if overrides != s.label_overrides:
            s.label_overrides = overrides
            self.changed.add("labels")
        backups = (self.backup_folder.text().strip(), self.backup_keep.value(),
                   str(self.backup_frequency.currentData()))
        if backups != (s.backup_folder, s.backup_keep, s.backup_frequency):
            s.backup_folder, s.backup_keep, s.backup_frequency = backups
            self.changed.add("backups")
        s.sync()
        super().accept()
