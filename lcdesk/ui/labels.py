"""Labels shared by the panes that show an indicator: selectable text, and the heading."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def text_label(name: str, parent: QWidget) -> QLabel:
    """A word-wrapped plain-text label the officer can select and copy (mouse or keyboard)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
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
