"""Shared fixtures. GUI tests run on Qt's offscreen platform (no display needed)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The demo lives in the present (its reporting year follows today's date); the tests pin
# "today" to 23/11/2025, 17 days before the demo's deadline of 10/12/2025.
os.environ.setdefault("LCDESK_DEMO_TODAY", "2025-11-23")

import pytest

from lcdesk.core.store import Store


@pytest.fixture
def home(tmp_path):
    """A fresh, empty data folder."""
    return tmp_path


@pytest.fixture
def store(home):
    """A fresh store in ``home``, closed after the test."""
    s = Store.open(home)
    yield s
    s.close()


@pytest.fixture
def reviewed_officer(tmp_path):
    """The officer's store after the office's word (``tests.core.review_city.reviewed_ward``):
    Ba Đình sent its four forms, the office approved 1.1.2.a and 2.2.2.c and returned 1.3.2.a."""
    from tests.core.review_city import reviewed_ward

    office, officer = reviewed_ward(tmp_path)
    yield officer
    for s in (office, officer):
        s.close()
