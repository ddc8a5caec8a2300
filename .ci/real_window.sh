#!/usr/bin/env bash
# The installed app in real windows (Xvfb + xcb), as a lecturer meets it on a projector.
#
# At 1280x720 (starting in Chinese) and at 1920x1080 (starting in English) screens: the app
# starts, is fitted to the screen (what a window manager's maximise does; Xvfb has none),
# every lesson is chosen with the Down key in the lesson list and photographed, then zoom in
# (Ctrl+= twice), full screen (F11, twice), theme Dark and the other language from the View
# menu by keyboard, and Ctrl+Q. The settings file it wrote must say exactly that. Offscreen
# tests hide what only a real platform shows; this is their smoke test, a minute or two.
#
# Usage: .ci/real_window.sh [APP] [OUT_DIR]
#   APP      the installed app's command (default: tensorviz on PATH)
#   OUT_DIR  screenshots, settings and logs (default: a new temporary folder)
# Needs Xvfb, xdotool and ImageMagick's import (.ci/run installs them with apt).
set -euo pipefail

app=$(command -v "${1:-tensorviz}") || { echo "real_window: no ${1:-tensorviz}" >&2; exit 1; }
out=${2:-$(mktemp -d)}
settle=${TENSORVIZ_SETTLE:-1.5}  # seconds for a lesson's first result before its photo
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || {
        echo "real_window: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2
        exit 1
    }
done
# The lesson keys, from the installed package itself (the python beside its command).
python=$(dirname "$app")/python
[ -x "$python" ] || python=python3
read -r -a keys < <("$python" -c \
    'from tensorviz.ui import lessons; print(" ".join(i.key for i in lessons.available()))')
[ "${#keys[@]}" -ge 1 ] || { echo "real_window: no lessons" >&2; exit 1; }
mkdir -p "$out"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
fail() { echo "real_window: $*" >&2; exit 1; }

xvfb_pid="" app_pid=""
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

start_x() {  # $1 = WIDTHxHEIGHT; sets DISPLAY. A free display number, never a fixed :99
    : >"$dir/display"
    Xvfb -displayfd 3 -screen 0 "${1}x24" -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$dir/display" ] && break
        sleep 0.1
    done
    [ -s "$dir/display" ] || fail "Xvfb did not start (see $dir/xvfb.log)"
    export DISPLAY=":$(head -n1 "$dir/display")"
}

title() { xdotool getwindowname "$wid"; }

wait_title_change() {  # $1 = the old title; waits up to 60 s for another
    for _ in $(seq 600); do
        [ "$(title)" != "$1" ] && return 0
        sleep 0.1
    done
    fail "the window title stayed '$1'"
}

photo() {  # $1 = file name; a blank screen compresses to a few KB
    import -window root "$dir/$1"
    [ "$(stat -c %s "$dir/$1")" -gt 20000 ] || fail "$dir/$1 looks blank"
}

screen_sum() { import -window root ppm:- | md5sum; }  # the pixels only, no time stamps

wait_screen_change() {  # $1 = screen_sum before, $2 = what was done; up to 30 s
    for _ in $(seq 150); do
        [ "$(screen_sum)" != "$1" ] && return 0
        sleep 0.2
    done
    fail "the screen did not change after $2"
}

keys_to_app() {  # with no keys, just give the window the keyboard focus
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    [ "$#" -eq 0 ] || xdotool key --delay 150 "$@"
}

run_at() {  # $1 = WIDTHxHEIGHT, $2 = the language to start in, $3 = the one to switch to
    local size=$1 lang=$2 other=$3 t0 t old slowest="" worst=0
    dir="$out/$size"
    mkdir -p "$dir"
    start_x "$size"
    export TENSORVIZ_SETTINGS="$dir/settings.ini"
    rm -f "$TENSORVIZ_SETTINGS"
    t0=$(now)
    QT_QPA_PLATFORM=xcb "$app" --lang "$lang" --theme light >"$dir/app.log" 2>&1 &
    app_pid=$!
    wid=$(timeout 120 xdotool search --sync --onlyvisible --name 'tensorviz$' | head -n1) ||
        fail "no window within 120 s (see $dir/app.log)"
    local visible
    visible=$(since "$t0")
    sleep "$settle"
    photo "00-as-opened.png"
    xdotool windowmove --sync "$wid" 0 0 windowsize --sync "$wid" "${size%x*}" "${size#*x}"
    keys_to_app  # focus only: the lesson list has the keyboard focus at start

    t=$(now)
    sleep "$settle"
    photo "01-${keys[0]}.png"
    for i in $(seq 1 $((${#keys[@]} - 1))); do
        local step
        step=$(now)
        old=$(title)
        keys_to_app Down
        wait_title_change "$old"
        local took
        took=$(since "$step")
        if awk -v a="$took" -v b="$worst" 'BEGIN { exit !(a > b) }'; then
            worst=$took slowest=${keys[$i]}
        fi
        sleep "$settle"
        photo "$(printf '%02d' $((i + 1)))-${keys[$i]}.png"
    done
    local walk
    walk=$(since "$t")

    t=$(now)
    local before zoomed themed
    before=$(screen_sum)
    keys_to_app ctrl+equal ctrl+equal
    wait_screen_change "$before" "Ctrl+="
    zoomed=$(since "$t")
    sleep "$settle"
    photo "zoom-120.png"
    keys_to_app F11  # no window manager: the window may already fill the screen
    sleep "$settle"
    photo "full-screen.png"
    keys_to_app F11
    sleep "$settle"
    # View menu: its last entries are Theme (Follow the system, Light, Dark, High contrast)
    # and Language (中文（简体）, English); a menu opened by keyboard highlights its first.
    local step
    step=$(now)
    before=$(screen_sum)
    keys_to_app alt+v Up Up Right Down Down Return
    wait_screen_change "$before" "View > Theme > Dark"
    themed=$(since "$step")
    sleep "$settle"
    photo "theme-dark.png"
    old=$(title)
    if [ "$other" = zh_CN ]; then
        keys_to_app alt+v Up Right Return
    else
        keys_to_app alt+v Up Right Down Return
    fi
    wait_title_change "$old"
    sleep "$settle"
    photo "language-$other.png"
    local acts
    acts=$(since "$t")

    t=$(now)
    keys_to_app ctrl+q
    local rc=0
    for _ in $(seq 600); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$app_pid" 2>/dev/null && fail "still running 60 s after Ctrl+Q"
    wait "$app_pid" || rc=$?
    app_pid=""
    local quit
    quit=$(since "$t")
    [ "$rc" -eq 0 ] || fail "exit status $rc after Ctrl+Q (see $dir/app.log)"
    kill "$xvfb_pid" && wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""

    [ -s "$TENSORVIZ_SETTINGS" ] || fail "no settings written to $TENSORVIZ_SETTINGS"
    for want in "zoom=120" "theme=dark" "language=$other" "lesson=${keys[-1]}"; do
        grep -qx "$want" "$TENSORVIZ_SETTINGS" ||
            fail "settings lack $want: $(cat "$TENSORVIZ_SETTINGS")"
    done
    grep -q "^geometry=" "$TENSORVIZ_SETTINGS" || fail "settings lack the window geometry"
    echo "real window $size ($lang -> $other): visible after ${visible} s;" \
        "${#keys[@]} lessons in ${walk} s (slowest switch: $slowest ${worst} s);" \
        "zoom, full screen, theme and language by keyboard in ${acts} s (zoom shown in" \
        "${zoomed} s, theme in ${themed} s, keys included); quit in ${quit} s;" \
        "total $(since "$t0") s"
}

start=$(now)
run_at 1280x720 zh_CN en
run_at 1920x1080 en zh_CN
echo "real windows: screenshots and settings in $out; $(since "$start") s in all"
