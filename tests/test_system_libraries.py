"""When Qt cannot load its X11 platform plugin, lcdesk names the missing library in plain words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lcdesk import system_libraries
from lcdesk.system_libraries import MissingLibrary, check_display, missing_library_error

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux only")


def test_a_loader_error_becomes_the_library_and_its_package():
    error = missing_library_error("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")
    assert "libxcb-icccm.so.4" in error.message_vi and "apt-get install libxcb-icccm4" in error.message_vi
    assert "tools/system_libraries.py" in error.message_en


def test_no_display_is_said_plainly():
    with pytest.raises(MissingLibrary) as raised:
        check_display({"QT_QPA_PLATFORM": ""})
    assert "DISPLAY" in raised.value.message_vi
    check_display({"QT_QPA_PLATFORM": "offscreen"})  # the tests' platform needs no display


def test_a_real_plugin_with_a_missing_library_is_reported_by_name(tmp_path):
    """A copy of Qt's xcb plugin whose libxcb-icccm dependency names a file no system has."""
    plugin = system_libraries.xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    data = plugin.read_bytes()
    assert b"libxcb-icccm.so.4\0" in data
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.7\0"))
    probe = (
        "import sys; from pathlib import Path; from lcdesk import system_libraries as s\n"
        f"s.xcb_plugin = lambda: Path({str(broken)!r})\n"
        "try:\n    s.check_display({'DISPLAY': ':99'})\nexcept s.MissingLibrary as e:\n    print(e.message_vi)\n"
    )
    qt_lib = plugin.parents[2] / "lib"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{qt_lib}:{os.environ.get('LD_LIBRARY_PATH', '')}"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, encoding="utf-8", env=env,
                         timeout=60).stdout
    assert "thiếu thư viện hệ thống libxcb-icccm.so.7" in out


def test_lcdesk_refuses_to_start_without_a_display_with_a_plain_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-m", "lcdesk", "--home", str(tmp_path)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=60)
    assert done.returncode == 2
    assert "Không tìm thấy màn hình" in done.stderr
    assert not (tmp_path / "lcdesk.db").exists()


def _fake_tools(folder, installed: set[str]):
    """dpkg-query answering from ``installed``; apt-get writing its arguments to a log."""
    folder.mkdir()
    log = folder / "apt.log"
    (folder / "dpkg-query").write_text("#!/bin/sh\nfor p; do :; done\ncase \" %s \" in *\" $p \"*) printf ii;; "
                                       "*) exit 1;; esac\n" % " ".join(sorted(installed)))
    (folder / "apt-get").write_text(f"#!/bin/sh\necho \"$@\" >> {log}\n")
    for tool in ("dpkg-query", "apt-get"):
        (folder / tool).chmod(0o755)
    return log


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="installs only as root")
def test_the_setup_script_installs_exactly_what_is_missing_and_says_so(tmp_path):
    from lcdesk.system_libraries import QT_PACKAGES

    everything = {name for group in QT_PACKAGES for name in group}
    log = _fake_tools(tmp_path / "bin", everything - {"libxcb-icccm4", "libxcb-keysyms1", "libglib2.0-0"})
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:{os.environ['PATH']}"}
    script = [sys.executable, str(ROOT / "tools" / "system_libraries.py")]
    done = subprocess.run(script, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "installing: libxcb-icccm4 libxcb-keysyms1" in done.stdout  # glib: libglib2.0-0t64 is there
    calls = log.read_text().splitlines()
    assert calls == ["update -q", "install -y -q --no-install-recommends libxcb-icccm4 libxcb-keysyms1"]
    complete = _fake_tools(tmp_path / "complete", everything)
    done = subprocess.run(script, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "PATH": f"{tmp_path / 'complete'}:{os.environ['PATH']}"}, timeout=60)
    assert done.returncode == 0 and done.stdout == "" and not complete.exists()  # nothing missing: silent, no apt
