"""The connection, transactions, settings, counters and backups of the store."""

from __future__ import annotations

import contextlib
from functools import cached_property
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from lcdesk.core.errors import StoreError
from lcdesk.core.store import migrations

DB_NAME = "lcdesk.db"


def utc_now() -> str:
    """An informational UTC timestamp (laptop clocks are wrong: never order by it)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class StoreBase:
    """One SQLite database per installation, in WAL mode with ``synchronous=FULL``."""

    def __init__(self, home: Path, conn: sqlite3.Connection):
        self.home = home
        self.conn = conn
        self._settings: dict[str, str | None] = {}  # key -> stored JSON text (None: absent)
        self._settings_key = str(Path(home).resolve())
        self._settings_generation = _settings_generation(self._settings_key)

    # ------------------------------------------------------------ life cycle
    @classmethod
    def open(cls, home: str | Path | None = None, migrate: bool = True, read_only: bool = False):
        """Open (creating or migrating) the store in ``home`` (see ``lcdesk.paths.data_home``).

        ``read_only``: another process holds the data folder (``lcdesk.folder_lock``); the
        connection refuses every write (``PRAGMA query_only``) and nothing is migrated."""
        from lcdesk.paths import data_home

        home = data_home(home)
        path = home / DB_NAME
        existed = path.exists() and path.stat().st_size > 0
        conn = connect(path, read_only=read_only)
        if read_only:
            migrate = False
        store = cls(home, conn)
        try:
            version = migrations.current_version(conn)
            if version > migrations.LATEST:
                raise StoreError(
                    "Cơ sở dữ liệu được tạo bởi phiên bản lcdesk mới hơn; hãy cập nhật phần mềm.",
                    f"The database has schema version {version}, newer than this lcdesk ({migrations.LATEST}).",
                )
            if migrate and version < migrations.LATEST:
                if existed and version > 0:
                    store.backup(reason=f"before-migration-v{version}")
                migrations.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return store

    @cached_property
    def db(self):
        """A ``sqlite_utils.Database`` over the connection, made on first use (sqlite_utils
        costs ~0.1 s to import, and the first window does not need it)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @property
    def path(self) -> Path:
        return self.home / DB_NAME

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextlib.contextmanager
    def transaction(self):
        """One write transaction (``BEGIN IMMEDIATE``). A nested call joins the open
        transaction: an error anywhere inside rolls the whole transaction back."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.forget_cached_settings()  # a setting written inside was rolled back
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def batch_durability(self):
        """For a batch of transactions (an import of many bundles): each stays atomic, but
        is synced to disk once, at the end of the batch, instead of at every commit.

        In WAL mode with ``synchronous=NORMAL`` a crash of the program loses nothing
        committed and never corrupts; a power cut may lose the batch's last
        transactions, which re-importing the same files restores. The closing
        ``wal_checkpoint(FULL)`` makes the whole batch durable before the caller
        reports success."""
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA wal_autocheckpoint = 16384")
        try:
            yield self
        finally:
            self.conn.execute("PRAGMA wal_autocheckpoint = 1000")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA wal_checkpoint(FULL)")

    # -------------------------------------------------------------- settings
    # Settings are read on every save (role, provisioning, catalog, name, …), so each store
    # keeps the stored text of each setting it read. The cache is dropped when this process
    # writes a setting through any store on the same database (a per-database generation
    # number, so a worker thread's own store invalidates the window's), on a rolled-back
    # transaction, and on restore. Other processes do not write behind our back: one
    # process per data folder writes (lcdesk.folder_lock).
    def get_setting(self, key: str, default=None):
        self._check_settings_generation()
        if key in self._settings:
            text = self._settings[key]
        else:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            text = self._settings[key] = None if row is None else row[0]
        return default if text is None else json.loads(text)  # a fresh object: callers may change it

    def set_setting(self, key: str, value) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self.forget_cached_settings()

    def forget_cached_settings(self) -> None:
        """Drop every store's cached settings of this database, in this process (call after
        writing the settings table other than through ``set_setting``)."""
        _bump_settings_generation(self._settings_key)
        self._check_settings_generation()

    def _check_settings_generation(self) -> None:
        generation = _settings_generation(self._settings_key)
        if generation != self._settings_generation:
            self._settings.clear()
            self._settings_generation = generation

    def next_counter(self, name: str) -> int:
        """The next value of a counter that only grows (call inside a transaction)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO counters (name, value) VALUES (?, 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1",
                (name,),
            )
            return self.conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]

    def raise_counter(self, name: str, at_least: int) -> None:
        """Make sure counter ``name`` is at least ``at_least`` (after a restore, say)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = MAX(value, excluded.value)",
                (name, at_least),
            )

    # --------------------------------------------------------------- backups
    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    def backup(self, dest: str | Path | None = None, reason: str = "manual", keep: int | None = None) -> Path:
        """An online copy of the database (SQLite backup API); returns its path.

        With ``keep``, only the newest ``keep`` automatic backups of that ``reason`` stay."""
        if dest is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            dest = self.home / "backups" / f"lcdesk-{stamp}-{reason}.db"
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".part")
        target = sqlite3.connect(tmp)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        tmp.replace(dest)
        if keep is not None:
            for old in sorted(dest.parent.glob(f"lcdesk-*-{reason}.db"))[:-keep]:
                old.unlink(missing_ok=True)
        return dest

    def backup_if_due(self, batch_size: int, *, batch_threshold: int, reason: str, keep: int) -> Path | None:
        """The import's backup policy: copy the database before a batch of at least
        ``batch_threshold`` files, or before the first import of the (local) day; never
        for an empty store. Between two such copies the recovery path is the append-only
        store plus re-importing the day's bundles (docs/bundle-format.md, "Backups")."""
        today = datetime.now().strftime("%Y-%m-%d")
        last = self.get_setting("last_import_backup")
        if batch_size < batch_threshold and last == today:
            return None
        if not self.conn.execute("SELECT 1 FROM value_records LIMIT 1").fetchone():
            return None
        path = self.backup(reason=reason, keep=keep)
        self.set_setting("last_import_backup", today)
        return path

    def list_backups(self) -> list[Path]:
        folder = self.home / "backups"
        return sorted(folder.glob("lcdesk-*.db")) if folder.exists() else []

    def restore(self, source: str | Path) -> Path:
        """Replace the database's content with a backup; the current state is backed up first."""
        source = Path(source)
        check_backup_file(source)
        safety = self.backup(reason="before-restore")
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            src.backup(self.conn)
        finally:
            src.close()
        migrations.migrate(self.conn)
        self.forget_cached_settings()
        from lcdesk.core.exchange import identity  # the restored counters may be behind earlier exports

        identity.forget_sync(self)
        return safety


_SETTINGS_GENERATIONS: dict[str, int] = {}  # database folder -> times its settings were written


def _settings_generation(key: str) -> int:
    return _SETTINGS_GENERATIONS.get(key, 0)


def _bump_settings_generation(key: str) -> None:
    _SETTINGS_GENERATIONS[key] = _SETTINGS_GENERATIONS.get(key, 0) + 1


def check_backup_file(path: Path) -> None:
    """Raise StoreError unless ``path`` is a sound lcdesk database."""
    if not path.is_file():
        raise StoreError(f"Không tìm thấy tệp sao lưu {path.name}.", f"Backup file {path} not found.")
    non_empty = path.stat().st_size > 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            has_schema = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'value_records'"
            ).fetchone()[0] == 1
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        ok = has_schema = False
    if not (non_empty and ok and has_schema):
        raise StoreError(
            f"Tệp {path.name} không phải là bản sao lưu hợp lệ của lcdesk.",
            f"{path.name} is not a valid lcdesk backup.",
        )


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection with lcdesk's pragmas: WAL, synchronous=FULL, foreign keys, busy timeout
    (``read_only``: ``query_only``, and the journal mode left as the writer set it)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=15)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"Không mở được cơ sở dữ liệu {path}: {exc}. Hãy khôi phục từ bản sao lưu.",
            f"Cannot open database {path}: {exc}. Restore it from a backup.",
        ) from exc
    return conn
