package main

import (
	"io"
	"os"
	"testing"

	"github.com/asyncscript/asyncscript/internal/testscripts"
)

// BenchmarkScripts runs each bench/*.as program in-process, so the interpreter can be
// profiled with `go test -bench Scripts/fib -cpuprofile cpu.out ./cmd/asyncscript`.
func BenchmarkScripts(b *testing.B) {
	for _, f := range testscripts.Files(b, os.DirFS("../../bench"), "*.as") {
		b.Run(f.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if status := runSource(f.Name, f.Src, io.Discard, io.Discard, runOptions{}); status != 0 {
					b.Fatalf("bench/%s exited with status %d", f.Path, status)
				}
			}
		})
	}
}
