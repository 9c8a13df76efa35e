"""Files dropped on a window: the local paths in a drag's MIME data."""

from __future__ import annotations

from pathlib import Path


def dropped_paths(mime, suffixes: tuple[str, ...]) -> list[str]:
    """The local files in a drag's MIME data with one of ``suffixes``."""
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if Path(p).suffix.lower() in suffixes]
