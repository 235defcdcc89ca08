#!/usr/bin/env bash
# compare.sh — time asyncscript against CPython 3.11 on the bench/*.as programs.
#
# Each file is run once per interpreter untimed (to check that both print the same stdout and to
# warm the file cache), then N times each, alternating asyncscript / CPython, measuring the wall
# time of the whole process. The table shows the median of each and the ratio
# asyncscript / CPython (below 1 means asyncscript is faster).
set -euo pipefail

usage() {
	cat <<'EOF'
usage: bench/compare.sh [-n N] [--mem] [FILE.as ...]

Run each benchmark (default: every bench/*.as) under asyncscript and under the real CPython
binary, alternating A B A B, N times each, and print the median wall time of each process.

  -n N      runs per interpreter and file (default 5)
  --mem     also print the peak RSS of each interpreter (one extra run each, /usr/bin/time)
  -h        this help

Environment:
  ASYNCSCRIPT  command that runs a script, e.g. "/path/to/asyncscript run" (the script path is
               appended). Default: build ./cmd/asyncscript with go into a temporary directory
               and use "<tmp>/asyncscript run".
  PYTHON       CPython binary (default: sys.executable of python3 — the python3 on PATH may be
               a slow wrapper script, so it is resolved to the real binary).

Exit status: 0 on success; 1 if a run fails or the two interpreters print different stdout;
2 on a usage error.
EOF
}

runs=5
mem=0
files=()
while (($#)); do
	case "$1" in
	-n)
		if (($# < 2)); then
			echo "compare.sh: -n needs a value" >&2
			usage >&2
			exit 2
		fi
		runs=$2
		shift
		;;
	-n*) runs=${1#-n} ;;
	--mem) mem=1 ;;
	-h | --help) usage; exit 0 ;;
	--) shift; files+=("$@"); break ;;
	-*) echo "compare.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
	*) files+=("$1") ;;
	esac
	shift
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
	echo "compare.sh: -n must be a positive integer, got '$runs'" >&2
	exit 2
fi

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$bench_dir/.." && pwd)

if ((${#files[@]} == 0)); then
	shopt -s nullglob
	files=("$bench_dir"/*.as)
	shopt -u nullglob
	if ((${#files[@]} == 0)); then
		echo "compare.sh: no .as files in $bench_dir" >&2
		exit 1
	fi
fi
for f in "${files[@]}"; do
	if [[ ! -f "$f" ]]; then
		echo "compare.sh: no such file: $f" >&2
		exit 2
	fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- the two commands -------------------------------------------------------------------------
prog=compare.sh
# shellcheck source=interpreters.sh
. "$bench_dir/interpreters.sh"

time_bin=""
if ((mem)); then
	if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then
		time_bin=/usr/bin/time
	else
		echo "compare.sh: /usr/bin/time (GNU, with -f %M) not available: skipping the peak RSS columns" >&2
		mem=0
	fi
fi

echo "asyncscript: ${as_cmd[*]}" >&2
echo "cpython:     ${py_cmd[*]} ($("$py" -c 'import sys; print(sys.version.split()[0])'))" >&2
echo "runs:        $runs each, alternating" >&2

# --- helpers ----------------------------------------------------------------------------------
# now_us: wall clock in microseconds.
if [[ -n "${EPOCHREALTIME:-}" ]]; then
	now_us() { local t=${EPOCHREALTIME//[!0-9]/}; echo $((10#$t)); }
else
	now_us() { local t; t=$(date +%s%N); echo $((10#$t / 1000)); }
fi

failed=0

# run_once OUTFILE ERRFILE CMD...: runs CMD, prints its wall time in microseconds; returns its
# exit status.
run_once() {
	local out=$1 err=$2 start end rc=0
	shift 2
	start=$(now_us)
	"$@" >"$out" 2>"$err" </dev/null || rc=$?
	end=$(now_us)
	echo $((end - start))
	return "$rc"
}

# median of the numbers given as arguments (microseconds in, milliseconds out, 1 decimal).
median_ms() {
	printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
		if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.1f", m / 1000 }'
}

report_failure() { # LABEL FILE ERRFILE RC
	echo "compare.sh: $1 failed on $2 (exit status $4); stderr:" >&2
	sed 's/^/    /' "$3" | tail -n 20 >&2
	failed=1
}

peak_rss() { # CMD... : prints peak RSS in KB, or "-" on failure
	if "$time_bin" -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1 </dev/null; then
		tail -n 1 "$tmp/rss"
	else
		echo "-"
	fi
}

# --- main loop --------------------------------------------------------------------------------
rows=()
for f in "${files[@]}"; do
	abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
	name=${abs#"$repo"/}
	echo "== $name" >&2

	# Correctness / warm-up run.
	rc=0
	run_once "$tmp/as.out" "$tmp/as.err" "${as_cmd[@]}" "$abs" >/dev/null || rc=$?
	if ((rc)); then report_failure asyncscript "$name" "$tmp/as.err" "$rc"; rows+=("$name|FAIL|-|-|-|-"); continue; fi
	rc=0
	run_once "$tmp/py.out" "$tmp/py.err" "${py_cmd[@]}" "$abs" >/dev/null || rc=$?
	if ((rc)); then report_failure CPython "$name" "$tmp/py.err" "$rc"; rows+=("$name|-|FAIL|-|-|-"); continue; fi
	same="yes"
	if ! cmp -s "$tmp/as.out" "$tmp/py.out"; then
		same="NO"
		failed=1
		{
			echo
			echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
			echo "!!! WARNING: $name: asyncscript and CPython print DIFFERENT stdout"
			echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
			diff "$tmp/py.out" "$tmp/as.out" | head -n 20 | sed 's/^/    /' || true
			echo "    (< CPython, > asyncscript)"
			echo
		} >&2
	fi

	as_times=()
	py_times=()
	for ((k = 1; k <= runs; k++)); do
		rc=0
		t=$(run_once "$tmp/as.run" "$tmp/as.err" "${as_cmd[@]}" "$abs") || rc=$?
		if ((rc)); then report_failure asyncscript "$name" "$tmp/as.err" "$rc"; break; fi
		as_times+=("$t")
		rc=0
		t=$(run_once "$tmp/py.run" "$tmp/py.err" "${py_cmd[@]}" "$abs") || rc=$?
		if ((rc)); then report_failure CPython "$name" "$tmp/py.err" "$rc"; break; fi
		py_times+=("$t")
		echo "   run $k: asyncscript $((as_times[-1] / 1000)) ms, CPython $((py_times[-1] / 1000)) ms" >&2
	done
	if ((${#as_times[@]} != runs || ${#py_times[@]} != runs)); then
		rows+=("$name|FAIL|FAIL|-|-|-")
		continue
	fi
	as_med=$(median_ms "${as_times[@]}")
	py_med=$(median_ms "${py_times[@]}")
	ratio=$(awk -v a="$as_med" -v b="$py_med" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
	if [[ "$same" != yes ]]; then
		ratio="$ratio(!)"
	fi
	as_rss="-" py_rss="-"
	if ((mem)); then
		as_rss=$(peak_rss "${as_cmd[@]}" "$abs")
		py_rss=$(peak_rss "${py_cmd[@]}" "$abs")
	fi
	rows+=("$name|$as_med|$py_med|$ratio|$as_rss|$py_rss")
done

# --- table ------------------------------------------------------------------------------------
echo
if ((mem)); then
	printf '%-22s %16s %13s %10s %16s %13s\n' file "asyncscript(ms)" "cpython(ms)" ratio "asyncscript(KB)" "cpython(KB)"
else
	printf '%-22s %16s %13s %10s\n' file "asyncscript(ms)" "cpython(ms)" ratio
fi
for row in "${rows[@]}"; do
	IFS='|' read -r n a p r ar pr <<<"$row"
	if ((mem)); then
		printf '%-22s %16s %13s %10s %16s %13s\n' "$n" "$a" "$p" "$r" "$ar" "$pr"
	else
		printf '%-22s %16s %13s %10s\n' "$n" "$a" "$p" "$r"
	fi
done
echo "ratio = asyncscript median / CPython median; (!) marks differing stdout"

if ((failed)); then
	echo "compare.sh: FAILED (see warnings above)" >&2
	exit 1
fi
