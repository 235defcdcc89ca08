#!/usr/bin/env bash
# regen.sh — regenerate the expected output of golden scripts from CPython 3.11.
#
# For every NAME.as under the given paths (default: the lang/ directory next to this script;
# in a multi-file test, a directory holding main.as, only main.as):
#   NAME.out  := exact stdout of `python3 NAME.as`, run from the script's own directory
#   NAME.err  := the last non-empty line of stderr, only when the script exits non-zero
#                (an uncaught exception or a SyntaxError) and printed something there;
#                a stale NAME.err is removed otherwise.
#   NAME.rc   := the exit status, only when it differs from the default the golden runner
#                assumes (1 when NAME.err exists, else 0): sys.exit(3), a silent sys.exit(1), ...;
#                a stale NAME.rc is removed otherwise.
# Scripts whose first line starts with `# asyncscript-only:` are skipped (CPython cannot run them;
# their .out/.err are maintained by hand).
#
# Every script is run twice, with different random str hash seeds; if the two runs disagree the
# script is not deterministic (e.g. it prints a set of strings) and regen.sh fails.
#
# With --check nothing is written: the fresh output is compared with the existing files and any
# difference is reported (exit status 1).
set -euo pipefail

usage() {
	cat >&2 <<'EOF'
usage: scripts/regen.sh [--check] [PATH...]

Regenerate NAME.out / NAME.err / NAME.rc for every NAME.as under PATH (a directory or a single .as file;
default: scripts/lang) by running the real CPython 3.11 binary.

  --check   do not write anything; report files whose expected output is stale (exit 1 if any)
  -h        this help

Environment: PYTHON overrides the CPython binary (default: sys.executable of python3).
EOF
}

check=0
paths=()
while (($#)); do
	case "$1" in
	--check) check=1 ;;
	-h | --help) usage; exit 0 ;;
	--) shift; paths+=("$@"); break ;;
	-*) echo "regen.sh: unknown option: $1" >&2; usage; exit 2 ;;
	*) paths+=("$1") ;;
	esac
	shift
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ((${#paths[@]} == 0)); then
	paths=("$here/lang")
fi

# The python3 on PATH may be a slow shim; resolve the real interpreter once.
py=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [[ "$ver" != "3.11" ]]; then
	echo "regen.sh: $py is Python $ver, need 3.11" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1

# run_py DIR FILE OUT ERR SEED: run FILE inside DIR; prints the exit status.
run_py() {
	local dir=$1 file=$2 out=$3 err=$4 seed=$5 rc=0
	local -a cmd=(env -u PYTHONPATH -u PYTHONSTARTUP -u PYTHONWARNINGS -u PYTHONOPTIMIZE
		PYTHONHASHSEED="$seed" PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
		"$py" "$file")
	if ((have_timeout)); then
		cmd=(timeout 120 "${cmd[@]}")
	fi
	(cd "$dir" && "${cmd[@]}" >"$out" 2>"$err" </dev/null) || rc=$?
	echo "$rc"
}

# module_of_test FILE ROOT: succeeds when FILE is a module of a multi-file test under ROOT
# (a directory holding main.as, whose other .as files are imported, not run).
module_of_test() {
	local f=$1 root=$2 d
	d=$(dirname "$f")
	while :; do
		if [[ -f "$d/main.as" && "$f" != "$d/main.as" ]]; then
			return 0
		fi
		[[ "$d" == "$root" || "$d" == "." || "$d" == "/" ]] && return 1
		d=$(dirname "$d")
	done
}

files=()
for p in "${paths[@]}"; do
	if [[ -d "$p" ]]; then
		while IFS= read -r -d '' f; do
			module_of_test "$f" "$p" || files+=("$f")
		done < <(find "$p" -type f -name '*.as' -print0 | sort -z)
	elif [[ -f "$p" && "$p" == *.as ]]; then
		files+=("$p")
	else
		echo "regen.sh: not a directory or .as file: $p" >&2
		exit 2
	fi
done
if ((${#files[@]} == 0)); then
	echo "regen.sh: no .as files under ${paths[*]}" >&2
	exit 1
fi

# want_file PATH KEEP CONTENT: with --check report PATH when it differs from CONTENT (or
# exists while KEEP is 0); otherwise write CONTENT to PATH, or remove PATH when KEEP is 0.
want_file() {
	local path=$1 keep=$2 content=$3
	if ((check)); then
		if ((keep)); then
			if ! cmp -s "$content" "$path" 2>/dev/null; then
				echo "STALE $path" >&2
				stale=$((stale + 1))
			fi
		elif [[ -e "$path" ]]; then
			echo "STALE $path (no longer needed)" >&2
			stale=$((stale + 1))
		fi
	elif ((keep)); then
		cp "$content" "$path"
	else
		rm -f "$path"
	fi
}

n=0 skipped=0 failed=0 stale=0
for f in "${files[@]}"; do
	if head -n1 "$f" | grep -q '^# asyncscript-only:'; then
		skipped=$((skipped + 1))
		continue
	fi
	dir=$(dirname "$f")
	base=$(basename "$f" .as)
	rc1=$(run_py "$dir" "$base.as" "$tmp/out1" "$tmp/err1" 1)
	rc2=$(run_py "$dir" "$base.as" "$tmp/out2" "$tmp/err2" 4242)
	if [[ "$rc1" != "$rc2" ]] || ! cmp -s "$tmp/out1" "$tmp/out2"; then
		echo "FAIL $f: output differs between two runs (hash-order or time dependent?)" >&2
		failed=$((failed + 1))
		continue
	fi
	if ((have_timeout)) && [[ "$rc1" == 124 ]]; then
		echo "FAIL $f: python did not finish within 120 s" >&2
		failed=$((failed + 1))
		continue
	fi
	# Last non-empty line of stderr, only for a failing run; the exit status is recorded in
	# NAME.rc only when it is not the default implied by NAME.err (1 with it, 0 without).
	: >"$tmp/errline"
	if [[ "$rc1" != 0 ]]; then
		awk 'NF { last = $0 } END { if (last != "") print last }' "$tmp/err1" >"$tmp/errline"
	fi
	default_rc=0
	[[ -s "$tmp/errline" ]] && default_rc=1
	out="$dir/$base.out" err="$dir/$base.err" rcfile="$dir/$base.rc"
	echo "$rc1" >"$tmp/rc"
	keep_err=0 keep_rc=0
	[[ -s "$tmp/errline" ]] && keep_err=1
	[[ "$rc1" != "$default_rc" ]] && keep_rc=1
	want_file "$out" 1 "$tmp/out1"
	want_file "$err" "$keep_err" "$tmp/errline"
	want_file "$rcfile" "$keep_rc" "$tmp/rc"
	n=$((n + 1))
done

if ((check)); then
	echo "regen.sh: checked $n scripts, $skipped skipped (asyncscript-only), $stale stale, $failed failed" >&2
else
	echo "regen.sh: regenerated $n scripts, $skipped skipped (asyncscript-only), $failed failed" >&2
fi
((failed == 0 && stale == 0))
