"""The audit: every step of the chain, with who, when and what; append-only; exportable."""

import sqlite3

import openpyxl
import pytest

from lcdesk.core.exchange import feedback, receipt
from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import importer, keys
from lcdesk.core.office import audit, review_actions

from tests.core.review_city import CATALOG, PERIOD, WARD_INDICATORS, enrol, fill, make_office, send


def test_the_audit_covers_every_kind_of_event_and_is_append_only(tmp_path):
    office = make_office(tmp_path / "office")
    a = enrol(office, tmp_path / "a", "Nguyễn Văn An", "00004", tmp_path)
    fill(a, "00004", WARD_INDICATORS)
    send(a, office, tmp_path, "a1")
    forged = tmp_path / "forged.lcb"
    package.write_package(forged, "bundle", {"catalog": {"id": CATALOG, "version": "2025.1"}, "units": ["00004"],
                                             "periods": [PERIOD], "bundle_seq": 9},
                          {"records.json": b"[]"}, keys.KeyPair.generate())
    assert importer.import_files(office, [forged])[0].status == "rejected"
    review_actions.approve(office, CATALOG, PERIOD, "00004", ["1.1.2.a"])
    review_actions.return_form(office, CATALOG, PERIOD, "00004", "1.3.2.a", "Mẫu số sai", measure="value")
    review_actions.unapprove(office, CATALOG, PERIOD, "00004", ["1.1.2.a"], "Chờ đối chiếu")
    key = next(k for k in office.trusted_keys() if k.role == "officer")
    receipt.write_receipt(office, key.key_id, tmp_path / "a.lcx")
    feedback.write_feedback(office, key.key_id, tmp_path / "a.lcf")
    office.revoke_key(key.key_id)

    events = list(audit.events(office))
    by_action = {}
    for e in events:
        by_action.setdefault(e["action"], []).append(e)
    assert set(by_action) == {"enrol", "provision", "import", "reject", "approve", "return", "unapprove", "receipt",
                              "feedback", "revoke"}
    assert by_action["return"][0]["target"] == "00004 2025 1.3.2.a/value"
    assert by_action["return"][0]["detail"]["comment"] == "Mẫu số sai"
    assert by_action["unapprove"][0]["detail"]["reason"] == "Chờ đối chiếu"
    assert by_action["import"][0]["detail"]["key_id"] == key.key_id and by_action["provision"][0]["detail"]["units"] == ["00004"]
    assert all(set(e) == {"at", "actor", "action", "target", "detail"} for e in events)
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)
    assert len(list(audit.events(office))) == len(events)  # read again: nothing copied twice
    for sql in ("UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events", "DELETE FROM review_records"):
        with pytest.raises(sqlite3.DatabaseError):
            office.conn.execute(sql)
    assert review_actions.verify_records(office) == []
    audit.write_xlsx(office, tmp_path / "audit.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "audit.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == len(events) + 1 and rows[1][2] == events[0]["action"]
    assert list(audit.events(office, since="2999-01-01")) == []
    for s in (office, a):
        s.close()


def test_a_review_record_changed_in_the_file_fails_its_signature(tmp_path):
    office = make_office(tmp_path / "office")
    a = enrol(office, tmp_path / "a", "Nguyễn Văn An", "00004", tmp_path)
    fill(a, "00004", WARD_INDICATORS)
    send(a, office, tmp_path, "a1")
    review_actions.return_form(office, CATALOG, PERIOD, "00004", "1.3.2.a", "Mẫu số sai")
    office.conn.execute("DROP TRIGGER review_records_no_update")  # someone edits the database by hand
    office.conn.execute("UPDATE review_records SET text = 'Đã duyệt'")
    assert len(review_actions.verify_records(office)) == 1
    for s in (office, a):
        s.close()
