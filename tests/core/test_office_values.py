"""The office's streamed view of the cells agrees with the merge rule, and reads only what is asked."""

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from lcdesk.core.catalog.builtin import load_builtin
from lcdesk.core.exchange import identity
from lcdesk.core.merge import rule as merge
from lcdesk.core.office import cell_detail, values_grid, values_json, values_view
from lcdesk.core.office import conflicts as office_conflicts
from lcdesk.core.store import Cell, Store, ValueRecord
from lcdesk.core.units import registry

AUTHORS = ("a" * 32, "b" * 32, "c" * 32)
CELLS = [Cell("hanoi-2025", u, 2025, "1.1.2.a", "value") for u in ("00004", "00008")] + \
        [Cell("hanoi-2025", "00004", 2025, "1.3.2.a", "value")]

record_st = st.tuples(st.sampled_from(range(len(CELLS))), st.sampled_from(AUTHORS), st.sampled_from([90.0, 95.0, None]),
                      st.sampled_from(["draft", "complete"]))


def office(tmp_path):
    store = Store.open(tmp_path / "office")
    identity.init_office(store, registry.find_city("01"), load_builtin("hanoi-2025"))
    return store


def add(store, cell, author, rate, status, seq):
    payload = None if rate is None else {"rate": rate}
    store.insert_records([ValueRecord(cell, payload, status, "", (), author, f"Cán bộ {author[0]}", seq,
                                      "2025-11-30T08:00:00+00:00", origin="bundle")])


@settings(max_examples=25, deadline=None)
@given(records=st.lists(record_st, max_size=14), resolve_first=st.booleans())
def test_streamed_cells_agree_with_the_merge_rule(tmp_path_factory, records, resolve_first):
    store = office(tmp_path_factory.mktemp("o"))
    seqs = {}
    for cell_i, author, rate, status in records:
        seqs[author] = seqs.get(author, 0) + 1
        add(store, CELLS[cell_i], author, rate, status, seqs[author])
    conflicts = merge.conflicts(store)
    if resolve_first and conflicts:
        from lcdesk.core.merge import resolve

        c = conflicts[0].cell
        resolve.resolve(store, unit=c.unit, period=c.period, indicator=c.indicator, measure=c.measure,
                        value_text="50", note="kiểm tra", catalog=c.catalog)
        seqs[AUTHORS[0]] = seqs.get(AUTHORS[0], 0) + 1
        add(store, c, AUTHORS[0], 91.0, "complete", seqs[AUTHORS[0]])  # reopens it when a0 was a candidate
    expected = {s.cell: s for s in merge.cell_states(store)}
    got = list(values_view.iter_cells(store))
    assert [Cell(v.catalog, v.unit, v.period, v.indicator, v.measure) for v in got] == list(expected)
    for view in got:
        state = expected[Cell(view.catalog, view.unit, view.period, view.indicator, view.measure)]
        assert (view.value, view.conflict, view.resolved_by) == (state.value, state.conflict, state.resolved_by)
        assert [s.uid for s in view.sources] == [f"{s.key_id}/{s.seq}" for s in state.sources]
    listed = [(c.unit, c.indicator, c.reopened) for c in office_conflicts.list_conflicts(store)]
    assert [(c.unit, c.indicator) for c, _ in [(s.cell, s) for s in merge.conflicts(store)]] == [x[:2] for x in listed]
    store.close()


def test_status_is_the_standing_values_and_none_in_a_conflict(tmp_path):
    store = office(tmp_path)
    add(store, CELLS[0], AUTHORS[0], 90.0, "draft", 1)
    add(store, CELLS[0], AUTHORS[1], 90.0, "complete", 1)
    add(store, CELLS[1], AUTHORS[0], 90.0, "draft", 2)
    add(store, CELLS[2], AUTHORS[0], 90.0, "complete", 3)
    add(store, CELLS[2], AUTHORS[1], 95.0, "complete", 2)
    views = {v.unit + v.indicator: v for v in values_view.iter_cells(store)}
    assert views["000041.1.2.a"].status == "complete"  # two agree, one of them complete
    assert views["000081.1.2.a"].status == "draft"
    assert views["000041.3.2.a"].status is None and views["000041.3.2.a"].conflict


def test_json_is_written_one_object_per_cell_with_unit_names(tmp_path):
    store = office(tmp_path)
    add(store, CELLS[0], AUTHORS[0], 71.25, "complete", 1)
    add(store, Cell("hanoi-2025", "99999", 2025, "1.1.2.a", "value"), AUTHORS[0], 50.0, "draft", 2)
    out = io.StringIO()
    assert values_json.write_values(store, out) == 2
    items = json.loads(out.getvalue())
    assert [(i["unit"], i["unit_name"], i["status"]) for i in items] == [
        ("00004", "Phường Ba Đình", "complete"), ("99999", None, "draft")]
    assert len(out.getvalue().splitlines()) == 4


def test_the_grid_reads_one_block_of_rows_at_a_time(tmp_path):
    store = office(tmp_path)
    grid = values_grid.ValuesGrid(store, load_builtin("hanoi-2025"), 2025)
    assert len(grid.rows) > values_grid.BLOCK_ROWS and grid.rows[0].known
    last = len(grid.rows) - 1
    add(store, Cell("hanoi-2025", grid.rows[last].code, 2025, "1.1.2.a", "value"), AUTHORS[0], 71.25, "complete", 1)
    column = next(i for i, c in enumerate(grid.columns) if c.indicator == "1.1.2.a")
    assert grid.cell(0, column) is None and list(grid._blocks) == [0]
    assert grid.cell(last, column).text == "71,25 %" and len(grid._blocks) == 2
    grid.set_filters(query="ba dinh")
    assert [r.name for r in grid.rows] == ["Phường Ba Đình"]


def test_evidence_names_from_a_laptop_are_made_safe():
    assert cell_detail.safe_name("..\\..\\Biên bản.pdf", "x") == "Biên bản.pdf"
    assert cell_detail.safe_name("a:b?.xlsx", "x") == "a_b_.xlsx"
    assert cell_detail.safe_name("CON.txt", "x") == "_CON.txt"
    assert cell_detail.safe_name(" . ", "fallback") == "fallback"


def test_rows_are_grouped_by_district_where_the_city_has_them(tmp_path):
    store = office(tmp_path)
    city = registry.find_city("01")
    units = registry.city_tree(city)
    wards = [u for u in units if u.kind in registry.LOCAL_KINDS]
    mapping = {wards[0].code: "Q2", wards[1].code: "Q1", wards[2].code: "Q2"}
    store.replace_units(city.code, registry.with_districts(units, [("Q1", "Quận Ba Đình"), ("Q2", "Quận Tây Hồ")],
                                                           mapping))
    rows = values_grid.city_rows(store, "hanoi-2025", 2025)
    grouped = [(r.group, r.name) for r in rows if r.group]
    assert grouped[0] == ("Quận Ba Đình", "Quận Ba Đình") and grouped[1] == ("Quận Ba Đình", wards[1].name)
    assert grouped[2][1] == "Quận Tây Hồ" and {g for g, _ in grouped[2:]} == {"Quận Tây Hồ"}
    assert len(grouped) == 5


def test_a_decision_without_a_reason_is_refused_by_the_core_for_desk_and_cli(tmp_path):
    import pytest

    from lcdesk.core.errors import EntryError
    from lcdesk.core.merge import resolve

    store = office(tmp_path)
    add(store, CELLS[2], AUTHORS[0], 90.0, "complete", 1)
    add(store, CELLS[2], AUTHORS[1], 95.0, "complete", 1)
    c = CELLS[2]
    for note in ("", "  \n "):
        with pytest.raises(EntryError) as info:
            resolve.resolve(store, unit=c.unit, period=c.period, indicator=c.indicator, measure=c.measure,
                            choose=AUTHORS[0], note=note, catalog=c.catalog)
        assert "lý do" in info.value.message_vi and "--note" in info.value.message_en
    [item] = office_conflicts.list_conflicts(store)
    with pytest.raises(EntryError):
        office_conflicts.settle(store, item, note=" ", choose=AUTHORS[0])  # the desk's path: the same rule
    assert values_view.cell_view(store, c.catalog, c.unit, c.period, c.indicator, c.measure).conflict and store.resolutions() == {}
    record = resolve.resolve(store, unit=c.unit, period=c.period, indicator=c.indicator, measure=c.measure,
                             choose=AUTHORS[0], note="  Đã gọi điện xác minh ", catalog=c.catalog)
    assert record.note == "Đã gọi điện xác minh" and not values_view.cell_view(store, c.catalog, c.unit, c.period, c.indicator, c.measure).conflict


def test_json_sources_carry_evidence_hashes_and_names_through_a_bounded_cache(tmp_path):
    store = office(tmp_path)
    known, unknown = "a" * 64, "b" * 64
    store.add_evidence_row(known, 12, "Biên bản.pdf")
    store.insert_records([ValueRecord(CELLS[0], {"rate": 90.0}, "complete", "", (known, unknown), AUTHORS[0],
                                      "Cán bộ a", 1, "2025-11-30T08:00:00+00:00", origin="bundle")])
    add(store, CELLS[1], AUTHORS[0], 80.0, "complete", 2)
    out = io.StringIO()
    values_json.write_values(store, out)
    first, second = json.loads(out.getvalue())
    assert first["sources"][0]["evidence"] == [{"sha256": known, "name": "Biên bản.pdf"},
                                               {"sha256": unknown, "name": None}]
    assert second["sources"][0]["evidence"] == []
    names = values_json.EvidenceNames(store, limit=1)
    for _ in range(3):
        assert [e["name"] for e in names.items((known, unknown))] == ["Biên bản.pdf", None]
        assert len(names.cache) <= 2
