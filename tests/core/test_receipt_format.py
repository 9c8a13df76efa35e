"""The worked examples of docs/bundle-format.md, "Receipts and feedback", are real: rebuild them."""

import re
import zipfile
from pathlib import Path

from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import feedback, keys, receipt

DOC = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
OFFICE = keys.KeyPair.from_seed(bytes([5]) * 32)
OFFICER = keys.KeyPair.from_seed(bytes([2]) * 32)
BUNDLE_ID = "1f0c3e8a5b7d9f2e4c6a8b0d1e3f5a7c9b1d3e5f7a9c0b2d4e6f8a1c3e5b7d9f"
HEADER = {"officer": {"key_id": OFFICER.key_id, "name": "Nguyễn Văn An"}, "created_at": "2025-12-11T02:00:00+00:00",
          "office": {"name": "Văn phòng Thành phố Hà Nội", "city": "01"}}
RECEIPT = {"bundles": [{"bundle_id": BUNDLE_ID, "bundle_seq": 1, "received_at": "2025-12-10T03:15:00+00:00",
                        "status": "accepted", "reason": "", "reason_vi": "",
                        "file_name": "lcdesk-phuong-ba-dinh-2025-0001.lcb"}]}
FEEDBACK = {"forms": [{"catalog": "hanoi-2025", "unit": "00004", "period": 2025, "indicator": "1.3.2.a",
                       "state": "returned", "approved": None, "seen": [["value", 3]],
                       "comments": [{"measure": "value", "text": "Mẫu số không khớp với dân số năm 2025",
                                     "at": "2025-12-11T01:50:00+00:00"}],
                       "reviewed_at": "2025-12-11T01:50:00+00:00"}]}


def section() -> str:
    return DOC.split("## Receipts and feedback", 1)[1]


def blocks() -> list[str]:
    return re.findall(r"```text\n(.+?)\n```", section(), re.S)


def build(tmp_path, kind, member, content, seq):
    path = tmp_path / f"ví dụ{'.lcx' if kind == 'receipt' else '.lcf'}"
    body = package.canonical_json(content)
    package.write_package(path, kind, {**HEADER, f"{kind}_seq": seq}, {member: body}, OFFICE)
    return path, body, package.read_package(path, expected_kind=kind)


def test_the_receipt_example_matches_the_document(tmp_path):
    path, body, pkg = build(tmp_path, receipt.KIND, receipt.MEMBER, RECEIPT, 1)
    member_doc, manifest_doc = blocks()[0], blocks()[1]
    assert body.decode() == member_doc and pkg.manifest_bytes.decode() == manifest_doc
    assert pkg.id in section() and OFFICE.key_id in section() and keys.public_key_b64(OFFICE) in section()
    with zipfile.ZipFile(path) as zf:
        assert [i.filename for i in zf.infolist()] == ["receipt.json", "manifest.json", "manifest.sig"]
        assert zf.read("manifest.sig").decode() in section()
    assert receipt.check_content(RECEIPT) == RECEIPT["bundles"]


def test_the_feedback_example_matches_the_document(tmp_path):
    _path, body, pkg = build(tmp_path, feedback.KIND, feedback.MEMBER, FEEDBACK, 4)
    member_doc, manifest_doc = blocks()[2], blocks()[3]
    assert body.decode() == member_doc and pkg.manifest_bytes.decode() == manifest_doc
    assert pkg.id in section()
    assert feedback.check_content(FEEDBACK) == FEEDBACK["forms"]


def test_the_fields_and_refusals_in_the_document_are_the_code_s():
    from lcdesk.core.exchange import office_files

    text = section()
    for name in sorted(receipt.ITEM_FIELDS | feedback.FORM_FIELDS):
        assert f"`{name}`" in text, name
    for code in office_files.REASONS:
        assert f"`{code}`" in text, code
    for suffix in (receipt.SUFFIX, feedback.SUFFIX):
        assert f"`{suffix}`" in text
