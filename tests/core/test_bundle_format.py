"""The worked example of docs/bundle-format.md is real: rebuild it and check every value."""

import re
import zipfile
from pathlib import Path

from lcdesk.core.exchange import bundle

from lcdesk.core.exchange import keys

from lcdesk.core.exchange import container as package

DOC = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")

RECORDS = [{"catalog": "hanoi-2025", "unit": "00004", "period": 2025, "indicator": "1.1.1.a", "measure": "value",
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
