package asyncscript_test

import (
	"context"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Run leaves the atexit functions registered (a later Run may follow); Exit runs them, last
// registered first, reports one that raises and runs the rest, and runs each only once.
func TestExitRunsAtexitFunctionsOnce(t *testing.T) {
	it, out := newInterp(asyncscript.Options{})
	ctx := context.Background()
	require.NoError(t, it.Run(ctx, "main.as", `
import atexit
def broken():
    raise ValueError("no")
atexit.register(print, "registered first")
atexit.register(broken)
print("main")
`))
	require.NoError(t, it.Run(ctx, "second.as", `atexit.register(print, "registered by the second run")`))
	assert.Equal(t, "main\n", out.String())
	it.Exit()
	got := out.String()
	assert.True(t, strings.HasPrefix(got, "main\nregistered by the second run\nException ignored in atexit callback: <function broken at "), got)
	assert.True(t, strings.HasSuffix(got, "ValueError: no\nregistered first\n"), got)
	before := out.Len()
	it.Exit()
	assert.Equal(t, before, out.Len(), "a second Exit has nothing left to run")
}
