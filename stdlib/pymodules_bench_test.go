package stdlib

import (
	"io"
	"path"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/cputime"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// BenchmarkImportStdlib measures, for each module of lib/, the three costs of its first
// import: parse, compile, and import (parse, compile and running the body in a fresh
// interpreter, whose creation is not counted).
func BenchmarkImportStdlib(b *testing.B) {
	entries, err := pyModules.ReadDir("lib")
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		src, err := pyModules.ReadFile(path.Join("lib", e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/parse", func(b *testing.B) {
			cpu := cputime.Process()
			for i := 0; i < b.N; i++ {
				if _, err := parser.Parse(e.Name(), src); err != nil {
					b.Fatal(err)
				}
			}
			cputime.Report(b, cpu)
		})
		b.Run(name+"/compile", func(b *testing.B) {
			tree, err := parser.Parse(e.Name(), src)
			if err != nil {
				b.Fatal(err)
			}
			cpu := cputime.Process()
			for i := 0; i < b.N; i++ {
				if _, err := compiler.Compile(tree); err != nil {
					b.Fatal(err)
				}
			}
			cputime.Report(b, cpu)
		})
		b.Run(name+"/import", func(b *testing.B) {
			var cpu, total = cputime.Process(), cputime.Process() * 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				in := New(io.Discard, io.Discard)
				b.StartTimer()
				cpu = cputime.Process()
				if _, err := in.Import(name); err != nil {
					b.Fatal(err)
				}
				total += cputime.Process() - cpu
			}
			b.ReportMetric(float64(total)/float64(b.N), "cpu-ns/op")
		})
	}
}
