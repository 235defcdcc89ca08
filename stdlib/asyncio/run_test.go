package asyncio_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/internal/testutil"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/vm"
)

// runScript runs src as __main__ on a fresh interpreter writing to stdout and stderr,
// prepared by setup, and returns how it ended.
func runScript(t *testing.T, src string, stdout, stderr io.Writer, setup func(in *vm.Interp)) error {
	t.Helper()
	mod, err := parser.Parse("t.as", []byte(src))
	require.NoError(t, err)
	code, err := compiler.Compile(mod)
	require.NoError(t, err)
	in := stdlib.New(stdout, stderr)
	in.AddSource("t.as", []byte(src)) // tracebacks show source lines, as the CLI's do
	setup(in)
	_, main := in.Load(code, "__main__")
	err = stdlib.RunMain(in, main)
	in.Flush()
	return err
}

// run executes a script on a fresh interpreter with the given clock and returns its output.
func run(t *testing.T, src string, clock vm.Clock) string {
	t.Helper()
	out, errOut, err := runErr(t, src, clock)
	require.NoError(t, err, errOut)
	return out
}

// runErr executes a script that may fail: its stdout, its stderr and how it ended.
func runErr(t *testing.T, src string, clock vm.Clock) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = runScript(t, src, &out, &errOut, func(in *vm.Interp) { in.Clock = clock })
	return out.String(), errOut.String(), err
}

// runWith runs a script on the real clock and an interpreter prepared by setup, with
// stdout and stderr going to one buffer so their order shows.
func runWith(t *testing.T, src string, setup func(in *vm.Interp)) string {
	t.Helper()
	var both testutil.SyncBuffer
	err := runScript(t, src, &both, &both, func(in *vm.Interp) {
		in.Clock = vm.NewRealClock()
		setup(in)
	})
	require.NoError(t, err, both.String())
	return both.String()
}
