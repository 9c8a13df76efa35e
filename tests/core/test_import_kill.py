"""An importer killed with SIGKILL at a random point leaves a consistent database, and
importing everything again reaches exactly the state of an uninterrupted import."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from lcdesk.core.exchange import importer

from lcdesk.core.merge import rule as merge
from lcdesk.core.store import Store

from .city_fixture import build_pool, fresh_office


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    template, bundles = build_pool(tmp_path_factory.mktemp("pool"), seed=11, rounds=6)
    return template, bundles


IMPORTER = """
import json, sys
from lcdesk.core.exchange import importer
from lcdesk.core.store import Store
store = Store.open(sys.argv[1])
importer.import_files(store, json.loads(sys.argv[2]), on_progress=lambda i, n, r: print(i, flush=True))
"""


def state_of(store):
    return json.dumps([s.to_dict() for s in merge.cell_states(store)], sort_keys=True)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_kill_9_during_import_then_reimport_reaches_the_same_state(pool, tmp_path, seed):
    template, bundles = pool
    reference = fresh_office(template, tmp_path / "reference")
    importer.import_files(reference, bundles)
    expected = state_of(reference)
    reference.close()

    home = tmp_path / "killed"
    fresh_office(template, home).close()
    files = json.dumps([str(b) for b in bundles])
    proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(home), files], stdout=subprocess.PIPE, text=True)
    rng = random.Random(seed)
    try:
        for _ in range(rng.randint(1, len(bundles) - 2)):
            assert proc.stdout.readline(), "importer died on its own"
        time.sleep(rng.random() * 0.01)  # somewhere inside the next bundle's import
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

    store = Store.open(home)
    killed_after = len(store.bundles())
    print(f"killed after {killed_after} of {len(bundles)} bundles")
    try:
        assert store.integrity_check() == "ok"
        # every bundle row has all its records: no half-merged bundle
        for b in store.bundles():
            [ranges] = store.conn.execute(
                "SELECT seq_ranges FROM bundle_records WHERE bundle_id = ?", (b["bundle_id"],)).fetchone()
            assert b["records"] == sum(end - start + 1 for start, end in json.loads(ranges))
        results = importer.import_files(store, bundles)
        assert all(r.status in ("imported", "duplicate") for r in results)
        assert state_of(store) == expected
    finally:
        store.close()
