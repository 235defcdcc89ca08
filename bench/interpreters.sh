# interpreters.sh — sourced by compare.sh and soak.sh: sets as_cmd (the asyncscript command,
# from $ASYNCSCRIPT or built from this checkout into $tmp) and py_cmd (the real CPython binary,
# from $PYTHON or sys.executable of python3). Needs $tmp, $repo and $prog (for messages).
if [[ -n "${ASYNCSCRIPT:-}" ]]; then
	read -r -a as_cmd <<<"$ASYNCSCRIPT"
else
	if ! command -v go >/dev/null 2>&1; then
		echo "$prog: go not found; set ASYNCSCRIPT to the command that runs a script" >&2
		exit 1
	fi
	echo "building ./cmd/asyncscript ..." >&2
	if ! (cd "$repo" && go build -o "$tmp/asyncscript" ./cmd/asyncscript); then
		echo "$prog: go build ./cmd/asyncscript failed; set ASYNCSCRIPT to run a prebuilt binary" >&2
		exit 1
	fi
	as_cmd=("$tmp/asyncscript" run)
fi

py=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
if [[ ! -x "$py" ]]; then
	echo "$prog: CPython binary not executable: $py" >&2
	exit 1
fi
py_cmd=("$py")

