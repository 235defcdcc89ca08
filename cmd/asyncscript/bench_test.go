package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkScripts runs each bench/*.as program in-process, so the interpreter can be
// profiled with `go test -bench Scripts/fib -cpuprofile cpu.out ./cmd/asyncscript`.
func BenchmarkScripts(b *testing.B) {
	paths, err := filepath.Glob("../../bench/*.as")
	if err != nil || len(paths) == 0 {
		b.Fatal("no bench/*.as files")
	}
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".as")
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if status := runSource(name, src, io.Discard, io.Discard, runOptions{}); status != 0 {
					b.Fatalf("%s exited with status %d", path, status)
				}
			}
		})
	}
}
