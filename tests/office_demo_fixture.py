"""A fresh copy of the demo office for each test (built once per session: twelve officers,
nine bundles imported, an inbox folder with two new bundles, a duplicate, a tampered file
and an enrolment request). Used by the office desk's core and GUI tests."""

import shutil

import pytest

from lcdesk.core.office import demo_office
from lcdesk.core.store import Store


@pytest.fixture(scope="session")
def office_template(tmp_path_factory):
    base = tmp_path_factory.mktemp("office-template")
    demo_office.open_demo_office(base).close()
    return base / "demo" / "demo-office"


@pytest.fixture
def office(tmp_path, office_template):
    home = tmp_path / "office"
    shutil.copytree(office_template, home)
    store = Store.open(home)
    store.set_setting(demo_office.SETTING, {"inbox": str(home / demo_office.INBOX_FOLDER)})
    yield store
    store.close()


@pytest.fixture
def inbox_folder(office):
    return office.home / demo_office.INBOX_FOLDER
