// Package peers measures embedding costs of asyncscript next to goja and starlark-go, in
// a module of its own so the main module does not depend on them. Run from bench/peers:
//
//	go test -bench . -benchmem
package peers

import (
	"context"
	"io"
	"testing"

	"github.com/asyncscript/asyncscript"
	"github.com/dop251/goja"
	"go.starlark.net/starlark"
)

// BenchmarkAsyncscriptNewRun is New plus Run of a one-line script.
func BenchmarkAsyncscriptNewRun(b *testing.B) {
	for b.Loop() {
		it := asyncscript.New(asyncscript.Options{Stdout: io.Discard})
		if err := it.Run(context.Background(), "x.as", "x = 1 + 2"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGojaNewRunString is goja's New plus RunString of the same line.
func BenchmarkGojaNewRunString(b *testing.B) {
	for b.Loop() {
		vm := goja.New()
		if _, err := vm.RunString("var x = 1 + 2"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStarlarkExecFile is starlark's ExecFile of the same line on a new thread.
func BenchmarkStarlarkExecFile(b *testing.B) {
	for b.Loop() {
		th := &starlark.Thread{}
		if _, err := starlark.ExecFile(th, "x.star", "x = 1 + 2", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAsyncscriptCall is a Go-to-script call of a one-line function.
func BenchmarkAsyncscriptCall(b *testing.B) {
	it := asyncscript.New(asyncscript.Options{Stdout: io.Discard})
	if err := it.Run(context.Background(), "x.as", "def f(n):\n    return n + 1\n"); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := it.Call(ctx, "f", 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGojaCall is goja's AssertFunction call of the same function.
func BenchmarkGojaCall(b *testing.B) {
	vm := goja.New()
	if _, err := vm.RunString("function f(n) { return n + 1 }"); err != nil {
		b.Fatal(err)
	}
	f, _ := goja.AssertFunction(vm.Get("f"))
	arg := vm.ToValue(1)
	for b.Loop() {
		if _, err := f(goja.Undefined(), arg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStarlarkCall is starlark's Call of the same function.
func BenchmarkStarlarkCall(b *testing.B) {
	th := &starlark.Thread{}
	g, err := starlark.ExecFile(th, "x.star", "def f(n):\n    return n + 1\n", nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := starlark.Call(th, g["f"], starlark.Tuple{starlark.MakeInt(1)}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// The script-to-Go benchmarks run a loop of 1000 calls of a Go function; ns/op is per call
// after dividing by 1000 (reported as ns/call).
const goCalls = 1000

// BenchmarkAsyncscriptFuncCall is a script-to-Go call of a Func.
func BenchmarkAsyncscriptFuncCall(b *testing.B) {
	it := asyncscript.New(asyncscript.Options{Stdout: io.Discard})
	_ = it.Func("inc", func(n int) int { return n + 1 })
	if err := it.Run(context.Background(), "x.as", "def loop(k):\n    for i in range(k):\n        inc(i)\n"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := it.Call(context.Background(), "loop", goCalls); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*goCalls), "ns/call")
}

// BenchmarkGojaFuncCall is the same loop calling a Go function set with vm.Set.
func BenchmarkGojaFuncCall(b *testing.B) {
	vm := goja.New()
	_ = vm.Set("inc", func(n int) int { return n + 1 })
	if _, err := vm.RunString("function loop(k) { for (var i = 0; i < k; i++) inc(i) }"); err != nil {
		b.Fatal(err)
	}
	f, _ := goja.AssertFunction(vm.Get("loop"))
	arg := vm.ToValue(goCalls)
	for b.Loop() {
		if _, err := f(goja.Undefined(), arg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*goCalls), "ns/call")
}

// BenchmarkStarlarkFuncCall is the same loop calling a starlark.Builtin.
func BenchmarkStarlarkFuncCall(b *testing.B) {
	inc := starlark.NewBuiltin("inc", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		var n int
		if err := starlark.UnpackPositionalArgs("inc", args, nil, 1, &n); err != nil {
			return nil, err
		}
		return starlark.MakeInt(n + 1), nil
	})
	th := &starlark.Thread{}
	g, err := starlark.ExecFile(th, "x.star", "def loop(k):\n    for i in range(k):\n        inc(i)\n", starlark.StringDict{"inc": inc})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := starlark.Call(th, g["loop"], starlark.Tuple{starlark.MakeInt(goCalls)}, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*goCalls), "ns/call")
}
