package main

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
)

func heap(t *testing.T, name string) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%s: live heap %d MB, total alloc %d MB", name, ms.HeapAlloc>>20, ms.TotalAlloc>>20)
	f, _ := os.Create("/tmp/prof/" + name + ".pb.gz")
	pprof.WriteHeapProfile(f)
	f.Close()
}

func TestZZProf(t *testing.T) {
	src, _ := os.ReadFile("/tmp/big1m.py")
	runtime.MemProfileRate = 64 * 1024
	heap(t, "start")
	mod, err := parser.Parse("big.py", src)
	if err != nil {
		t.Fatal(err)
	}
	heap(t, "parsed")
	code, err := compiler.Compile(mod)
	if err != nil {
		t.Fatal(err)
	}
	heap(t, "compiled")
	runtime.KeepAlive(mod)
	runtime.KeepAlive(code)
}
