"""Schema migrations of the local store, applied in order, each exactly once.

The schema version is SQLite's ``PRAGMA user_version``. A migration is never
edited once released: a schema change is a new function appended to
``MIGRATIONS``. ``tests/core/test_store_migrations.py`` opens a database
built at every earlier version and checks it reaches the latest with its data.
"""

from __future__ import annotations

import json
import sqlite3


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute ``script`` statement by statement, inside the caller's transaction.

    (``executescript`` would commit the open transaction first.)
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer!r}")


def m001_initial(conn: sqlite3.Connection) -> None:
    """Settings, catalogs, units and the append-only history of value records."""
    run_script(
        conn,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE catalogs (
            id TEXT NOT NULL, version TEXT NOT NULL, title TEXT NOT NULL,
            origin TEXT NOT NULL, body TEXT NOT NULL, added_at TEXT NOT NULL,
            PRIMARY KEY (id, version)
        );
        CREATE TABLE units (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
            parent TEXT, city TEXT NOT NULL
        );
        CREATE TABLE value_records (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            catalog TEXT NOT NULL, unit TEXT NOT NULL, period INTEGER NOT NULL,
            indicator TEXT NOT NULL, measure TEXT NOT NULL,
            payload TEXT, status TEXT NOT NULL DEFAULT 'draft',
            note TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '[]',
            author_key TEXT NOT NULL, author_name TEXT NOT NULL DEFAULT '',
            seq INTEGER NOT NULL, created_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'local',
            UNIQUE (author_key, seq)
        );
        CREATE INDEX value_records_cell
            ON value_records (catalog, unit, period, indicator, measure, author_key, seq);
        CREATE TRIGGER value_records_no_update BEFORE UPDATE ON value_records
            BEGIN SELECT RAISE(ABORT, 'value_records is append-only'); END;
        CREATE TRIGGER value_records_no_delete BEFORE DELETE ON value_records
            BEGIN SELECT RAISE(ABORT, 'value_records is append-only'); END;
        CREATE VIEW value_heads AS
            SELECT r.* FROM value_records r
            JOIN (SELECT catalog, unit, period, indicator, measure, author_key, MAX(seq) AS seq
                  FROM value_records
                  GROUP BY catalog, unit, period, indicator, measure, author_key) h
              ON r.catalog = h.catalog AND r.unit = h.unit AND r.period = h.period
             AND r.indicator = h.indicator AND r.measure = h.measure
             AND r.author_key = h.author_key AND r.seq = h.seq;
        """
    )


def m002_evidence_exports(conn: sqlite3.Connection) -> None:
    """Content-addressed evidence files and the officer's history of exports."""
    run_script(
        conn,
        """
        CREATE TABLE evidence (
            sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, name TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, path TEXT NOT NULL,
            bundle_id TEXT NOT NULL, size INTEGER NOT NULL, summary TEXT NOT NULL
        );
        """,
    )


def m003_trust_and_bundles(conn: sqlite3.Connection) -> None:
    """The office's trust registry, imported bundles, quarantine and conflict resolutions."""
    run_script(
        conn,
        """
        CREATE TABLE trusted_keys (
            key_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, name TEXT NOT NULL,
            position TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT 'officer',
            enrolled_at TEXT NOT NULL, revoked_at TEXT
        );
        CREATE TABLE key_units (
            key_id TEXT NOT NULL REFERENCES trusted_keys (key_id), unit TEXT NOT NULL,
            PRIMARY KEY (key_id, unit)
        );
        CREATE TABLE bundles (
            bundle_id TEXT PRIMARY KEY, author_key TEXT NOT NULL, bundle_seq INTEGER NOT NULL,
            catalog TEXT NOT NULL, units TEXT NOT NULL, periods TEXT NOT NULL,
            records INTEGER NOT NULL, new_records INTEGER NOT NULL, file_name TEXT NOT NULL,
            imported_at TEXT NOT NULL, manifest TEXT NOT NULL
        );
        CREATE INDEX bundles_author ON bundles (author_key, bundle_seq);
        CREATE TABLE record_bundles (
            author_key TEXT NOT NULL, seq INTEGER NOT NULL, bundle_id TEXT NOT NULL,
            PRIMARY KEY (author_key, seq, bundle_id)
        );
        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY AUTOINCREMENT, file_name TEXT NOT NULL, stored_path TEXT NOT NULL,
            code TEXT NOT NULL, reason_vi TEXT NOT NULL, reason_en TEXT NOT NULL, at TEXT NOT NULL
        );
        CREATE TABLE resolutions (
            author_key TEXT NOT NULL, seq INTEGER NOT NULL, candidate TEXT NOT NULL,
            PRIMARY KEY (author_key, seq, candidate)
        );
        """,
    )


def m004_bundle_seq_ranges(conn: sqlite3.Connection) -> None:
    """Which records each bundle carried: one row per bundle with its sequence numbers as
    ranges, instead of one row per record (a third of an import's inserts)."""
    run_script(
        conn,
        """
        CREATE TABLE bundle_records (
            bundle_id TEXT PRIMARY KEY REFERENCES bundles (bundle_id),
            author_key TEXT NOT NULL, seq_ranges TEXT NOT NULL
        );
        """,
    )
    carried: dict = {}
    for author, seq, bundle_id in conn.execute("SELECT author_key, seq, bundle_id FROM record_bundles"):
        carried.setdefault((bundle_id, author), []).append(seq)
    conn.executemany(
        "INSERT INTO bundle_records (bundle_id, author_key, seq_ranges) VALUES (?, ?, ?)",
        [(b, a, json.dumps(seq_ranges(seqs))) for (b, a), seqs in carried.items()],
    )
    conn.execute("DROP TABLE record_bundles")


def seq_ranges(seqs) -> list[list[int]]:
    """[1, 2, 3, 7, 9, 10] -> [[1, 3], [7, 7], [9, 10]]."""
    ranges: list[list[int]] = []
    for seq in sorted(set(seqs)):
        if ranges and seq == ranges[-1][1] + 1:
            ranges[-1][1] = seq
        else:
            ranges.append([seq, seq])
    return ranges


def m005_exchange_scope(conn: sqlite3.Connection) -> None:
    """Issue 8: what each enrolled key may report (catalogs, periods), bundle_seq per key.

    ``key_catalogs``/``key_periods`` grow with every provisioning file the office writes
    for a key (the union of all of them: a late bundle for last year's period stays
    acceptable after a re-provisioning for the new one). A key with no ``key_catalogs``
    row was enrolled before this migration: it may report the office's own catalogs.
    A key with no ``key_periods`` row was provisioned without periods: any year within
    the documented bounds. Both tables are append-only."""
    run_script(
        conn,
        """
        CREATE TABLE key_catalogs (
            key_id TEXT NOT NULL REFERENCES trusted_keys (key_id), catalog TEXT NOT NULL,
            PRIMARY KEY (key_id, catalog)
        );
        CREATE TABLE key_periods (
            key_id TEXT NOT NULL REFERENCES trusted_keys (key_id), period INTEGER NOT NULL,
            PRIMARY KEY (key_id, period)
        );
        CREATE TRIGGER key_catalogs_no_update BEFORE UPDATE ON key_catalogs
            BEGIN SELECT RAISE(ABORT, 'key_catalogs is append-only'); END;
        CREATE TRIGGER key_catalogs_no_delete BEFORE DELETE ON key_catalogs
            BEGIN SELECT RAISE(ABORT, 'key_catalogs is append-only'); END;
        CREATE TRIGGER key_periods_no_update BEFORE UPDATE ON key_periods
            BEGIN SELECT RAISE(ABORT, 'key_periods is append-only'); END;
        CREATE TRIGGER key_periods_no_delete BEFORE DELETE ON key_periods
            BEGIN SELECT RAISE(ABORT, 'key_periods is append-only'); END;
        """,
    )


def m006_office_desk(conn: sqlite3.Connection) -> None:
    """Issue 10: the office desk: every provisioning file written (append-only) and the
    reason each key was revoked for."""
    run_script(
        conn,
        """
        CREATE TABLE provisionings (
            id INTEGER PRIMARY KEY AUTOINCREMENT, key_id TEXT NOT NULL, file TEXT NOT NULL,
            catalogs TEXT NOT NULL, periods TEXT NOT NULL, deadline TEXT NOT NULL, at TEXT NOT NULL
        );
        CREATE INDEX provisionings_key ON provisionings (key_id, id);
        CREATE TRIGGER provisionings_no_update BEFORE UPDATE ON provisionings
            BEGIN SELECT RAISE(ABORT, 'provisionings is append-only'); END;
        CREATE TRIGGER provisionings_no_delete BEFORE DELETE ON provisionings
            BEGIN SELECT RAISE(ABORT, 'provisionings is append-only'); END;
        CREATE TABLE revocations (
            key_id TEXT PRIMARY KEY REFERENCES trusted_keys (key_id), reason TEXT NOT NULL, at TEXT NOT NULL
        );
        """,
    )


def m007_review_chain(conn: sqlite3.Connection) -> None:
    """Issue 11: expected sets, review records, extensions, receipts, feedback, audit.

    Every table is append-only (triggers refuse UPDATE and DELETE): a period is opened
    once, its expected set frozen then; later adjustments, deadlines and extensions,
    review actions, issued and applied files and audit events are new rows."""
    tables = {
        "review_periods": "catalog TEXT NOT NULL, period INTEGER NOT NULL, deadline TEXT NOT NULL DEFAULT '', "
                          "opened_at TEXT NOT NULL, actor_key TEXT NOT NULL, PRIMARY KEY (catalog, period)",
        "expected_frozen": "catalog TEXT NOT NULL, period INTEGER NOT NULL, unit TEXT NOT NULL, indicator TEXT NOT NULL, "
                           "PRIMARY KEY (catalog, period, unit, indicator)",
        "expected_changes": "id INTEGER PRIMARY KEY AUTOINCREMENT, catalog TEXT NOT NULL, period INTEGER NOT NULL, "
                            "unit TEXT NOT NULL, indicator TEXT NOT NULL, change TEXT NOT NULL CHECK (change IN ('add', 'remove')), "
                            "reason TEXT NOT NULL, actor_key TEXT NOT NULL, at TEXT NOT NULL",
        "deadline_changes": "id INTEGER PRIMARY KEY AUTOINCREMENT, catalog TEXT NOT NULL, period INTEGER NOT NULL, "
                            "unit TEXT NOT NULL DEFAULT '', deadline TEXT NOT NULL, reason TEXT NOT NULL, "
                            "actor_key TEXT NOT NULL, at TEXT NOT NULL",
        "review_records": "id INTEGER PRIMARY KEY AUTOINCREMENT, catalog TEXT NOT NULL, unit TEXT NOT NULL, "
                          "period INTEGER NOT NULL, indicator TEXT NOT NULL, action TEXT NOT NULL, "
                          "measure TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL, "
                          "approved TEXT NOT NULL DEFAULT '{}', actor_key TEXT NOT NULL, actor_name TEXT NOT NULL, "
                          "seq INTEGER NOT NULL, at TEXT NOT NULL, signature TEXT NOT NULL, UNIQUE (actor_key, seq)",
        "issued_files": "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, key_id TEXT NOT NULL, "
                        "seq INTEGER NOT NULL, package_id TEXT NOT NULL, path TEXT NOT NULL, at TEXT NOT NULL, "
                        "summary TEXT NOT NULL",
        "applied_files": "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, package_id TEXT NOT NULL UNIQUE, "
                         "seq INTEGER NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL",
        "export_receipts": "bundle_id TEXT NOT NULL, package_id TEXT NOT NULL, received_at TEXT NOT NULL, "
                           "status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (bundle_id, package_id)",
        "audit_events": "id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, "
                        "action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL, source TEXT NOT NULL UNIQUE",
    }
    for name, columns in tables.items():
        conn.execute(f"CREATE TABLE {name} ({columns})")
        for verb in ("UPDATE", "DELETE"):
            conn.execute(f"CREATE TRIGGER {name}_no_{verb.lower()} BEFORE {verb} ON {name} "
                         f"BEGIN SELECT RAISE(ABORT, '{name} is append-only'); END")
    conn.execute("CREATE INDEX review_records_form ON review_records (catalog, period, unit, indicator, seq)")


def m008_city_figures(conn: sqlite3.Connection) -> None:
    """Issue 12: expert ratings at city level, follow-up marks, report settings.

    ``city_cells`` is derived data (the merge rule's current value of each cell with its
    figures pulled out of the JSON payload, refreshed from ``value_records`` by id), so
    city figures are one GROUP BY over plain columns. ``city_ratings`` and ``followups``
    are append-only: the newest row per target stands.
    (H6b: add the report's tables below this line if you need any.)
    """
    run_script(
        conn,
        """
        CREATE TABLE city_cells (
            catalog TEXT NOT NULL, period INTEGER NOT NULL, indicator TEXT NOT NULL,
            measure TEXT NOT NULL, unit TEXT NOT NULL,
            payload TEXT, conflict INTEGER NOT NULL DEFAULT 0,
            author_key TEXT, author_name TEXT NOT NULL DEFAULT '', seq INTEGER,
            num REAL, den REAL, rate REAL, male REAL, female REAL, total REAL, base REAL,
            rating INTEGER, direction TEXT, figure REAL, previous REAL,
            PRIMARY KEY (catalog, period, indicator, measure, unit)
        ) WITHOUT ROWID;
        CREATE TABLE city_ratings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            catalog TEXT NOT NULL, period INTEGER NOT NULL, indicator TEXT NOT NULL,
            rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', at TEXT NOT NULL
        );
        CREATE INDEX city_ratings_target ON city_ratings (catalog, period, indicator, id);
        CREATE TRIGGER city_ratings_no_update BEFORE UPDATE ON city_ratings
            BEGIN SELECT RAISE(ABORT, 'city_ratings is append-only'); END;
        CREATE TRIGGER city_ratings_no_delete BEFORE DELETE ON city_ratings
            BEGIN SELECT RAISE(ABORT, 'city_ratings is append-only'); END;
        CREATE TABLE followups (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            catalog TEXT NOT NULL, unit TEXT NOT NULL, period INTEGER NOT NULL,
            indicator TEXT NOT NULL, measure TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
            comment TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', at TEXT NOT NULL
        );
        CREATE INDEX followups_target ON followups (catalog, period, unit, indicator, measure, id);
        CREATE TRIGGER followups_no_update BEFORE UPDATE ON followups
            BEGIN SELECT RAISE(ABORT, 'followups is append-only'); END;
        CREATE TRIGGER followups_no_delete BEFORE DELETE ON followups
            BEGIN SELECT RAISE(ABORT, 'followups is append-only'); END;
        """,
    )


MIGRATIONS = [
    m001_initial, m002_evidence_exports, m003_trust_and_bundles, m004_bundle_seq_ranges,
    m005_exchange_scope, m006_office_desk, m007_review_chain, m008_city_figures,
]
LATEST = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Apply the pending migrations up to ``target``, each in its own transaction.

    Returns the versions applied. The connection must not be inside a transaction.
    """
    target = len(MIGRATIONS) if target is None else target
    applied = []
    version = current_version(conn)
    while version < target:
        step = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
        applied.append(version)
    return applied
