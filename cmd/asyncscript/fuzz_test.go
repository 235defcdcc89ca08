package main

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript/internal/cputime"
	"github.com/asyncscript/asyncscript/internal/testscripts"
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/vm"
)

// Fuzz the whole interpreter with
//
//	go test -run XXX -fuzz FuzzRun -fuzztime 60s ./cmd/asyncscript
//
// Inputs that failed once are kept in testdata/fuzz/FuzzRun and rerun by plain `go test`.

// Limits of a fuzzed run: programs are stopped after fuzzMaxSteps loop iterations or at
// fuzzMaxDepth nested calls, and one that has not finished after fuzzDeadline is a hang.
const (
	fuzzMaxSteps = 10_000
	fuzzMaxDepth = 200
	fuzzDeadline = 5 * time.Second
	// fuzzWallDeadline stops a program that waits without working (a blocked hang); it
	// is long because CI fuzzes on machines shared with many other processes.
	fuzzWallDeadline = 60 * time.Second
)

// errHang is waitRun's verdict on a program that did not finish in time.
var errHang = errors.New("hang")

// waitRun returns what arrives on done, or errHang once the process has used fuzzDeadline
// of CPU time or fuzzWallDeadline has passed. CPU time rather than wall time judges a busy
// program: on a loaded machine a legitimate run may take many times its CPU time, and a
// fuzz worker runs one input at a time, so the process's CPU time is the program's.
func waitRun(done <-chan error) error {
	start := cputime.Process()
	wall := time.After(fuzzWallDeadline)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-wall:
			return errHang
		case <-tick.C:
			if cputime.Process()-start > fuzzDeadline {
				return errHang
			}
		}
	}
}

// runSnippets are hand-written seeds for what is most likely to break the interpreter:
// deep nesting, huge numbers, unbounded recursion (also through native code), generators,
// control flow through try/finally and with, class bodies, comprehensions, f-strings,
// unpacking and scopes.
var runSnippets = []string{
	"x = " + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150) + "\nprint(x)\n",
	"print(" + strings.Repeat("[", 100) + strings.Repeat("]", 100) + ")\nx = " + strings.Repeat("-", 300) + "1\n",
	"x = 2 ** 100000\nprint(len(str(x % 10 ** 50)), x.bit_length(), -x // 7 % 13, x ** 0, 10 ** -5)\n",
	"def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('deep', e)\n",
	"class R:\n    def __repr__(self):\n        return repr([self])\n    def __eq__(self, o):\n        return [self] == [o]\ntry:\n    repr(R())\nexcept RecursionError:\n    print('repr')\nprint(R() == R())\n",
	"def key(x):\n    return sorted([x], key=key)\nsorted([1, 2], key=key)\n",
	"def gen():\n    n = 0\n    while True:\n        yield n\n        n += 1\nprint(list(gen()))\n",
	"def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('closed')\nfor x in g():\n    break\nprint(next(iter(g())), list(zip(g(), 'ab')))\n",
	"def f():\n    for i in range(5):\n        try:\n            try:\n                return i\n            finally:\n                if i < 3:\n                    continue\n        finally:\n            pass\n    return -1\nprint(f())\nwhile True:\n    try:\n        break\n    finally:\n        print('fin')\n",
	"class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, t, e, tb):\n        print('exit', t)\n        return t is KeyError\nwith CM() as a, CM() as b:\n    raise KeyError('k')\nfor i in range(3):\n    with CM():\n        continue\n",
	"class A:\n    x = [i for i in range(3)]\n    y = {k: v for k, v in zip('ab', x)}\n    def m(self):\n        return __class__, super()\nclass B(A):\n    def m(self):\n        return super().m()\nprint(A.x, A.y, B().m()[0])\n",
	"xs = [[x * y for x in range(y) if x % 2] for y in range(6)]\nprint(xs, {x for x in 'hello'}, sum(x for x in range(10)), [(n := n + 1) for n in range(3)])\n",
	"w, p, v = 12, 3, 3.14159\nprint(f'{v:>{w}.{p}f}|{v!r:^20}|{\"nested\"!s:*<10}|{w=}|{{x}}|{v:e}|{255:#x}|{1e300*1e10}')\n",
	"a, *b, c = range(6)\n(d, (e, *f)), g = [(1, (2, 3, 4)), 5]\nprint(a, b, c, d, e, f, g, *b, *'xy', **{'sep': '-'})\nfirst, *rest = 'x'\n",
	"x = 0\ndef outer():\n    y = 1\n    def inner():\n        nonlocal y\n        global x\n        x, y = x + 1, y + 1\n        return x, y\n    return inner\nf = outer()\nprint(f(), f(), x)\n",
	"try:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise ValueError('v') from e\n    finally:\n        print('f')\nexcept ValueError as e:\n    print(repr(e), repr(e.__cause__))\ntry:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\nexcept* ValueError as eg:\n    print('v', eg.exceptions)\nexcept* TypeError:\n    print('t')\n",
	"async def inner(x):\n    return x * 2\nasync def main():\n    return [await inner(i) for i in range(3)]\nc = main()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n",
	"print('a' * 10 ** 10)\n",
}

// runTarget runs programs through the whole interpreter, the way the command does
// (traceback included), and checks that each one finishes in time, without a Go panic and
// without an internal error.
var runTarget = testscripts.SnippetTarget(runSnippets, checkRun)

// FuzzRun fuzzes runTarget; without -fuzz only testdata/fuzz/FuzzRun is run here, and
// TestRunSeeds checks the seeds.
func FuzzRun(f *testing.F) { runTarget.Fuzz(f) }

// TestRunSeeds runs the seed corpus of FuzzRun through the same checks, so that plain
// `go test` exercises them without -fuzz.
func TestRunSeeds(t *testing.T) { runTarget.CheckSeeds(t) }

// checkRun runs src with the fuzzing limits and fails on a hang, a Go panic or an internal
// error; compile errors and Python exceptions are fine.
func checkRun(t *testing.T, src []byte) { checkRunLimits(t, src, fuzzMaxSteps, fuzzMaxDepth) }

// checkRunLimits is checkRun with the given step and call depth limits.
func checkRunLimits(t *testing.T, src []byte, maxSteps int64, maxDepth int) {
	code, err := compileSource("fuzz.as", src)
	if err != nil {
		var se *ast.Error
		if !errors.As(err, &se) || strings.Contains(se.Msg, "internal parser error") {
			t.Fatalf("compiling: %v", err)
		}
		return
	}
	// As runSource does, on a virtual clock so that sleeping programs finish at once.
	in := stdlib.New(io.Discard, io.Discard)
	in.MaxSteps = maxSteps
	in.MaxDepth = maxDepth
	in.Clock = vm.NewVirtualClock(vm.DefaultVirtualEpoch)
	in.AddSource("fuzz.as", src)
	_, main := in.Load(code, "__main__")
	done := make(chan error, 1)
	go func() {
		err := stdlib.RunMain(in, main)
		// Under the interpreter lock, as the CLI's run: worker threads may still print.
		_ = in.Guard(func() error {
			in.ReportUnawaited(nil)
			in.Flush()
			var exc *vm.Exception
			if errors.As(err, &exc) {
				in.FormatException(exc)
			}
			return nil
		})
		done <- err
	}()
	if err = waitRun(done); err == errHang {
		in.Interrupt()
		t.Fatalf("the program did not finish in %v of CPU time or %v of wall time", fuzzDeadline, fuzzWallDeadline)
	}
	if err == nil {
		return
	}
	var exc *vm.Exception
	if !errors.As(err, &exc) {
		t.Fatalf("the run returned %T, not an exception: %v", err, err)
	}
	if exc.Class == vm.SystemError && strings.HasPrefix(err.Error(), "SystemError: internal error:") && len(exc.Traceback) == 0 {
		t.Fatalf("%v", err)
	}
}
