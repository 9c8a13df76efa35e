"""Where a bundle lands: always a new ``.lcb`` file inside a folder that exists.

Rules (issue 9, "data safety"), in the order they are checked:

1. A destination ending in ``.lcb`` names the file; its folder is the destination's parent.
   Anything else names a folder.
2. A folder that does not exist is created only when the user asked for it
   (``create=True``, the CLI's ``--create-folder``, the dialog's "Tạo thư mục"); otherwise
   ``ExportPlaceError`` says so in Vietnamese and English. An existing *file* where a folder
   is expected is refused too.
3. The file name always ends in ``.lcb``.
4. An existing file is never overwritten: "x.lcb" becomes "x (2).lcb", "x (3).lcb", ...

``bundle_file_name`` names a bundle after all its units (slugs joined by "_"), or after
the officer when there are more than ``MAX_NAMED_UNITS`` or the names would be too long.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import slug

SUFFIX = ".lcb"
MAX_NAMED_UNITS = 3
MAX_NAME_CHARS = 80


class ExportPlaceError(LcdeskError):
    """The destination of an export cannot be used."""


def bundle_file_name(units: list[dict], officer: str, period: int | None, seq: int) -> str:
    """'lcdesk-phuong-ba-dinh_so-giao-duc-2025-0003.lcb' (units) or 'lcdesk-nguyen-van-an-...' (officer)."""
    names = [slug(u.get("name", "")) or str(u.get("code", "")) for u in units]
    joined = "_".join(n for n in names if n)
    if not joined or len(names) > MAX_NAMED_UNITS or len(joined) > MAX_NAME_CHARS:
        joined = slug(officer) or joined[:MAX_NAME_CHARS] or "can-bo"
    return f"lcdesk-{joined}-{period or 'tat-ca'}-{seq:04d}{SUFFIX}"


def free_path(path: Path) -> Path:
    """``path`` itself when nothing is there, else the first 'name (n).lcb' that is free."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate


def target_folder(destination: str | Path, create: bool = False) -> tuple[Path, str | None]:
    """(the folder, the file name the destination names or None); creates the folder if asked."""
    destination = Path(destination)
    if destination.suffix.lower() == SUFFIX:
        folder, name = destination.parent, destination.name
    else:
        folder, name = destination, None
    if folder.exists() and not folder.is_dir():
        raise ExportPlaceError(f"“{folder}” là một tệp, không phải thư mục: hãy chọn một thư mục để lưu gói.",
                               f"“{folder}” is a file, not a folder: choose a folder for the bundle.")
    if not folder.exists():
        if not create:
            raise ExportPlaceError(f"Thư mục “{folder}” không tồn tại. Hãy chọn một thư mục có sẵn, "
                                   "hoặc yêu cầu tạo thư mục này.",
                                   f"The folder “{folder}” does not exist. Choose an existing folder, "
                                   "or ask for it to be created.")
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise ExportPlaceError(f"Không tạo được thư mục “{folder}”: {exc.strerror or exc}.",
                                   f"Could not create the folder “{folder}”: {exc.strerror or exc}.") from exc
    return folder, name


def resolve(destination: str | Path, default_name: str, create: bool = False) -> Path:
    """The new file a bundle will be written to (see the module docstring for the rules)."""
    folder, name = target_folder(destination, create)
    name = name or default_name
    if not name.lower().endswith(SUFFIX):
        name += SUFFIX
    return free_path(folder / name)
