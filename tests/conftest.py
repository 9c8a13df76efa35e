"""Shared fixtures. GUI tests run on Qt's offscreen platform (no display needed)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
