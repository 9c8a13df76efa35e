"""A writer killed with SIGKILL mid-transaction loses no committed value and corrupts nothing."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from lcdesk.core.store import Store

BATCH = 40

WRITER = f"""
import sys
from lcdesk.core.store import Cell, Store
store = Store.open(sys.argv[1])
batch = 0
while True:
    batch += 1
    with store.transaction():
        for i in range({BATCH}):
            cell = Cell("hanoi-2025", "00004", 2025, "1.1.1.a", f"m{{batch}}-{{i}}")
            store.append_record(cell, {{"rate": float(i)}}, author_key="writer", note="x" * 300)
    print(batch, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_mid_transaction_keeps_every_committed_batch(tmp_path, seed):
    rng = random.Random(seed)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    committed = 0
    try:
        target = rng.randint(2, 15)
        while committed < target:
            line = proc.stdout.readline()
            assert line, "writer died on its own"
            committed = int(line)
        time.sleep(rng.random() * 0.05)  # land somewhere inside the next transaction
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with Store.open(tmp_path) as store:
        assert store.integrity_check() == "ok"
        count = store.count_records()
        assert count % BATCH == 0, "a transaction was half-written"
        assert count >= committed * BATCH, "a committed value was lost"
        seqs = [r[0] for r in store.conn.execute("SELECT seq FROM value_records ORDER BY seq")]
        assert seqs == list(range(1, count + 1))
        # the store is usable again: the next sequence number follows on
        from lcdesk.core.store import Cell

        r = store.append_record(Cell("hanoi-2025", "00004", 2025, "1.1.1.a", "after"), {"rate": 1.0}, author_key="writer")
        assert r.seq == count + 1
