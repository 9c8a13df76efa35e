"""150 % on a 1366×768 screen (issue 9): the window fits, no label is clipped, forms do not
scroll sideways; the first-run wizard's pages fit and clip nothing either ("Danh mục chỉ s"). The probe runs in a subprocess: QT_SCALE_FACTOR is read when QApplication starts."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def probe(tmp_path, scale: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN))
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               LCDESK_DEMO_TODAY="2025-11-23")
    here = Path(__file__).parent
    done = subprocess.run([sys.executable, str(here / "layout_probe.py")], env=env, cwd=here.parent.parent,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_the_window_fits_the_screen_and_no_label_is_clipped(tmp_path, scale):
    report = probe(tmp_path, scale)
    x, y, w, h = report["frame"]
    ax, ay, aw, ah = report["available"]
    assert x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah, report
    assert report["maximized"] == (scale == "1.5")  # 1100×680 does not fit in 911×512
    assert {f"wizard:{name}" for name in ("role", "enrolment", "provisioning", "office", "demo")} <= set(report["pages"])
    assert {page: found for page, found in report["pages"].items() if found} == {}
