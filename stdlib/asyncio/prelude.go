package asyncio

import (
	"embed"
	"fmt"
	"path"
	"sort"

	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/vm"
)

// preludeFiles are the parts of asyncio written in asyncscript itself: the synchronisation
// primitives and the combinators built on futures and tasks. They run, in name order, in
// the module's namespace after the Go-implemented names are set, so they can use them.
//
//go:embed prelude/*.py
var preludeFiles embed.FS

func execPrelude(in *vm.Interp, m *vm.Module) error {
	entries, err := preludeFiles.ReadDir("prelude")
	if err != nil {
		return err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, name := range names {
		src, err := preludeFiles.ReadFile(path.Join("prelude", name))
		if err != nil {
			return err
		}
		filename := "asyncio/" + name
		mod, err := parser.Parse(filename, src)
		if err != nil {
			return fmt.Errorf("asyncio prelude: %w", err)
		}
		code, err := compiler.Compile(mod)
		if err != nil {
			return fmt.Errorf("asyncio prelude: %w", err)
		}
		in.AddSource(filename, src)
		if err := in.Exec(code, m); err != nil {
			return err
		}
	}
	return nil
}
