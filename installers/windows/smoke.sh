# Smoke tests of the Windows build, sourced by build.sh (which defines OUT, DIST, ART, LOGS,
# SETUP, WINE, wrun, wait_wineserver, log, die, mark). Run: installers/windows/build.sh --smoke
#
#   1. dist/lcdesk/lcdesk.exe --self-check           (the frozen app is complete)
#   2. the GUI under Xvfb shows a window; screenshot  (Qt's Windows platform, fonts, Vietnamese)
#   3. setup.exe /S: files, Start-menu shortcut, uninstall entry, .lcb/.lcp associations (HKCU)
#   4. the installed lcdesk.exe --self-check, once in a temp home and once in the officer's
#      real data folder (which thereby gets a database, a key and files to keep)
#   5. setup.exe /S again over it (the upgrade path): data unchanged, app still passes;
#      then a schema-1 database in the data folder is migrated by the installed app, backup first
#   6. uninstall.exe /S: program, shortcut, entry and associations gone; data folder intact
#   and bench/startup.py on the frozen app (artifacts/startup.txt)

selfcheck() {  # selfcheck LOGNAME EXE [ARGS...]
    local name="$1"
    shift
    SHOW=1 wrun 300 "$name" "$WINE" "$@" --self-check || die "$name: self-check failed (exit $?)"
    grep -q "self-check passed" "$LOGS/$name.log" || die "$name: no 'self-check passed' line"
    wait_wineserver
}

smoke_gui() {
    log "GUI under Xvfb (Qt's Windows platform plugin under Wine)"
    wait_wineserver  # a wineserver started without a display would not get one
    local shot="$ART/screenshot-main-window.png" home="$OUT/gui-home"
    rm -rf "$home" "$shot"
    mkdir -p "$home"
    timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
        "$HERE/gui_shot.sh" "$DIST/lcdesk/lcdesk.exe" "$(winpath "$home")" "$shot" "$LOGS/gui.log" |
        tee "$ART/gui.txt" || { tail -n 30 "$LOGS/gui.log"; die "GUI smoke test"; }
    wait_wineserver
}

smoke_bench() {
    log "startup benchmark: frozen lcdesk.exe vs a bare PySide6 window, under Wine + Xvfb"
    wait_wineserver
    timeout 900 xvfb-run -a -s "-screen 0 1280x800x24" python3 "$ROOT/bench/startup.py" \
        --exe "$DIST/lcdesk/lcdesk.exe" --wine --runs 5 --timeout 120 | tee "$ART/startup.txt" ||
        die "startup benchmark"
    wait_wineserver
}

# Windows folders of the prefix's user, as Linux paths.
win_folders() {
    local out
    out="$(timeout 60 "$WINE" cmd /c 'echo %LOCALAPPDATA%&echo %APPDATA%' </dev/null 2>/dev/null | tr -d '\r' | cat)"
    LAD="$(timeout 60 winepath -u "$(sed -n 1p <<<"$out")" </dev/null 2>/dev/null | cat)"
    RAD="$(timeout 60 winepath -u "$(sed -n 2p <<<"$out")" </dev/null 2>/dev/null | cat)"
    LAD="$(readlink -f "$LAD")" RAD="$(readlink -f "$RAD")"  # not via dosdevices/c:
    [ -d "$LAD" ] && [ -d "$RAD" ] || die "cannot find LOCALAPPDATA/APPDATA of the Wine user ($out)"
}

# reg_value 'Software\Classes\.lcb' '@'  -> the value from the prefix's user.reg (HKCU), or nothing.
reg_value() {
    wait_wineserver  # the registry reaches user.reg when wineserver exits
    python3 - "$WINEPREFIX/user.reg" "$1" "$2" <<'PYEOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
key = "[" + sys.argv[2].replace("\\", "\\\\") + "]"
name = "@" if sys.argv[3] == "@" else '"' + sys.argv[3] + '"'
for block in text.split("\n\n"):
    if block.lower().startswith(key.lower()):
        for line in block.splitlines()[1:]:
            if line.startswith(name + "="):
                value = line[len(name) + 1:]
                print(value[1:-1].replace('\\"', '"').replace("\\\\", "\\") if value.startswith('"') else value)
PYEOF
}

expect_reg() {  # expect_reg KEY NAME SUBSTRING
    local got
    got="$(reg_value "$1" "$2")"
    [[ "$got" == *"$3"* ]] || die "registry HKCU\\$1 [$2] is '$got', expected '$3'"
    echo "  ok  HKCU\\$1 [$2] = $got"
}

expect_no_reg() {
    grep -qiF "[${1//\\/\\\\}]" "$WINEPREFIX/user.reg" && die "registry key HKCU\\$1 left behind" || true
    echo "  ok  HKCU\\$1 removed"
}

data_snapshot() { (cd "$DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

old_database_is_migrated() {
    # An officer upgrading from the first release has a schema-1 database: the new app must
    # migrate it on first start, backing it up first, and keep the figures in it.
    log "an older database in the data folder: the installed app migrates it, backing it up first"
    rm -f "$DATA"/lcdesk.db "$DATA"/lcdesk.db-wal "$DATA"/lcdesk.db-shm
    python3 - "$ROOT/lcdesk/core/store/migrations.py" "$DATA/lcdesk.db" plant <<'PYEOF' || die "could not plant a schema-1 database"
import importlib.util, sqlite3, sys
spec = importlib.util.spec_from_file_location("migrations", sys.argv[1])
migrations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(migrations)
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
migrations.migrate(conn, target=1)
conn.execute("INSERT INTO value_records (catalog, unit, period, indicator, measure, payload, status, author_key, "
             "seq, created_at) VALUES ('hanoi-2025', '00004', 2025, '1.1.1.a', 'value', '{\"rate\":96.0}', "
             "'complete', 'old-key', 1, '2025-01-01T00:00:00+00:00')")
conn.close()
PYEOF
    selfcheck migrated-selfcheck "$INST/lcdesk.exe" --home "$(winpath "$DATA")"
    python3 - "$DATA" <<'PYEOF' || die "the upgraded app did not migrate the old database as it should"
import pathlib, sqlite3, sys
home = pathlib.Path(sys.argv[1])
conn = sqlite3.connect(home / "lcdesk.db")
version = conn.execute("PRAGMA user_version").fetchone()[0]
kept = conn.execute("SELECT payload FROM value_records WHERE author_key = 'old-key'").fetchall()
backups = sorted((home / "backups").glob("lcdesk-*-before-migration-v1.db"))
assert version > 1 and kept == [('{"rate":96.0}',)] and backups, (version, kept, backups)
old = sqlite3.connect(backups[-1]).execute("PRAGMA user_version").fetchone()[0]
assert old == 1, old
print(f"  ok  schema 1 -> {version}, the old figure kept, backup {backups[-1].name} (schema {old})")
PYEOF
    data_snapshot >"$OUT/data-before.txt"  # what the uninstaller must leave alone
}

smoke_install() {
    win_folders
    INST="$LAD/Programs/lcdesk"
    DATA="$LAD/lcdesk/lcdesk"  # platformdirs user_data_dir("lcdesk", "lcdesk"): the officer's data
    local lnk="$RAD/Microsoft/Windows/Start Menu/Programs/$APP_DISPLAY_NAME.lnk"
    local version="${SETUP##*/lcdesk-}"
    version="${version%-setup.exe}"

    log "silent install: $(basename "$SETUP") /S"
    rm -rf "$INST" "$DATA"
    wrun 300 install "$WINE" "$SETUP" /S || die "installer exit status $?"
    wait_wineserver
    for f in lcdesk.exe uninstall.exe _internal/python312.dll _internal/resources/catalogs; do
        [ -e "$INST/$f" ] || die "not installed: $INST/$f"
    done
    [ -f "$lnk" ] || die "no Start-menu shortcut: $lnk"
    echo "  ok  $INST ($(du -sm "$INST" | cut -f1) MB), shortcut $(basename "$lnk")"
    expect_reg 'Software\Microsoft\Windows\CurrentVersion\Uninstall\lcdesk' DisplayVersion "$version"
    expect_reg 'Software\Microsoft\Windows\CurrentVersion\Uninstall\lcdesk' UninstallString 'uninstall.exe'
    expect_reg 'Software\Classes\.lcb' @ lcdesk.bundle
    expect_reg 'Software\Classes\.lcp' @ lcdesk.provisioning
    expect_reg 'Software\Classes\lcdesk.bundle\shell\open\command' @ 'lcdesk\lcdesk.exe" "%1"'
    expect_reg 'Software\Classes\lcdesk.provisioning\shell\open\command' @ 'lcdesk\lcdesk.exe" "%1"'
    INSTALLED_MB="$(du -sm "$INST" | cut -f1)"
    mark "install"

    log "installed app: self-check in a temp home, then in the officer's data folder"
    selfcheck installed-selfcheck "$INST/lcdesk.exe"
    selfcheck installed-selfcheck-data "$INST/lcdesk.exe" --home "$(winpath "$DATA")"
    [ -n "$(ls -A "$DATA")" ] || die "the self-check left no data in $DATA"
    data_snapshot >"$OUT/data-before.txt"
    mark "installed self-check"

    log "upgrade: the installer again over the installed copy"
    wrun 300 upgrade "$WINE" "$SETUP" /S || die "installer (upgrade) exit status $?"
    wait_wineserver
    [ -f "$INST/lcdesk.exe" ] || die "upgrade left no lcdesk.exe"
    data_snapshot | cmp -s - "$OUT/data-before.txt" || die "the upgrade changed the data folder"
    echo "  ok  data folder unchanged by the upgrade ($(wc -l <"$OUT/data-before.txt") files)"
    selfcheck upgraded-selfcheck "$INST/lcdesk.exe"
    old_database_is_migrated
    mark "upgrade"

    log "silent uninstall"
    wrun 300 uninstall "$WINE" "$INST/uninstall.exe" /S || die "uninstaller exit status $?"
    wait_wineserver  # the uninstaller re-runs itself from %TEMP%; wait for that copy too
    [ ! -e "$INST" ] || die "uninstall left $INST: $(ls -A "$INST" | head -5 | tr '\n' ' ')"
    [ ! -e "$lnk" ] || die "uninstall left the Start-menu shortcut"
    expect_no_reg 'Software\Microsoft\Windows\CurrentVersion\Uninstall\lcdesk'
    expect_no_reg 'Software\Classes\lcdesk.bundle'
    expect_no_reg 'Software\Classes\lcdesk.provisioning'
    [ -z "$(reg_value 'Software\Classes\.lcb' @)" ] || die ".lcb still associated"
    data_snapshot | cmp -s - "$OUT/data-before.txt" || die "the uninstaller touched the data folder"
    echo "  ok  program removed; data folder kept: $DATA ($(wc -l <"$OUT/data-before.txt") files)"
    mark "uninstall"
}

smoke_all() {
    log "frozen app: dist/lcdesk/lcdesk.exe --self-check"
    selfcheck dist-selfcheck "$DIST/lcdesk/lcdesk.exe"
    mark "dist self-check"
    smoke_gui
    mark "gui smoke (xvfb)"
    smoke_bench
    mark "startup bench"
    smoke_install
    echo "installed folder $INSTALLED_MB MB" | tee -a "$ART/sizes.txt"
}
