"""Tabs whose page is built the first time it is needed (shown, or asked for in code).

The officer's window opens on its indicator tree; the export history and the office's
feedback are other tabs of the same widget. Building them (and importing their modules) at
start-up would delay the first paint for pages nobody sees yet, so each starts as an empty
placeholder page that ``DeferredTabs.page`` replaces with the real widget, keeping the tab's
place, text, tool tip and visibility."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class DeferredTabs:
    """Deferred pages of ``tabs``: ``add(name, build)`` appends a tab whose page is
    ``build()`` (a QWidget), made by ``page(name)`` or when the tab becomes current;
    ``built(name)`` says whether it exists yet. ``on_built(name, widget)`` is called once,
    right after a page is built."""

    def __init__(self, tabs: QTabWidget, on_built: Callable[[str, QWidget], None] | None = None):
        self.tabs = tabs
        self.on_built = on_built
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._on_current_changed)

    def add(self, name: str, build: Callable[[], QWidget]) -> int:
        placeholder = QWidget(self.tabs)
        placeholder.setObjectName(f"{name}_placeholder")
        self._builders[name] = build
        self._placeholders[name] = placeholder
        return self.tabs.addTab(placeholder, "")

    def built(self, name: str) -> bool:
        return name in self._pages

    def page(self, name: str) -> QWidget:
        """The real page of tab ``name``, built now if it was not yet."""
        if name in self._pages:
            return self._pages[name]
        placeholder = self._placeholders.pop(name)
        widget = self._builders.pop(name)()
        tabs = self.tabs
        index = tabs.indexOf(placeholder)
        current = tabs.currentIndex() == index
        text, tip, visible = tabs.tabText(index), tabs.tabToolTip(index), tabs.isTabVisible(index)
        blocked = tabs.blockSignals(True)
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, widget, text)
            tabs.setTabToolTip(index, tip)
            tabs.setTabVisible(index, visible)
            if current:
                tabs.setCurrentIndex(index)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()
        self._pages[name] = widget
        if self.on_built is not None:
            self.on_built(name, widget)
        return widget

    def _on_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is widget:
                self.page(name)
                return
