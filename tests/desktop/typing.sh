#!/usr/bin/env bash
# Fast typing into the real desktop window (the webview-and-Rust architecture the phones run),
# with both CPU cores kept busy: a robot types, at 15 ms a key, a 39-letter name and a partner's
# name into first run, then 300 characters into each text of the check-in (the question's
# answer, what I appreciated, a need, good news), moving only with the keyboard as a person
# with a hardware keyboard would, and the database must hold every letter. Before the text
# fields were the person's own (`initial_value`), this lost letters ("Mare Fernaa Fuenoto").
# Needs Xvfb and xdotool; `.ci/run` installs them. Alone: `bash tests/desktop/typing.sh`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
cd "$root"
app="$CARGO_TARGET_DIR/debug/attune-app"
# In CI the test command has just built the app (`cargo test --workspace` builds the binary for
# the app's integration tests, with the workspace's features); building it alone here would
# resolve other features and compile the app again (5 minutes on a new machine). Alone: built.
if [ -z "${ATTUNE_APP_BUILT:-}" ] || [ ! -x "$app" ]; then
  cargo build --locked -q -p attune-app
fi

work=$(mktemp -d)
display=":$((90 + RANDOM % 9))"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

Xvfb "$display" -screen 0 600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 20); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.5; done

# Both cores busy for the whole run, as on a phone doing something else.
for _ in 1 2; do (while :; do :; done) & pids+=($!); done

XDG_DATA_HOME="$work" ATTUNE_LANG=en "$app" >"$work/app.log" 2>&1 &
pids+=($!)
# Wait for the window; a window that comes and goes meanwhile makes one search fail with an X
# error (BadWindow), so search again rather than stop there.
window=""
for _ in $(seq 90); do
  window=$(xdotool search --onlyvisible --name '^Attune$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "no Attune window appeared"; cat "$work/app.log"; exit 1; }
# The first screen renders and focuses the name field; give it time under load.
sleep 12
xdotool windowfocus --sync "$window" 2>/dev/null || true

name='Maria Fernanda Fuentes Ortiz de la Vega'
partner='Samuel Okonkwo-Adebayo'
xdotool type --delay 15 "$name"
xdotool key Tab
xdotool type --delay 15 "$partner"
xdotool key Return
sleep 8
mkdir -p "$root/tests/desktop/artifacts"
shot() { import -window root "$root/tests/desktop/artifacts/$1.png" 2>/dev/null || true; }
shot today
# Today: the first stops are "I need a pause", then "Check in".
xdotool key Tab Tab Return
sleep 6
shot check-in
# Six rows of five ratings: 4 in each, then the texts.
for _ in 1 2 3 4 5 6; do xdotool key Tab Tab Tab Tab space; sleep 1; xdotool key Tab; done
long() { printf '%s: %s' "$1" "$(printf 'thank you for making coffee this morning before work, and for the note. %.0s' 1 2 3 4 5)" | cut -c1-300; }
texts=()
for field in answer thanks need news; do
  xdotool key Tab
  text=$(long "$field")
  texts+=("$text")
  xdotool type --delay 15 "$text"
done
shot typed
xdotool key Tab
sleep 2
xdotool key Return
sleep 8
shot saved

python3 - "$work/Attune/attune.sqlite3" "$name" "$partner" "${texts[@]}" <<'PY'
import json, sqlite3, sys
db, name, partner, answer, thanks, need, news = sys.argv[1:]
conn = sqlite3.connect(db)
me = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'me'").fetchone()[0])
body = conn.execute("SELECT body FROM entries WHERE id = ?", (me,)).fetchone()
stored = json.loads(body[0])["data"]["name"] if body else None
row = conn.execute("SELECT value FROM settings WHERE key = 'partner_name'").fetchone()
stored_partner = json.loads(row[0]) if row else None
print(f"typed {name!r} and {partner!r}; stored {stored!r} and {stored_partner!r}")
assert stored == name, "letters of the name were lost"
assert stored_partner == partner, "letters of the partner's name were lost"
check_in = conn.execute("SELECT body FROM entries WHERE kind = 'check_in' AND author = ?", (me,)).fetchone()
assert check_in, "the check-in was saved"
data = json.loads(check_in[0])["data"]
answered = conn.execute("SELECT body FROM entries WHERE kind = 'answer' AND author = ?", (me,)).fetchone()
for what, typed, stored in [("answer", answer, json.loads(answered[0])["data"]["text"] if answered else None),
                            ("appreciation", thanks, data.get("appreciation")), ("need", need, data.get("need")),
                            ("good news", news, data.get("good_news"))]:
    assert stored == typed.strip(), f"letters of the {what} were lost: {stored!r}"
print("2 passed, 0 failed")
PY
