"""Labels shared by the panes and dialogs: plain (never rich) text, selectable text, headings."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(name: str, parent: QWidget, selectable: bool = False) -> QLabel:
    """A word-wrapped plain-text label (never rich text: names and paths come from users),
    optionally selectable and copyable with the mouse or the keyboard."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def text_label(name: str, parent: QWidget) -> QLabel:
    """A selectable plain-text label aligned to the top left (the rows of an indicator pane)."""
    label = plain_label(name, parent, selectable=True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def heading_label(name: str, parent: QWidget) -> QLabel:
    """The pane's heading ("Chỉ số 2.1.2.a"): a text label, bold and 30 % larger."""
    label = text_label(name, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label
