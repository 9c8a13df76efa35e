"""Fixtures shared by the GUI tests: Vietnamese by default, and a fresh demo officer."""

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from lcdesk.core.officer.demo_home import open_demo
from lcdesk.core.store import Store
from lcdesk.ui import i18n


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """Every test starts and ends in Vietnamese, whatever it switched to."""
    i18n.install_translator(qapp, "vi")
    yield
    i18n.install_translator(qapp, "vi")
    QCoreApplication.processEvents()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    base = tmp_path_factory.mktemp("template")
    open_demo(base).close()
    return base / "demo"


@pytest.fixture
def demo(tmp_path, demo_template):
    """A fresh copy of the demo ward officer's data folder (units 00004, the education and the
    science departments; 2024 and 2025; its demo office inside)."""
    home = tmp_path / "officer"
    shutil.copytree(demo_template, home)
    store = Store.open(home)
    yield store
    from lcdesk.ui.officer.indicator_form import IndicatorForm

    for widget in QApplication.topLevelWidgets():  # forms write what is typed when closed
        if isinstance(widget, IndicatorForm):
            widget.close()
            widget.deleteLater()  # and no form outlives its store (a later language switch reaches it)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()


@pytest.fixture
def errors(monkeypatch):
    """The messages of the user errors the page showed (``prompts.user_error``), in Vietnamese."""
    from lcdesk.ui.widgets import prompts

    shown = []
    monkeypatch.setattr(prompts, "user_error", lambda parent, exc: shown.append(exc.message_vi))
    return shown


@pytest.fixture
def scene(tmp_path):
    """The review scenario (``tests.ui.review_scene.build``): (office, officers by unit, work folder),
    closed after the test."""
    from tests.ui.review_scene import build, close_all

    office, officers = build(tmp_path)
    yield office, officers, tmp_path
    close_all(office, officers)
