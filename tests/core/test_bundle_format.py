"""The worked example of docs/bundle-format.md is real: rebuild it and check every value."""

import re
import zipfile
from pathlib import Path

from lcdesk.core.exchange import bundle

from lcdesk.core.exchange import keys

from lcdesk.core.exchange import container as package

DOC = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")

RECORDS = [{"catalog": "hanoi-2025", "unit": "00004", "period": 2025, "indicator": "1.1.2.a", "measure": "value",
            "payload": {"numerator": 950, "denominator": 1000, "rate": 95.0}, "status": "complete",
            "note": "Số liệu của phòng Văn hóa - Xã hội", "evidence": [], "seq": 3,
            "created_at": "2025-11-30T08:00:00+00:00", "author_name": "Nguyễn Văn An"}]
HEADER = {"catalog": {"id": "hanoi-2025", "version": "2025.1"}, "units": ["00004"], "periods": [2025],
          "bundle_seq": 1, "created_at": "2025-11-30T08:05:00+00:00", "author_name": "Nguyễn Văn An",
          "evidence": {}, "counts": {"records": 1, "evidence": 0}}


def doc_blocks():
    return re.findall(r"```json\n(.+?)\n```", DOC)


def test_the_worked_example_matches_the_document(tmp_path):
    kp = keys.KeyPair.from_seed(bytes([2]) * 32)
    records_bytes = bundle.canonical_json(RECORDS)
    path = tmp_path / "ví dụ.lcb"
    package.write_package(path, bundle.KIND, HEADER, {bundle.RECORDS: records_bytes}, kp)
    pkg = package.read_package(path, expected_kind="bundle")
    records_doc, manifest_doc = doc_blocks()
    assert records_bytes.decode() == records_doc and f"({len(records_bytes)} bytes)" in DOC
    assert pkg.manifest_bytes.decode() == manifest_doc
    assert pkg.id in DOC and kp.key_id in DOC and kp.fingerprint in DOC and keys.public_key_b64(kp) in DOC
    with zipfile.ZipFile(path) as zf:
        assert [i.filename for i in zf.infolist()] == ["records.json", "manifest.json", "manifest.sig"]
        assert zf.read("manifest.sig").decode() in DOC
    assert bundle.read_records(pkg) == RECORDS


def test_record_fields_in_the_doc_are_the_code_s():
    table = DOC.split("A record has exactly these fields:")[1].split("Payload shapes")[0]
    for name in bundle.RECORD_FIELDS:
        assert f"`{name}`" in table


def test_every_limit_of_the_schema_is_in_the_doc():
    from lcdesk.core.exchange import schema

    for number in (schema.MAX_NOTE, schema.MAX_NAME, schema.MAX_FILE_NAME, schema.MAX_UNITS, schema.MAX_PERIODS,
                   schema.MAX_CATALOGS, schema.MAX_EVIDENCE_PER_RECORD, schema.MAX_EVIDENCE):
        assert f"{number}" in DOC, number
    assert f"{schema.MIN_PERIOD}–{schema.MAX_PERIOD}" in DOC and f"{schema.MAX_RECORDS:,}" in DOC
    assert schema.MAX_COUNT == 10**12 and "10^12" in DOC and schema.MAX_FIGURE == 10**15 and "10¹⁵" in DOC
    assert schema.MAX_RATE == 10**6 and "10⁶" in DOC and "2⁶³−1" in DOC and schema.INT64_MAX == 2**63 - 1
    assert f"`bundle_format` | int, `{schema.BUNDLE_FORMAT}`" in DOC


def test_every_rejection_code_of_the_importer_is_in_the_doc():
    import re

    root = Path(__file__).resolve().parents[2] / "lcdesk" / "core" / "exchange"
    source = "".join((root / f).read_text(encoding="utf-8") for f in ("schema.py", "import_checks.py"))
    codes = set(re.findall(r'Invalid\("([a-z_]+)"', source))
    codes |= {c.strip('")') for c in re.findall(r'"(?:bad|unknown|not|record)_[a-z_]+"\)', source)}
    codes |= {"bad_record", "record_outside_manifest", "unknown_indicator", "unknown_unit", "bad_value", "not_normalised"}
    for code in sorted(codes):
        assert f"`{code}`" in DOC, code
