#!/usr/bin/env bash
# Run under Xvfb by smoke.sh:  gui_shot.sh EXE HOME_WINPATH SHOT.png LOGFILE
# Starts the Windows app under Wine, waits until it shows a titled window (>= 300x200, X class
# "lcdesk.exe", not a Qt helper window), screenshots the screen, checks the picture is not blank, and stops the app.
# Prints "window after N.Ns: <title>" (the cold start to a visible window under Wine).
set -euo pipefail
exe="$1" home="$2" shot="$3" log="$4"
CONVERT=/usr/bin/convert

start=$(date +%s.%N)
timeout --kill-after=10 120 wine "$exe" --home "$home" </dev/null > >(cat >>"$log") 2>&1 &
app=$!

found=""
for _ in $(seq 1 900); do  # up to 90 s
    if ! kill -0 "$app" 2>/dev/null; then
        echo "gui_shot: the app exited before showing a window (see $log)" >&2
        exit 1
    fi
    # A named top-level window of lcdesk.exe, at least 300x200, not one of Qt's helper windows.
    found="$(xwininfo -root -tree 2>/dev/null | grep -E '^ *0x[0-9a-f]+ ".*": \("lcdesk.exe"' |
        grep -vE '"(Qt[A-Za-z]*Window|_q_[a-z]*|Default IME)"' |
        awk '{ if (match($0, /[0-9]+x[0-9]+\+/)) { g = substr($0, RSTART, RLENGTH - 1); split(g, d, "x");
               if (d[1] >= 300 && d[2] >= 200) { print; exit } } }')" || true
    [ -n "$found" ] && break
    sleep 0.1
done
if [ -z "$found" ]; then
    kill "$app" 2>/dev/null || true
    echo "gui_shot: no lcdesk window within 90 s" >&2
    exit 1
fi
shown=$(date +%s.%N)
title="$(printf '%s' "$found" | sed -E 's/^ *0x[0-9a-f]+ "//; s/": \(.*//')"
printf 'window after %ss: "%s"\n' "$(awk "BEGIN { printf \"%.1f\", $shown - $start }")" "$title"

sleep 4  # let Qt finish painting (fonts, layout) before the picture
xwd -root -silent | "$CONVERT" xwd:- png:"$shot"
colours=$("$CONVERT" "$shot" -format '%k' info:)
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
if [ "$colours" -lt 16 ]; then
    echo "gui_shot: the screenshot is nearly blank ($colours colours)" >&2
    exit 1
fi
echo "screenshot: $shot ($colours colours)"
