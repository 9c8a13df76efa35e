"""The office desk on a fresh copy of the demo office, deleted before its store closes
(a language switch at the end of a test must not reach a desk whose store is closed)."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from lcdesk.ui.office.desk import OfficeDesk


@pytest.fixture
def desk(office):
    window = OfficeDesk(office)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
