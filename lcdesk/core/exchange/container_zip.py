"""The zip layer of the signed container, written for hostile input.

Used by ``lcdesk.core.exchange.container``; import the public names from there. Nothing
here extracts anything to disk by name: a member is streamed, with its size,
compression ratio and hash checked while it is read, into memory or into a
file the caller names.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lcdesk.core.errors import LcdeskError

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RESERVED = (MANIFEST, SIGNATURE)
MIB = 1024 * 1024
CHUNK = 1 * MIB
MAX_NAME_BYTES = 512
FORBIDDEN_CHARS = frozenset('\\:*?"<>|\x7f') | frozenset(chr(c) for c in range(32))
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
FLAG_ENCRYPTED = 0x1
FLAG_STRONG_ENCRYPTION = 0x40
FLAG_UTF8 = 0x800
UNICODE_PATH_EXTRA = 0x7075
EOCD = struct.Struct("<4s4H2LH")
LOCAL_HEADER = struct.Struct("<4s5H3L2H")
ZIP64_LOCATOR_SIG = b"PK\x06\x07"
CD_ENTRY_BUDGET = 46 + MAX_NAME_BYTES + 1024  # fixed part + name + extra/comment allowance


@dataclass(frozen=True)
class Limits:
    """What a reader accepts; every limit is checked on the bytes actually produced."""

    max_members: int = 2000
    max_member_bytes: int = 64 * MIB
    max_total_bytes: int = 256 * MIB
    max_ratio: int = 200
    ratio_floor: int = 1 * MIB  # the ratio is judged once a member has produced this much
    max_manifest_bytes: int = 4 * MIB

    def max_file_bytes(self) -> int:
        return self.max_total_bytes + self.max_manifest_bytes + 4096 * (self.max_members + 2)


DEFAULT_LIMITS = Limits()


_MESSAGES = {
    "not_found": ("Không tìm thấy tệp.", "The file does not exist."),
    "read_failed": (
        "Không đọc được tệp; hãy kiểm tra ổ USB hoặc thư mục rồi thử lại.",
        "The file cannot be read.",
    ),
    "empty_file": (
        "Tệp rỗng, có thể việc sao chép chưa xong; hãy chép lại tệp.",
        "The file is empty; the copy may not have finished.",
    ),
    "not_a_zip": (
        "Tệp này không phải là tệp của lcdesk.",
        "The file is not an lcdesk package (not a zip archive).",
    ),
    "damaged": (
        "Tệp bị hỏng hoặc chưa được chép hết; hãy xin gửi lại tệp.",
        "The file is damaged or incomplete.",
    ),
    "unsupported": (
        "Tệp dùng kiểu nén không được hỗ trợ; hãy tạo lại tệp bằng lcdesk.",
        "The file uses a zip feature lcdesk does not accept.",
    ),
    "no_manifest": (
        "Tệp thiếu phần mô tả nội dung nên không phải là tệp lcdesk hợp lệ.",
        "The file has no manifest; it is not an lcdesk package.",
    ),
    "bad_manifest": (
        "Phần mô tả nội dung của tệp không hợp lệ; tệp có thể đã bị sửa.",
        "The manifest is malformed.",
    ),
    "not_canonical": (
        "Phần mô tả nội dung của tệp đã bị thay đổi sau khi tạo.",
        "The manifest is not in canonical form.",
    ),
    "newer_format": (
        "Tệp này được tạo bởi phiên bản lcdesk mới hơn; hãy cập nhật lcdesk để mở tệp.",
        "The file was made by a newer version of lcdesk; update lcdesk to open it.",
    ),
    "wrong_kind": (
        "Tệp này không phải là loại tệp cần mở ở đây.",
        "The file is not of the expected kind.",
    ),
    "key_mismatch": (
        "Mã khóa của người ký không khớp với khóa công khai; tệp có thể đã bị giả mạo.",
        "The author key id does not match the author public key.",
    ),
    "bad_signature": (
        "Chữ ký số của tệp không hợp lệ; tệp có thể đã bị sửa hoặc giả mạo.",
        "The signature of the manifest is not valid.",
    ),
    "hash_mismatch": (
        "Nội dung tệp đã bị thay đổi sau khi ký nên không thể dùng.",
        "A member does not match its hash or size in the manifest.",
    ),
    "missing_member": (
        "Tệp thiếu một phần nội dung đã được ký; hãy xin gửi lại tệp.",
        "A member listed in the manifest is missing.",
    ),
    "extra_member": (
        "Tệp chứa nội dung không được ký; tệp có thể đã bị sửa.",
        "The file contains a member that the manifest does not list.",
    ),
    "duplicate_member": (
        "Tệp chứa hai thành phần trùng tên; tệp có thể đã bị sửa.",
        "Two members have the same name.",
    ),
    "unsafe_name": (
        "Tệp chứa tên thành phần không an toàn nên đã bị từ chối.",
        "A member name is not a safe relative path.",
    ),
    "symlink": (
        "Tệp chứa liên kết tượng trưng (symlink) nên đã bị từ chối.",
        "A member is a symbolic link.",
    ),
    "encrypted": (
        "Tệp chứa thành phần được đặt mật khẩu zip nên không mở được.",
        "A member is encrypted.",
    ),
    "non_utf8_name": (
        "Tệp chứa tên thành phần không theo mã UTF-8 nên đã bị từ chối.",
        "A member name is not UTF-8.",
    ),
    "too_large": (
        "Tệp hoặc một phần của tệp quá lớn hoặc nén bất thường nên đã bị từ chối.",
        "The file or a member is too large or compressed suspiciously well.",
    ),
    "too_many_members": (
        "Tệp chứa quá nhiều thành phần nên đã bị từ chối.",
        "The file has too many members.",
    ),
    "write_failed": (
        "Ghi tệp lên ổ đĩa không thành công; hãy thử lại hoặc chọn thư mục khác.",
        "Writing the file failed; try again or choose another folder.",
    ),
}


class PackageError(LcdeskError):
    """A package cannot be read or written; ``code`` is a short stable English slug."""

    def __init__(self, code: str, detail: str = ""):
        vi, en = _MESSAGES[code]
        if detail:
            detail = unicodedata.normalize("NFC", detail)
            vi = f"{vi[:-1]} ({detail})."
            en = f"{en[:-1]}: {detail}."
        super().__init__(vi, en)
        self.code = code
        self.detail = detail

    @property
    def plain_vi(self) -> str:
        """The Vietnamese message without the technical detail (that goes to the log and English)."""
        return _MESSAGES[self.code][0]


# --- names ----------------------------------------------------------------------


def check_name(name: object) -> str:
    """A member name must be a relative POSIX path in NFC; raises ``unsafe_name``."""
    if not isinstance(name, str) or not name:
        raise PackageError("unsafe_name", repr(name))
    bad = (
        len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
        or not unicodedata.is_normalized("NFC", name)
        or any(ch in FORBIDDEN_CHARS or 0xD800 <= ord(ch) <= 0xDFFF for ch in name)
        or any(part in ("", ".", "..") for part in name.split("/"))
    )
    if bad:
        raise PackageError("unsafe_name", repr(name))
    return name


def collision_key(name: str) -> str:
    """Names equal under this key would collide on a case-insensitive disk."""
    return unicodedata.normalize("NFC", name.casefold())


def check_unique(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        key = collision_key(name)
        if key in seen:
            raise PackageError("duplicate_member", name)
        seen.add(key)


# --- the archive's structure ---------------------------------------------------


def open_checked(fh: BinaryIO, limits: Limits) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """Open the zip in ``fh`` after checking its structure; returns it and its entries by name."""
    file_size = fh.seek(0, 2)
    cd_offset, cd_size = _check_end_record(fh, file_size, limits)
    try:
        zf = zipfile.ZipFile(fh)
    except UnicodeDecodeError:
        raise PackageError("non_utf8_name") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error) as exc:
        raise PackageError("damaged", str(exc)) from None
    except NotImplementedError as exc:
        raise PackageError("unsupported", str(exc)) from None
    try:
        entries = _check_entries(fh, zf.infolist(), cd_offset, limits)
        _check_directory_size(fh, len(zf.infolist()), cd_offset, cd_size)
    except BaseException:
        zf.close()
        raise
    return zf, entries


def _check_end_record(fh: BinaryIO, file_size: int, limits: Limits) -> int:
    """Only the layout lcdesk writes: one end record, no comment, no zip64, nothing around."""
    if file_size == 0:
        raise PackageError("empty_file")
    fh.seek(0)
    head = fh.read(4)
    looks_zip = head == b"PK\x03\x04" or head == b"PK\x05\x06"
    if file_size < EOCD.size:
        raise PackageError("damaged" if looks_zip else "not_a_zip")
    if file_size > limits.max_file_bytes():
        raise PackageError("too_large", f"{file_size} bytes")
    fh.seek(file_size - EOCD.size)
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment = EOCD.unpack(fh.read(EOCD.size))
    if sig != b"PK\x05\x06":
        raise PackageError("damaged" if looks_zip else "not_a_zip")
    if n_total > limits.max_members + len(RESERVED) or cd_size > CD_ENTRY_BUDGET * (n_total + 1):
        raise PackageError("too_many_members", str(n_total))
    if (disk, cd_disk, comment) != (0, 0, 0) or n_disk != n_total:
        raise PackageError("unsupported", "multi-disk archive or archive comment")
    if cd_offset + cd_size != file_size - EOCD.size:
        raise PackageError("damaged", "central directory out of place")
    if file_size >= EOCD.size + 20:
        fh.seek(file_size - EOCD.size - 20)
        if fh.read(4) == ZIP64_LOCATOR_SIG:
            raise PackageError("unsupported", "zip64")
    return cd_offset, cd_size


def _check_directory_size(fh: BinaryIO, count: int, cd_offset: int, cd_size: int) -> None:
    """The central entries, walked by their own declared lengths, must fill the directory
    exactly: a name, extra or comment length that runs past it (into the end record) or
    leaves bytes unaccounted for is refused (zipfile itself silently reads short)."""
    fh.seek(cd_offset)
    directory = fh.read(cd_size)
    pos = 0
    for _ in range(count):
        if len(directory) < pos + 46 or directory[pos:pos + 4] != b"PK\x01\x02":
            raise PackageError("damaged", "central directory entries do not fill the directory")
        n_name, n_extra, n_comment = struct.unpack_from("<3H", directory, pos + 28)
        pos += 46 + n_name + n_extra + n_comment
    if pos != cd_size or len(directory) != cd_size:
        raise PackageError("damaged", "central directory entries do not fill the directory")


def _check_entries(fh: BinaryIO, infos: list[zipfile.ZipInfo], cd_offset: int,
                   limits: Limits) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > limits.max_members + len(RESERVED):
        raise PackageError("too_many_members", str(len(infos)))
    entries: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    for info in infos:
        _check_entry(info, limits)
        if info.orig_filename in entries:
            raise PackageError("duplicate_member", info.orig_filename)
        entries[info.orig_filename] = info
        declared_total += info.file_size
    check_unique(list(entries))
    if declared_total > limits.max_total_bytes + limits.max_manifest_bytes:
        raise PackageError("too_large", f"{declared_total} bytes in all")
    _check_local_headers(fh, infos, cd_offset)
    return entries


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.orig_filename
    if info.flag_bits & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION):
        raise PackageError("encrypted", name)
    if not info.flag_bits & FLAG_UTF8 and not name.isascii():
        raise PackageError("non_utf8_name", name.encode("cp437", "replace").hex())
    if info.flag_bits & ~FLAG_UTF8:
        raise PackageError("unsupported", f"{name}: flags {info.flag_bits:#06x}")
    if UNICODE_PATH_EXTRA in _extra_ids(info.extra):
        raise PackageError("unsafe_name", f"{name!r} has a second (Unicode path) name")
    if info.filename != name:
        raise PackageError("unsafe_name", repr(name))
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackageError("symlink", name)
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG) or info.external_attr & 0x10:
        raise PackageError("unsafe_name", f"{name!r} is not a regular file")
    check_name(name)
    if info.compress_type not in ALLOWED_METHODS:
        raise PackageError("unsupported", f"compression method {info.compress_type}")
    if info.file_size > limits.max_member_bytes:
        raise PackageError("too_large", f"{name}: {info.file_size} bytes")
    if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise PackageError("too_large", f"{name}: compression ratio")


def _extra_ids(extra: bytes) -> set[int]:
    ids, pos = set(), 0
    while pos + 4 <= len(extra):
        field_id, size = struct.unpack_from("<HH", extra, pos)
        ids.add(field_id)
        pos += 4 + size
    return ids


def _dos_date_time(date_time: tuple) -> tuple[int, int]:
    year, month, day, hour, minute, second = date_time
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _check_local_headers(fh: BinaryIO, infos: list[zipfile.ZipInfo], cd_offset: int) -> None:
    """Each local header must repeat its central entry, and no two entries may share data."""
    spans = []
    for info in infos:
        fh.seek(info.header_offset)
        fixed = fh.read(LOCAL_HEADER.size)
        if len(fixed) != LOCAL_HEADER.size:
            raise PackageError("damaged", f"{info.orig_filename}: local header")
        sig, version, flags, method, time, date, crc, csize, usize, n_name, n_extra = LOCAL_HEADER.unpack(fixed)
        name, extra = fh.read(n_name), fh.read(n_extra)
        seen = (sig, version, flags, method, time, date, crc, csize, usize, name)
        expected = (b"PK\x03\x04", info.extract_version, info.flag_bits, info.compress_type,
                    *_dos_date_time(info.date_time), info.CRC, info.compress_size, info.file_size,
                    info.orig_filename.encode("utf-8"))
        if seen != expected or len(extra) != n_extra:
            raise PackageError("damaged", f"{info.orig_filename}: local header differs")
        if UNICODE_PATH_EXTRA in _extra_ids(extra):
            raise PackageError("unsafe_name", f"{info.orig_filename!r} has a second (Unicode path) name")
        start = info.header_offset + LOCAL_HEADER.size + n_name + n_extra
        spans.append((info.header_offset, start + csize))
    spans.sort()
    bounds = [start for start, _ in spans[1:]] + [cd_offset]
    for (_, end), limit in zip(spans, bounds):
        if end > limit:
            raise PackageError("damaged", "overlapping members")
        if end < limit:
            raise PackageError("damaged", "bytes between entries")
    if not spans or spans[0][0] != 0:
        raise PackageError("damaged", "bytes before the first entry")


# --- streaming a member ---------------------------------------------------------


@dataclass
class Budget:
    """Uncompressed bytes still allowed across one read of a package."""

    remaining: int


def stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: Budget,
           cap: int | None = None) -> Iterator[bytes]:
    """The member's bytes in chunks; size, ratio and the total budget are checked as they come."""
    cap = limits.max_member_bytes if cap is None else cap
    produced = 0
    try:
        with zf.open(info) as member:
            while chunk := member.read(CHUNK):
                produced += len(chunk)
                budget.remaining -= len(chunk)
                if produced > cap or budget.remaining < 0:
                    raise PackageError("too_large", info.orig_filename)
                if produced > limits.ratio_floor and produced > limits.max_ratio * max(info.compress_size, 1):
                    raise PackageError("too_large", f"{info.orig_filename}: compression ratio")
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error, NotImplementedError) as exc:
        raise PackageError("damaged", f"{info.orig_filename}: {exc}") from None
    except OSError as exc:
        raise PackageError("read_failed", str(exc)) from None


def read_all(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: Budget,
             cap: int | None = None) -> bytes:
    return b"".join(stream(zf, info, limits, budget, cap))


def hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: Budget) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    for chunk in stream(zf, info, limits, budget):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def open_file(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise PackageError("not_found", str(path)) from None
    except OSError as exc:
        raise PackageError("read_failed", str(exc)) from None
