package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/testscripts"
)

// Fuzz deeply nested data, long chains of tasks and many thread calls with
//
//	go test -run XXX -fuzz FuzzDeepData -fuzztime 20s ./cmd/asyncscript
//
// FuzzRun's limits (10,000 steps) stop a program long before it can build a value nested
// deeper than any recursion guard, so the Go paths that recurse over script data are never
// driven to their end there. Here each input is decoded into a program of one of two
// families: a synchronous one builds two values nested up to 250,000 levels deep (past the
// deepest guard) by a loop and applies operations to them; an asynchronous one builds, up to
// 20,000 long, a cycle or a chain of tasks awaiting each other, nested gathers, or a crowd of
// to_thread calls (some building deep values in the worker), and awaits, cancels, times out
// and prints them. Either must end in a result or a Python exception (RecursionError,
// DeadlockError), never a Go stack overflow or panic, which would kill the fuzzing process.

// Limits of a deep run: enough steps to build the deepest value the decoder asks for.
const (
	deepMaxSteps = 5_000_000
	deepMaxDepth = 1000
)

// deepFamily is one kind of decoded program: a builder makes x and y (and, for the
// asynchronous family, the list tasks) n levels deep, then operations use them.
type deepFamily struct {
	maxLevel   int      // n is below it
	builders   []string // each defines x and y from n
	ops        []string // expressions, printed by type or by the type of what they raise
	statements []string // statements over x and y that no expression can stand for
	indent     string   // of the builder and the operations
	prologue   string   // before the builder
	epilogue   string   // after the operations
}

// syncFamily builds nested data with loops.
var syncFamily = deepFamily{
	maxLevel: 250_000,
	builders: []string{
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
	},
	ops: []string{
		"repr(x)", "str(y)", "print(x, y)", "f'{x!r}{y}'", "x == y", "x < y", "x != y", "hash(x)",
		"{x: y}", "x in [y, y]", "sorted([x, y])", "isinstance(1, x)", "issubclass(int, y)",
		"next(x)", "list(y)", "len(repr(y))", "max(x, y)", "[x].index(y)", "'%r' % (x,)",
		"format(x)", "repr(x.exceptions)", "x.args",
	},
	statements: []string{
		"try:\n    raise x\nexcept* ValueError:\n    pass\n",
		"try:\n    raise KeyError(1)\nexcept y:\n    pass\n",
		"raise x\n",
	},
}

// asyncFamily builds tasks awaiting each other and thread calls inside asyncio.run, on the
// virtual clock: timeouts pass at once, and a cycle ends in DeadlockError.
var asyncFamily = deepFamily{
	maxLevel: 20_000,
	builders: []string{
		// A cycle: every task awaits the next, the last the first.
		"tasks = []\nasync def link(i):\n    await asyncio.sleep(0)\n    return await tasks[(i + 1) % len(tasks)]\n" +
			"tasks.extend(asyncio.create_task(link(i)) for i in range(n + 1))\nawait asyncio.sleep(0)\nx, y = tasks[0], tasks[-1]\n",
		// A chain whose last task raises: the exception goes up through every task.
		"tasks = []\nasync def link(i):\n    await asyncio.sleep(0)\n    if i == n:\n        raise ValueError(i)\n    return await tasks[i + 1]\n" +
			"tasks.extend(asyncio.create_task(link(i)) for i in range(n + 1))\nawait asyncio.sleep(0)\nx, y = tasks[0], tasks[-1]\n",
		// A cycle through wait_for, which times out and cancels what it waits for.
		"tasks = []\nasync def link(i):\n    await asyncio.sleep(0)\n    return await asyncio.wait_for(tasks[(i + 1) % len(tasks)], i + 1)\n" +
			"tasks.extend(asyncio.create_task(link(i)) for i in range(n + 1))\nawait asyncio.sleep(0)\nx, y = tasks[0], tasks[-1]\n",
		// Gathers nested n deep around one sleeping task.
		"y = asyncio.ensure_future(asyncio.sleep(1, 'r'))\nx = y\nfor i in range(n):\n    x = asyncio.gather(x)\ntasks = [x, y]\n",
		// n thread calls at once, more than the default executor has workers.
		"def work(i):\n    return [i] * 3\ntasks = [asyncio.create_task(asyncio.to_thread(work, i)) for i in range(n)]\n" +
			"x = asyncio.gather(*tasks)\ny = tasks[-1] if tasks else x\n",
		// Deep values built in worker threads.
		"def build(k):\n    v = []\n    for i in range(k):\n        v = [v, i]\n    return v\n" +
			"tasks = [asyncio.create_task(asyncio.to_thread(build, n * 10)) for _ in range(2)]\nx, y = tasks\n",
	},
	ops: []string{
		"repr(x)", "str(y)", "await x", "await y", "await asyncio.wait_for(x, 1)", "x.cancel()",
		"y.cancel()", "await asyncio.sleep(0)", "await asyncio.sleep(2)",
		"await asyncio.gather(*tasks, return_exceptions=True)", "len(asyncio.all_tasks())",
		"await asyncio.wait(tasks, timeout=1)", "await asyncio.shield(x)", "x.result()",
		"y.exception()", "[t.cancel() for t in tasks]", "await asyncio.to_thread(repr, x)",
		"repr(await y)", "await asyncio.to_thread(repr, await x)", "(await x) == (await y)",
		"await asyncio.to_thread(lambda: x.cancel())", "x.done(), y.done()",
	},
	statements: []string{
		"x, y = y, x\n",
		"async with asyncio.timeout(1):\n    await x\n",
		"async with asyncio.TaskGroup() as tg:\n    tg.create_task(asyncio.wait_for(y, 1))\n",
	},
	indent:   "    ",
	prologue: "import asyncio\nasync def main():\n",
	epilogue: "try:\n    asyncio.run(main())\nexcept BaseException as e:\n    print(type(e).__name__)\n",
}

// deepFamilies are the program families; the first byte of an input chooses among their
// builders, numbered one after the other.
var deepFamilies = []*deepFamily{&syncFamily, &asyncFamily}

// deepBuilderCount is the number of builders of all families.
func deepBuilderCount() int {
	count := 0
	for _, fam := range deepFamilies {
		count += len(fam.builders)
	}
	return count
}

// deepProgram decodes data into a program: a family and its builder, a depth and
// operations.
func deepProgram(data []byte) string {
	if len(data) < 3 {
		return ""
	}
	builder := int(data[0]) % deepBuilderCount()
	fam := deepFamilies[0]
	for _, fam = range deepFamilies {
		if builder < len(fam.builders) {
			break
		}
		builder -= len(fam.builders)
	}
	n := (int(data[1])<<8 | int(data[2])) * 64 % fam.maxLevel
	var b strings.Builder
	b.WriteString(fam.prologue)
	fmt.Fprintf(&b, "%sn = %d\n", fam.indent, n)
	writeIndented(&b, fam.indent, fam.builders[builder])
	for _, op := range data[3:] {
		i := int(op) % (len(fam.ops) + len(fam.statements))
		if i >= len(fam.ops) {
			writeIndented(&b, fam.indent, fam.statements[i-len(fam.ops)])
			continue
		}
		writeIndented(&b, fam.indent, fmt.Sprintf("try:\n    print(type(%s).__name__)\nexcept Exception as e:\n    print(type(e).__name__)\n", fam.ops[i]))
	}
	b.WriteString(fam.epilogue)
	return b.String()
}

// writeIndented writes the lines of code to b, each after indent.
func writeIndented(b *strings.Builder, indent, code string) {
	for _, line := range strings.SplitAfter(code, "\n") {
		if line != "" {
			b.WriteString(indent + line)
		}
	}
}

// deepSeeds pair every builder with operations that descend into what it built, deep enough
// to pass the recursion limit (30,016 levels of data, 3,008 tasks) and cheap enough for every
// `go test`. The fuzzer mutates the depth up to the family's maxLevel, past the guards
// scaled by vm.NativeScale.
func deepSeeds() [][]byte {
	var seeds [][]byte
	first := 0
	for _, fam := range deepFamilies {
		depth := 30_016 / 64 // 0x01d5
		if fam == &asyncFamily {
			depth = 3_008 / 64
		}
		nops := len(fam.ops) + len(fam.statements)
		for i := range fam.builders {
			seed := []byte{byte(first + i), byte(depth >> 8), byte(depth)}
			for op := range nops - 1 {
				if op%len(fam.builders) == i {
					seed = append(seed, byte(op))
				}
			}
			seeds = append(seeds, seed)
		}
		first += len(fam.builders)
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
