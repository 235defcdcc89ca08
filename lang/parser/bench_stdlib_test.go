package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/cputime"
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
			cpu := cputime.Process()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(f, src); err != nil {
					b.Fatal(err)
				}
			}
			cputime.Report(b, cpu)
		})
	}
}
