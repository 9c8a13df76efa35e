"""The first-run wizard: officer (key, request, provisioning), city office, or demo.

The wizard changes the store as each path ends (the officer's installation accepts
the provisioning file; the office's is initialised). The demo leaves this store as
it is: ``choice() == "demo"`` tells the window to open the separate demo store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from lcdesk.ui.setup.demo_page import DemoPage
from lcdesk.ui.setup.enrolment_page import EnrolmentPage
from lcdesk.ui.setup.office_page import OfficePage
from lcdesk.ui.setup.provisioning_page import ProvisioningPage
from lcdesk.ui.setup.role_page import DEMO, OFFICE, OFFICER, RolePage

ROLE_PAGE, ENROLMENT_PAGE, PROVISIONING_PAGE, OFFICE_PAGE, DEMO_PAGE = range(5)


class FirstRunWizard(QWizard):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("first_run_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.role_page = RolePage({OFFICER: ENROLMENT_PAGE, OFFICE: OFFICE_PAGE, DEMO: DEMO_PAGE}, self)
        self.enrolment_page = EnrolmentPage(store, self)
        self.provisioning_page = ProvisioningPage(store, self)
        self.office_page = OfficePage(store, self)
        self.demo_page = DemoPage(self)
        self.setPage(ROLE_PAGE, self.role_page)
        self.setPage(ENROLMENT_PAGE, self.enrolment_page)
        self.setPage(PROVISIONING_PAGE, self.provisioning_page)
        self.setPage(OFFICE_PAGE, self.office_page)
        self.setPage(DEMO_PAGE, self.demo_page)
        self.setStartId(ROLE_PAGE)
        self.setMinimumSize(620, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Thiết lập lần đầu"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choice(self) -> str:
        """"officer", "office" or "demo": the path the user took."""
        return self.role_page.choice()
