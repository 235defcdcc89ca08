package stdlib

import (
	"io"
	"testing"

	"github.com/asyncscript/asyncscript/internal/cputime"
	"github.com/asyncscript/asyncscript/internal/testscripts"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// BenchmarkImportStdlib measures, for each module of lib/, the three costs of its first
// import: parse, compile, and import (parse, compile and running the body in a fresh
// interpreter, whose creation is not counted).
func BenchmarkImportStdlib(b *testing.B) {
	for _, f := range testscripts.Files(b, pyModules, "lib/*.py") {
		name := f.Name
		b.Run(name+"/parse", func(b *testing.B) {
			cputime.Loop(b, func() error {
				_, err := parser.Parse(f.Path, f.Src)
				return err
			})
		})
		b.Run(name+"/compile", func(b *testing.B) {
			tree, err := parser.Parse(f.Path, f.Src)
			if err != nil {
				b.Fatal(err)
			}
			cputime.Loop(b, func() error {
				_, err := compiler.Compile(tree)
				return err
			})
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
