#!/bin/sh
# Draws a traced run in a real browser: runs a script with --trace=FILE.html under the
# virtual clock and screenshots the page with headless chromium (apt-get install chromium).
# Usage: scripts/trace_screenshot.sh SCRIPT.as OUT.png   (from the repository root)
set -eu
script=${1:-scripts/seeds/seed003_gather_factorial.as}
out=${2:-docs/trace.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/asyncscript" ./cmd/asyncscript
"$tmp/asyncscript" --clock=virtual --trace="$tmp/trace.html" "$script" >/dev/null
# The page must need nothing from the network: no external scripts, styles or images.
if grep -Eq '(src|href)="(https?:)?//' "$tmp/trace.html"; then
	echo "trace page refers to the network" >&2
	exit 1
fi
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/profile" --screenshot="$out" --window-size=1200,600 \
	"file://$tmp/trace.html" 2>/dev/null
test -s "$out"
echo "wrote $out"
