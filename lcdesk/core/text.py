"""Small text helpers shared by the core: NFC normalisation and ASCII slugs."""

import re
import unicodedata


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form all stored Vietnamese text uses."""
    return unicodedata.normalize("NFC", text)


def slug(text: str) -> str:
    """An ASCII slug of a Vietnamese name: 'Sở Giáo dục và Đào tạo' -> 'so-giao-duc-va-dao-tao'."""
    text = nfc(text).replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
