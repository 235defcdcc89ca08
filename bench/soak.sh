#!/usr/bin/env bash
# soak.sh — peak RSS and wall time of the soak benchmarks (bench/soak/*.as) under asyncscript
# and CPython, each at its default size N and at 2N: a leak shows as RSS growing with N.
set -euo pipefail

usage() {
	cat <<'USAGE'
usage: bench/soak.sh [-s SCALE] [-o as|py|both] [FILE.as ...]

Run each soak script (default: every bench/soak/*.as) with N = SCALE x its default size and
with 2N, under asyncscript and CPython, and print one line per run: file, N, interpreter,
peak RSS (KB, /usr/bin/time -f %M), wall time (s). Both interpreters must print the same
stdout. The scripts are valid Python; each takes N as its first argument.

  -s SCALE  fraction or multiple of the default sizes (default 1)
  -o WHICH  run only asyncscript (as), only CPython (py), or both (default)

ASYNCSCRIPT and PYTHON choose the interpreters as for compare.sh.
USAGE
}

scale=1
only=both
files=()
while (($#)); do
	case "$1" in
	-s) scale=$2; shift ;;
	-o) only=$2; shift ;;
	-h | --help) usage; exit 0 ;;
	-*) echo "soak.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
	*) files+=("$1") ;;
	esac
	shift
done

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)
((${#files[@]})) || files=("$bench_dir"/soak/*.as)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prog=soak.sh
# shellcheck source=interpreters.sh
. "$bench_dir/interpreters.sh"

status=0
for f in "${files[@]}"; do
	# The default size is the script's own: `N = ... else 10_000_000`.
	default=$(grep -o 'else [0-9_]*$' "$f" | head -n 1 | tr -d 'else _')
	n=$(awk -v d="$default" -v s="$scale" 'BEGIN { printf "%d", d * s }')
	for size in "$n" $((2 * n)); do
		outs=()
		for which in as py; do
			[[ $only == both || $only == "$which" ]] || continue
			if [[ $which == as ]]; then cmd=("${as_cmd[@]}"); else cmd=("${py_cmd[@]}"); fi
			if ! /usr/bin/time -f '%M %e' -o "$tmp/rss" "${cmd[@]}" "$f" "$size" >"$tmp/$which.out" 2>/dev/null; then
				echo "soak.sh: $which failed on $f $size" >&2
				status=1
			fi
			read -r kb secs <"$tmp/rss"
			printf '%-22s %10d  %-11s %9s KB %8s s\n' "$(basename "$f")" "$size" \
				"$([[ $which == as ]] && echo asyncscript || echo cpython)" "$kb" "$secs"
			outs+=("$tmp/$which.out")
		done
		if ((${#outs[@]} == 2)) && ! cmp -s "${outs[@]}"; then
			echo "soak.sh: asyncscript and CPython print different stdout for $f $size" >&2
			status=1
		fi
	done
done
exit "$status"
