"""Both programs at once (issue 10 §6, officer side): export and `enter` with two catalogs."""

import pytest

from lcdesk.core.exchange import identity, provisioning
from lcdesk.core.errors import EntryError
from lcdesk.core.store import Store
from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units
from lcdesk.ui.officer.export_dialog import ExportDialog
from lcdesk.ui.widgets import drives

WARD = "00004"


@pytest.fixture
def officer(tmp_path):
    office = Store.open(tmp_path / "office")
    cats = [office.get_catalog("hanoi-2025"), office.get_catalog("learning-models")]
    identity.init_office(office, units.find_city("01"), cats, "Sở GD&ĐT Hà Nội")
    officer = Store.open(tmp_path / "officer")
    provisioning.write_enrolment_request(officer, tmp_path / "a.lcr", "Nguyễn Văn An")
    provisioning.enroll(office, tmp_path / "a.lcr", [WARD], tmp_path / "a.lcp", [2025], "2025-12-10",
                        city_units(office, units.find_city("01")))
    provisioning.setup(officer, tmp_path / "a.lcp")
    office.close()
    yield officer
    officer.close()


def test_the_export_dialog_offers_all_catalogs_or_one(qtbot, officer, tmp_path):
    dialog = ExportDialog(officer, places=[drives.Destination(str(tmp_path), "Thư mục", False)])
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.catalog_combo
    assert combo.isVisible() and combo.count() == 3 and combo.itemText(0) == "Mọi danh mục được giao"
    both = len(dialog.choice.pending)
    combo.setCurrentIndex(2)
    assert dialog.catalog_id().split("@")[0] == "learning-models"
    assert 0 < len(dialog.choice.pending) < both


def test_enter_needs_the_catalog_when_there_are_two(officer):
    from lcdesk.cli.officer_cmd import default_catalog

    with pytest.raises(EntryError, match="--catalog"):
        default_catalog(officer)
