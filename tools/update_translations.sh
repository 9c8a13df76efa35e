#!/bin/sh
# Re-extract the interface strings into resources/i18n/lcdesk_<lang>.ts and compile the .qm.
# Source strings are Vietnamese; translate the new entries in the .ts (Qt Linguist or a text
# editor: fill <translation>, drop type="unfinished"), then run this again to compile.
# tests/ui/test_i18n.py fails while any string is untranslated or the .ts is stale.
set -eu
cd "$(dirname "$0")/.."
for lang in en; do
    ts="resources/i18n/lcdesk_${lang}.ts"
    pyside6-lupdate -silent -no-obsolete -locations none \
        -source-language vi_VN -target-language "$lang" \
        lcdesk/ui/*.py -ts "$ts"
    pyside6-lrelease -silent "$ts" -qm "resources/i18n/lcdesk_${lang}.qm"
done
