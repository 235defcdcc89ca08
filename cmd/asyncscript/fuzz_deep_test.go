package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/testscripts"
)

// Fuzz deeply nested data with
//
//	go test -run XXX -fuzz FuzzDeepData -fuzztime 20s ./cmd/asyncscript
//
// FuzzRun's limits (10,000 steps) stop a program long before it can build a value nested
// deeper than any recursion guard, so the Go paths that recurse over script data are never
// driven to their end there. Here each input is decoded into a program that builds two
// values nested up to 250,000 levels deep (past the deepest guard) by a loop and applies an
// operation to them; it must end in a result or a Python exception (RecursionError), never
// a Go stack overflow, which would kill the fuzzing process.

// Limits of a deep run: enough steps to build the deepest value the decoder asks for.
const (
	deepMaxSteps = 5_000_000
	deepMaxDepth = 1000
	deepMaxLevel = 250_000
)

// deepBuilders make x and y, nested n levels deep, from a loop.
var deepBuilders = []string{
	"x, y = [], []\nfor i in range(n):\n    x, y = [x], [y]\n",
	"x, y = (), ()\nfor i in range(n):\n    x, y = (x,), (y,)\n",
	"x, y = {}, {}\nfor i in range(n):\n    x, y = {1: x}, {1: y}\n",
	"x, y = frozenset(), frozenset()\nfor i in range(n):\n    x, y = frozenset([x]), frozenset([y])\n",
	"x, y = ValueError(1), KeyError(2)\nfor i in range(n):\n    x, y = ExceptionGroup('g', [x]), ExceptionGroup('h', [y, x])\n",
	"x, y = ValueError(1), ValueError(2)\nfor i in range(n):\n    x, y = ValueError(x), TypeError(y)\n",
	"x, y = iter([-1]), iter([2])\nfor i in range(n):\n    x, y = map(abs, x), filter(None, zip(y))\n",
	"x, y = int, ValueError\nfor i in range(n):\n    x, y = (x,), (str, y)\n",
	"x, y = None, None\nfor i in range(n):\n    x, y = ValueError(i), x\n    x.__cause__, x.__context__ = y, y\n",
	"x = y = [1]\nfor i in range(n):\n    x, y = [x, y], {'k': (y,)}\n",
}

// deepOps use x and y.
var deepOps = []string{
	"repr(x)", "str(y)", "print(x, y)", "f'{x!r}{y}'", "x == y", "x < y", "x != y", "hash(x)",
	"{x: y}", "x in [y, y]", "sorted([x, y])", "isinstance(1, x)", "issubclass(int, y)",
	"next(x)", "list(y)", "len(repr(y))", "max(x, y)", "[x].index(y)", "'%r' % (x,)",
	"format(x)", "repr(x.exceptions)", "x.args",
}

// deepStatements are statements over x and y that no expression can stand for.
var deepStatements = []string{
	"try:\n    raise x\nexcept* ValueError:\n    pass\n",
	"try:\n    raise KeyError(1)\nexcept y:\n    pass\n",
	"raise x\n",
}

// deepProgram decodes data into a program: a builder, a depth and operations.
func deepProgram(data []byte) string {
	if len(data) < 3 {
		return ""
	}
	n := (int(data[1])<<8 | int(data[2])) * 64 % deepMaxLevel
	var b strings.Builder
	fmt.Fprintf(&b, "n = %d\n%s", n, deepBuilders[int(data[0])%len(deepBuilders)])
	for _, op := range data[3:] {
		i := int(op) % (len(deepOps) + len(deepStatements))
		if i >= len(deepOps) {
			b.WriteString(deepStatements[i-len(deepOps)])
			continue
		}
		fmt.Fprintf(&b, "try:\n    print(type(%s).__name__)\nexcept Exception as e:\n    print(type(e).__name__)\n", deepOps[i])
	}
	return b.String()
}

// deepSeeds pair every builder with operations that descend into what it built, 30,000
// levels deep: past the recursion limit, and cheap enough for every `go test`. The fuzzer
// mutates the depth up to deepMaxLevel, past the guards scaled by vm.NativeScale.
func deepSeeds() [][]byte {
	var seeds [][]byte
	for i := range deepBuilders {
		seed := []byte{byte(i), 0x01, 0xd5} // 0x01d5 * 64 = 30,016 levels
		for op := range len(deepOps) + len(deepStatements) - 1 {
			if op%len(deepBuilders) == i {
				seed = append(seed, byte(op))
			}
		}
		seeds = append(seeds, seed)
	}
	return seeds
}

// deepTarget runs decoded programs (see deepProgram) under checkRun's checks, with limits
// large enough to build values deeper than any guard.
var deepTarget = testscripts.Target{
	Seeds: func(testing.TB) [][]byte { return deepSeeds() },
	Check: func(t *testing.T, data []byte) {
		checkRunLimits(t, []byte(deepProgram(data)), deepMaxSteps, deepMaxDepth)
	},
}

// FuzzDeepData fuzzes deepTarget.
func FuzzDeepData(f *testing.F) { deepTarget.Fuzz(f) }

// TestDeepDataSeeds runs FuzzDeepData's seeds without -fuzz.
func TestDeepDataSeeds(t *testing.T) { deepTarget.CheckSeeds(t) }
