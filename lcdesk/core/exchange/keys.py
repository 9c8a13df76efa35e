"""The installation's cryptographic identity: an Ed25519 key pair.

The private key lives in ``<home>/keys/identity.key`` (PEM, PKCS#8; encrypted
with the passphrase when one is given) and never leaves the data folder.
Everything else in lcdesk sees only the raw 32-byte public key, its
``key_id`` (32 hex characters) and its ``fingerprint`` (read over the phone).

Derivations (also in ``docs/package-format.md``)::

    digest      = SHA-256(public_raw)                  # 32 bytes
    key_id      = hex(digest[0:16])                    # lowercase, 32 characters
    fingerprint = " ".join(f"{u32be(digest[4*i:4*i+4]) % 10000:04d}" for i in 0..4)
                                                       # e.g. "0381 5527 1290 8842 0016"
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lcdesk.core.errors import LcdeskError
from lcdesk.lazy import LazyModule

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


# cryptography loads with the first key used: the first window reads its key id from
# ``identity.pub`` (``cached_key_id``) and signs nothing.
serialization = LazyModule("cryptography.hazmat.primitives.serialization")
_exceptions = LazyModule("cryptography.exceptions")
_ed25519 = LazyModule("cryptography.hazmat.primitives.asymmetric.ed25519")


def _sha256(data: bytes):
    import hashlib  # OpenSSL's libcrypto (~0.004 s): loaded by the first key id computed, not at start

    return hashlib.sha256(data)


def _token_hex(n: int) -> str:
    import secrets

    return secrets.token_hex(n)

KEY_DIR = "keys"
KEY_FILE = "identity.key"
PUBLIC_FILE = "identity.pub"  # the public key beside it (``cached_public``)
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_GROUPS = 5
_ENCRYPTED_MARK = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"


class KeyFileError(LcdeskError):
    """A key file or a public key is unusable; ``code`` is a stable English slug."""

    def __init__(self, code: str, message_vi: str, message_en: str):
        super().__init__(message_vi, message_en)
        self.code = code


@dataclass(frozen=True)
class KeyPair:
    """An Ed25519 private key and its raw 32-byte public key."""

    private_key: Ed25519PrivateKey = field(repr=False)
    public_raw: bytes

    @classmethod
    def from_private(cls, private_key: Ed25519PrivateKey) -> KeyPair:
        return cls(private_key, private_key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> KeyPair:
        return cls.from_private(_ed25519.Ed25519PrivateKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> KeyPair:
        """The key pair of a 32-byte seed (tests and the worked example in the docs)."""
        return cls.from_private(_ed25519.Ed25519PrivateKey.from_private_bytes(seed))

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)


def key_id(public_raw: bytes) -> str:
    """Lowercase hex of the first 16 bytes of SHA-256 of the raw public key."""
    return _sha256(public_raw).digest()[:16].hex()


def fingerprint(public_raw: bytes) -> str:
    """Five groups of four digits, easy to read aloud: see the module docstring."""
    digest = _sha256(public_raw).digest()
    groups = (
        int.from_bytes(digest[4 * i : 4 * i + 4], "big") % 10000 for i in range(FINGERPRINT_GROUPS)
    )
    return " ".join(f"{g:04d}" for g in groups)


def public_key_b64(kp: KeyPair) -> str:
    """The raw public key in standard base64 (with padding): 44 characters."""
    return base64.b64encode(kp.public_raw).decode("ascii")


def load_public(b64: str | bytes) -> bytes:
    """The raw public key from its base64 text; raises ``KeyFileError`` if it is not one."""
    try:
        raw = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise _bad_public("not base64") from None
    if len(raw) != PUBLIC_KEY_BYTES:
        raise _bad_public(f"{len(raw)} bytes instead of {PUBLIC_KEY_BYTES}")
    try:
        _ed25519.Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise _bad_public("not an Ed25519 key") from None
    return raw


def _bad_public(detail: str) -> KeyFileError:
    return KeyFileError(
        "bad_public_key",
        "Khóa công khai không hợp lệ; hãy kiểm tra lại tệp hoặc đoạn mã đã dán.",
        f"The public key is not valid ({detail}).",
    )


def sign(kp: KeyPair, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``data``."""
    return kp.private_key.sign(data)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is valid for ``data``; never raises for bad input."""
    if len(public_raw) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    try:
        _ed25519.Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (_exceptions.InvalidSignature, ValueError, TypeError):
        return False
    return True


# --- the key file -----------------------------------------------------------


def key_path(home: Path) -> Path:
    return Path(home) / KEY_DIR / KEY_FILE


def has_key(home: Path) -> bool:
    return key_path(home).is_file()


def is_encrypted(home: Path) -> bool:
    """Whether the installation's key file is protected by a passphrase."""
    path = key_path(home)
    if not path.is_file():
        return False
    return path.read_bytes().lstrip().startswith(_ENCRYPTED_MARK)


def load_or_create(home: Path, passphrase: bytes | None = None) -> KeyPair:
    """The installation's key pair, created (and encrypted with ``passphrase``) on first use.

    A passphrase given for an unencrypted key file is ignored; use
    ``change_passphrase`` to protect an existing key.
    """
    path = key_path(home)
    if path.is_file():
        return _load_cached(path, passphrase)
    kp = KeyPair.generate()
    created = _write_key(path, kp, passphrase, overwrite=False)
    return _remember(path, passphrase, kp) if created else _load_cached(path, passphrase)


def change_passphrase(home: Path, old: bytes | None, new: bytes | None) -> KeyPair:
    """Re-write the key file under a new passphrase (``None`` or ``b""``: unprotected)."""
    kp = _load(key_path(home), old)
    _write_key(key_path(home), kp, new, overwrite=True)
    return kp


# Every durable save signs with the key: keep the parsed key while its file is unchanged
# (same size, modification time and inode) and the same passphrase is given.
_LOADED: dict[str, tuple[tuple, bytes, KeyPair]] = {}


def _load_cached(path: Path, passphrase: bytes | None) -> KeyPair:
    try:
        st = path.stat()
    except OSError as exc:
        raise _key_error("unreadable", str(exc)) from None
    hit = _LOADED.get(str(path))
    if hit is not None and hit[0] == _file_signature(st) and hit[1] == _sha256(passphrase or b"").digest():
        return hit[2]
    return _remember(path, passphrase, _load(path, passphrase))


def _file_signature(st) -> tuple:
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def cached_key_id(home: Path) -> str | None:
    """The key id of ``home``'s key file, read from ``identity.pub`` beside it without loading
    the key (no passphrase, no cryptography, not even hashlib's OpenSSL): what the first window
    needs. None when that file is missing, unreadable, malformed or written for another key
    file (it holds the key file's size and CRC-32); ``load_or_create`` writes it again. See
    ``docs/package-format.md`` §1."""
    path = key_path(home)
    try:
        data = path.read_bytes()
        cache = json.loads(path.with_name(PUBLIC_FILE).read_text(encoding="utf-8"))
        if cache.get("key_file_size") != len(data) or cache.get("key_file_crc32") != binascii.crc32(data):
            return None
        kid = cache["key_id"]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not isinstance(kid, str) or len(kid) != 32 or kid.strip("0123456789abcdef"):
        return None
    return kid


def _write_public(path: Path, kp: KeyPair) -> None:
    """``identity.pub`` for the key file at ``path`` (best effort: without it the key is read)."""
    try:
        data = path.read_bytes()
        if cached_key_id(path.parent.parent) == kp.key_id:
            return
        cache = {"key_file_size": len(data), "key_file_crc32": binascii.crc32(data), "key_id": kp.key_id,
                 "public_key": public_key_b64(kp)}
        tmp = path.with_name(PUBLIC_FILE + ".tmp")
        tmp.write_text(json.dumps(cache), encoding="utf-8")
        os.replace(tmp, path.with_name(PUBLIC_FILE))
    except OSError:
        pass


def _remember(path: Path, passphrase: bytes | None, kp: KeyPair) -> KeyPair:
    _write_public(path, kp)
    try:
        signature = _file_signature(path.stat())
    except OSError:
        return kp
    _LOADED[str(path)] = (signature, _sha256(passphrase or b"").digest(), kp)
    return kp


def _load(path: Path, passphrase: bytes | None) -> KeyPair:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _key_error("unreadable", str(exc)) from None
    encrypted = data.lstrip().startswith(_ENCRYPTED_MARK)
    if encrypted and not passphrase:
        raise _key_error("passphrase_required")
    seed = None if encrypted else _plain_ed25519_seed(data)
    if seed is not None:  # what _pem writes without a passphrase: no serialization import
        return KeyPair.from_seed(seed)
    try:
        key = serialization.load_pem_private_key(data, passphrase if encrypted else None)
    except ValueError as exc:
        raise _key_error("wrong_passphrase" if encrypted else "corrupt_key", str(exc)) from None
    except (TypeError, binascii.Error) as exc:
        raise _key_error("corrupt_key", str(exc)) from None
    if not isinstance(key, _ed25519.Ed25519PrivateKey):
        raise _key_error("corrupt_key", "not an Ed25519 key")
    return KeyPair.from_private(key)


def _pem(kp: KeyPair, passphrase: bytes | None) -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return kp.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


_PEM_HEAD, _PEM_FOOT = b"-----BEGIN PRIVATE KEY-----", b"-----END PRIVATE KEY-----"
_PKCS8_ED25519_PREFIX = bytes.fromhex("302e020100300506032b657004220420")  # RFC 8410 §7, then the 32-byte seed


def _plain_ed25519_seed(data: bytes) -> bytes | None:
    """The seed of an unencrypted PKCS#8 Ed25519 PEM (the only unencrypted form ``_pem``
    writes), read without cryptography's ``serialization`` (~0.03 s to import, and the officer's
    first window reads the key for its id); None for anything else, which the full parser reads."""
    text = data.strip()
    if not (text.startswith(_PEM_HEAD) and text.endswith(_PEM_FOOT)):
        return None
    try:
        der = base64.b64decode(b"".join(text[len(_PEM_HEAD):-len(_PEM_FOOT)].split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(der) != len(_PKCS8_ED25519_PREFIX) + 32 or not der.startswith(_PKCS8_ED25519_PREFIX):
        return None
    return der[len(_PKCS8_ED25519_PREFIX):]


def _write_key(path: Path, kp: KeyPair, passphrase: bytes | None, *, overwrite: bool) -> bool:
    """Write atomically (temp, fsync, rename). Returns False if another process won the race."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    tmp = path.with_name(f".{path.name}.{_token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(_pem(kp, passphrase))
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        created = _publish(tmp, path, overwrite)
        fsync_dir(path.parent)
        return created
    except OSError as exc:
        raise _key_error("write_failed", str(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _publish(tmp: Path, path: Path, overwrite: bool) -> bool:
    if overwrite:
        os.replace(tmp, path)
        return True
    try:
        os.link(tmp, path)  # never clobbers a key another process just created
    except FileExistsError:
        return False
    except OSError:  # file systems without hard links
        if path.exists():
            return False
        os.replace(tmp, path)
    return True


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_KEY_MESSAGES = {
    "passphrase_required": (
        "Khóa của máy này được bảo vệ bằng mật khẩu; hãy nhập mật khẩu để tiếp tục.",
        "The key of this installation is protected by a passphrase; enter it to continue.",
    ),
    "wrong_passphrase": (
        "Mật khẩu của khóa không đúng; hãy nhập lại.",
        "The key passphrase is wrong.",
    ),
    "corrupt_key": (
        "Tệp khóa của máy này bị hỏng; hãy khôi phục từ bản sao lưu hoặc liên hệ văn phòng thành phố.",
        "The key file of this installation is damaged.",
    ),
    "unreadable": (
        "Không đọc được tệp khóa của máy này; hãy kiểm tra quyền truy cập thư mục dữ liệu.",
        "The key file cannot be read.",
    ),
    "write_failed": (
        "Không ghi được tệp khóa vào thư mục dữ liệu; hãy kiểm tra dung lượng và quyền ghi.",
        "The key file cannot be written.",
    ),
}


def _key_error(code: str, detail: str = "") -> KeyFileError:
    vi, en = _KEY_MESSAGES[code]
    return KeyFileError(code, vi, f"{en} ({detail})" if detail else en)
