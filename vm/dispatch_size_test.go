package vm

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDispatchLoopIsNotBig guards the speed of the dispatch loop: the Go compiler treats a
// function of more than some 5000 syntax nodes as "big" and then inlines only the tiniest
// calls in it, so the loop's small helpers (loadLocal, boxInt, pooledFrame, the attribute
// caches) become calls. Crossing that line cost fib 12 % more instructions when measured. A
// change that trips this test should move a rarely run case body of run out into a
// function (as makeFunction and callOther are) rather than grow the loop.
func TestDispatchLoopIsNotBig(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the package with the inliner's diagnostics")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to compile with")
	}
	out, err := exec.Command(goTool, "build", "-o", "/dev/null", "-gcflags=-m=2", ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	for _, line := range strings.Split(string(out), "\n") {
		assert.False(t, strings.Contains(line, "(*Thread).run considered 'big'"), "%s", line)
	}
}
