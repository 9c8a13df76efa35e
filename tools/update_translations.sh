#!/bin/sh
# Re-extract the interface strings into resources/i18n/lcdesk_<lang>.ts and compile the .qm.
# Source strings are Vietnamese; translate the new entries in the .ts (Qt Linguist or a text
# editor: fill <translation>, drop type="unfinished"), then run this again to compile.
# tests/ui/test_i18n.py fails while any string is untranslated or a file is stale.
# PYTHON selects the interpreter whose PySide6 provides lupdate/lrelease (default python3).
set -eu
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
qt_tool() {  # qt_tool lupdate|lrelease ARGS...: the tool shipped inside the PySide6 wheel
    tool="$1"; shift
    "$PY" -c "import sys; from PySide6.scripts import pyside_tool; getattr(pyside_tool, sys.argv.pop(1))()" "$tool" "$@"
}
for lang in en; do
    ts="resources/i18n/lcdesk_${lang}.ts"
    qt_tool lupdate -silent -no-obsolete -locations none \
        -source-language vi_VN -target-language "$lang" \
        $(find lcdesk/ui -name "*.py" | sort) -ts "$ts"
    qt_tool lrelease -silent "$ts" -qm "resources/i18n/lcdesk_${lang}.qm"
done
# Qt's own strings (context menus, dialog buttons, file dialogs) in Vietnamese: PySide6 ships
# no qtbase_vi.qm, so resources/i18n/qt_vi.ts is ours, written by hand (not extracted).
qt_tool lrelease -silent resources/i18n/qt_vi.ts -qm resources/i18n/qt_vi.qm
