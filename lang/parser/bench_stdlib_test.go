package parser

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkParseStdlib parses each standard module written in asyncscript (stdlib/lib/*.py),
// whose parse time is paid on every first import.
func BenchmarkParseStdlib(b *testing.B) {
	files, err := filepath.Glob("../../stdlib/lib/*.py")
	if err != nil || len(files) == 0 {
		b.Fatalf("no stdlib modules found: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".py"), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(f, src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// processCPU is the CPU time the process has used (user and system, every thread, so garbage
// collection counts too). On a shared, loaded machine it varies much less than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
