"""Qt's own texts in the Vietnamese interface (resources/i18n/qt_vi.ts): context menus, dialog
buttons, the wizard's buttons and Qt's own file dialog show no English."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMenu, QMessageBox,
    QPushButton, QSpinBox, QTextEdit, QToolButton, QWizard, QWizardPage,
)

from lcdesk.paths import resource_path
from lcdesk.ui import i18n
from tests.ui.test_i18n import qt_tool

QT_VI = resource_path("i18n", "qt_vi.ts")


def english_sources() -> set[str]:
    return {_plain(m.find("source").text) for m in ET.parse(QT_VI).getroot().iter("message")}


def _plain(text: str) -> str:
    """What a user reads: no accelerator marks, no shortcut after the tab."""
    return (text or "").split("\t")[0].replace("&", "").strip()


def english_in(texts) -> list[str]:
    """Texts that are still Qt's English: equal to a source string, or without a single
    Vietnamese letter (every Vietnamese translation here has one)."""
    sources = english_sources()
    return [t for t in map(_plain, texts) if t and (t in sources or t.isascii())]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_text_field_context_menus_are_vietnamese(qtbot):
    line = QLineEdit("Phường Ba Đình")
    text = QTextEdit("Ghi chú")
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    line_menu, text_menu = line.createStandardContextMenu(), text.createStandardContextMenu()
    assert "Sao chép" in [_plain(t) for t in menu_texts(line_menu)]
    assert len(menu_texts(line_menu)) >= 7 and len(menu_texts(text_menu)) >= 6
    assert english_in(menu_texts(line_menu) + menu_texts(text_menu)) == []


def test_the_spin_box_context_menu_is_vietnamese(qtbot):
    box = QSpinBox()
    qtbot.addWidget(box)
    box.show()
    seen = []

    def capture():
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(menu_texts(popup))
            popup.close()

    QTimer.singleShot(100, capture)
    from PySide6.QtGui import QContextMenuEvent

    QApplication.sendEvent(box, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), box.mapToGlobal(QPoint(2, 2))))
    assert "Tăng" in [_plain(t) for t in seen]
    assert english_in(seen) == []


def test_message_box_and_button_box_buttons_are_vietnamese(qtbot):
    buttons = QMessageBox.StandardButton
    every = (buttons.Ok | buttons.Save | buttons.SaveAll | buttons.Open | buttons.Yes | buttons.YesToAll | buttons.No
             | buttons.NoToAll | buttons.Abort | buttons.Retry | buttons.Ignore | buttons.Close | buttons.Cancel
             | buttons.Discard | buttons.Help | buttons.Apply | buttons.Reset | buttons.RestoreDefaults)
    box = QMessageBox(QMessageBox.Icon.Question, "Lưu", "Lưu thay đổi?", every)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    dialog_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(dialog_buttons)
    texts = [b.text() for b in box.findChildren(QPushButton)] + [b.text() for b in dialog_buttons.buttons()]
    assert len(texts) >= 20
    assert {"Có", "Không", "Hủy", "Đồng ý"} <= {_plain(t) for t in texts}
    assert english_in(texts) == []


def test_the_wizard_buttons_are_vietnamese(qtbot):
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
    for _ in range(2):
        wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    ids = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
           QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton, QWizard.WizardButton.CommitButton)
    assert english_in([wizard.buttonText(b) for b in ids]) == []


def test_qt_own_file_dialog_is_vietnamese(qtbot, tmp_path):
    (tmp_path / "gói 2025.lcb").write_bytes(b"x")
    dialog = QFileDialog(None, "Chọn gói", str(tmp_path), "Gói dữ liệu (*.lcb)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(100)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    texts += [w.toolTip() for w in dialog.findChildren(QToolButton)]
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.columnCount() > 1:
            texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    dialog.setNameFilters(["Gói dữ liệu (*.lcb)", "Mọi tệp (*)"])
    texts += [c.itemText(i) for c in dialog.findChildren(QComboBox) if c.objectName() == "fileTypeCombo"
              for i in range(c.count())]
    assert {"Tên", "Kích thước", "Tên tệp:", "Tìm trong:"} <= {_plain(str(t)) for t in texts}
    assert english_in([str(t) for t in texts if t]) == []


def test_the_vietnamese_qt_translation_is_loaded_only_for_vietnamese(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Dán"
    i18n.install_translator(qapp, "en")
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Paste"
    i18n.install_translator(qapp, "vi")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_the_compiled_qt_translation_is_current(tmp_path):
    """tools/update_translations.sh compiles qt_vi.ts; the shipped .qm is what it gives."""
    fresh = tmp_path / "qt_vi.qm"
    subprocess.run([qt_tool("lrelease"), "-silent", str(QT_VI), "-qm", str(fresh)], check=True, timeout=120)
    assert resource_path("i18n", "qt_vi.qm").read_bytes() == fresh.read_bytes()
