"""The officer's side of the main window: provisioning -> selectors, banner, marks, form.

Not a widget: it wires the window's widgets for an officer (the catalogs from the
provisioning, each with its city's targets and shown one at a time as its own group of
forms, chosen in the toolbar with each one's progress; the unit and year, the assigned indicators, their status marks and
the progress label) and embeds the indicator form, created on first use so that
the window works while ``indicator_form.py`` does not exist yet.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from lcdesk.core.catalog.targets import catalog_for_city
from lcdesk.core.exchange import identity
from lcdesk.core.officer import entry

from lcdesk.core.units import registry as units
from lcdesk.ui.widgets.catalog_tree import LEVEL_ROLE

FORM_MODULE = "lcdesk.ui.officer.indicator_form"


class OfficerSession(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.active = False
        self.prov: dict = {}
        self.catalog = None
        self.catalogs: list = []
        self.assigned: list[str] = []
        self.form = None
        self.form_missing = False
        window.toolbar.changed.connect(self.apply_context)
        window.toolbar.catalog_changed.connect(self.show_chosen_catalog)
        window.toolbar.export_requested.connect(window.open_export_dialog)

    # ------------------------------------------------------------ life cycle
    def start(self) -> None:
        """(Re)read the provisioning: catalogs, units, years, deadline; then show the context."""
        w = self.window
        self.active = True
        self.prov = identity.provisioning(self.store)
        city = (self.prov.get("office") or {}).get("city")
        self.catalogs = [catalog_for_city(c, city) for c in identity.officer_catalogs(self.store)]
        w.toolbar.set_catalogs([(c.id, c.title) for c in self.catalogs])
        w.toolbar.set_choices(self.prov["units"], self.prov.get("periods") or [])
        w.banner.set_deadline(self.prov.get("deadline"))
        w.refresh_history()
        self.show_chosen_catalog()

    def show_chosen_catalog(self, *_args) -> None:
        """The catalog chosen in the toolbar (the first, for one catalog): its tree, marks, forms."""
        if not self.active or not self.catalogs:
            return
        if self.form is not None:
            self.form.commit()  # what was typed in the open form is written under its own catalog
        wanted = self.window.toolbar.catalog()
        self.catalog = next((c for c in self.catalogs if c.id == wanted), self.catalogs[0])
        self.window.show_catalog(self.catalog)
        self.apply_context()

    def stop(self) -> None:
        w = self.window
        self.active = False
        w.banner.set_deadline(None)
        w.tree.set_assigned(None)
        w.tree.set_statuses(None)
        w.detail.set_reporting_unit(None)
        if self.form is not None:
            self.form.clear()
        w.right.setCurrentWidget(w.detail)

    # ------------------------------------------------------------ context
    def unit(self) -> units.Unit | None:
        code = self.window.toolbar.unit()
        for data in self.prov.get("units", []):
            if data["code"] == code:
                return units.from_dict(data)
        return None

    def period(self) -> int:
        return self.window.toolbar.period()

    def apply_context(self, *_args) -> None:
        """Another unit or year: the assigned indicators, their marks, the open form."""
        if not self.active:
            return
        unit = self.unit()
        self.assigned = [ind.code for ind in units.indicators_for_unit(self.catalog, unit)] if unit else []
        self.window.detail.set_reporting_unit(units.to_dict(unit) if unit else None)
        tree = self.window.tree
        tree.set_assigned(self.assigned)
        self.refresh_statuses()
        item = tree.tree.currentItem()
        if item is not None and not item.isHidden() and item.data(0, LEVEL_ROLE) == "indicator":
            self.window._on_tree_selected(tree.current_code(), "indicator")
        elif item is not None and item.isHidden():
            tree.tree.setCurrentItem(None)

    def refresh_statuses(self) -> None:
        unit = self.unit()
        if unit is None or not self.period():
            self.window.tree.set_statuses({})
            self.show_progress()
            return
        self.window.tree.set_statuses(entry.progress(self.store, self.catalog, unit.code, self.period()))
        self.show_progress()

    def show_progress(self) -> None:
        statuses = self.window.tree.statuses
        done = sum(1 for code in self.assigned if statuses.get(code, entry.EMPTY) != entry.EMPTY)
        self.window.toolbar.set_progress(done, len(self.assigned))
        if len(self.catalogs) > 1:
            for catalog in self.catalogs:
                self.window.toolbar.set_catalog_progress(catalog.id, *self.catalog_progress(catalog))

    def catalog_progress(self, catalog) -> tuple[int, int]:
        """(forms with any figure, forms assigned) of ``catalog`` for the chosen unit and year."""
        unit = self.unit()
        if unit is None or not self.period():
            return 0, 0
        assigned = units.indicators_for_unit(catalog, unit)
        if not assigned:
            return 0, 0
        statuses = entry.progress(self.store, catalog, unit.code, self.period(), assigned)
        return sum(1 for status in statuses.values() if status != entry.EMPTY), len(assigned)

    # ------------------------------------------------------------ the form
    def ensure_form(self):
        """The IndicatorForm in the right pane, created on first use; None if not available."""
        if self.form is None and not self.form_missing:
            try:
                from lcdesk.ui.officer.indicator_form import IndicatorForm
            except ModuleNotFoundError as exc:
                if exc.name != FORM_MODULE:
                    raise
                self.form_missing = True
                return None
            self.form = IndicatorForm(self.store, self.window.right)
            self.form.setObjectName(self.form.objectName() or "indicator_form")
            self.window.right.addWidget(self.form)
            self.form.saved.connect(self.on_saved)
        return self.form

    def show_form(self, code: str) -> bool:
        """Open the form of indicator ``code`` for the chosen unit and year; False without a form,
        and False for an indicator not assigned to the unit (only one's own indicators are
        editable: the window shows it read-only in the detail pane)."""
        unit = self.unit()
        if unit is None or not self.period() or code not in self.assigned:
            return False
        form = self.ensure_form()
        if form is None:
            return False
        form.show_indicator(self.catalog, unit.code, self.period(), code)
        self.window.right.setCurrentWidget(form)
        return True

    def on_saved(self, code: str) -> None:
        """A form was saved or marked complete: refresh its mark and the progress label."""
        unit = self.unit()
        if unit is None:
            return
        status = entry.progress(self.store, self.catalog, unit.code, self.period(), [self.catalog.indicator(code)])[code]
        self.window.tree.update_status(code, status)
        self.show_progress()
