package stdlib

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/vm"
)

// pyModules are the standard modules written in asyncscript itself: lib/NAME.py is the module
// NAME. They are compiled and run on first import only, so start-up pays nothing for them. A
// module that needs speed or host access keeps its core in Go under a private name (_random)
// and imports it.
//
//go:embed lib/*.py
var pyModules embed.FS

// registerPyModules makes every lib/NAME.py importable as NAME. A file lib/PARENT.CHILD.py
// is the submodule PARENT.CHILD (collections.abc).
func registerPyModules(in *vm.Interp) {
	for _, m := range pyModuleList() {
		in.RegisterModule(m.name, m.load)
	}
}

// pyModuleEntry is one module of lib and its loader.
type pyModuleEntry struct {
	name string
	load func(*vm.Interp) (*vm.Module, error)
}

// pyModuleList lists lib once per process: every interpreter registers the same modules.
var pyModuleList = sync.OnceValue(func() []pyModuleEntry {
	entries, err := pyModules.ReadDir("lib")
	if err != nil {
		panic(err) // the embedded directory is part of the binary
	}
	children := map[string][]string{}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		if parent, child, ok := strings.Cut(name, "."); ok {
			children[parent] = append(children[parent], child)
		}
	}
	list := make([]pyModuleEntry, 0, len(entries))
	for _, e := range entries {
		name, file := strings.TrimSuffix(e.Name(), ".py"), e.Name()
		subs := children[name]
		load := func(in *vm.Interp) (*vm.Module, error) { return loadPyModule(in, name, file, subs) }
		list = append(list, pyModuleEntry{name: name, load: load})
	}
	return list
})

// loadPyModule compiles and runs lib/FILE as the module NAME. Tracebacks through it name the
// file as CPython names its library files, by their path under the library. Its submodules
// (subs) become attributes that import them when first used: CPython's collections imports
// collections.abc as it loads, which here costs nothing until a program names it.
func loadPyModule(in *vm.Interp, name, file string, subs []string) (*vm.Module, error) {
	src, err := pyModules.ReadFile(path.Join("lib", file))
	if err != nil {
		return nil, err
	}
	filename := "<asyncscript>/" + file
	code, err := compileModule(defaultCache(), filename, src)
	if err != nil {
		return nil, fmt.Errorf("module %s: %w", name, err)
	}
	in.AddSource(filename, src)
	m := vm.NewModule(name)
	in.SetModule(name, m) // a circular import sees it partly initialised, as in CPython
	if err := in.Exec(code, m); err != nil {
		in.SetModule(name, nil)
		return nil, err
	}
	if len(subs) > 0 {
		m.SetLoader(subs, func(sub string) error {
			_, err := in.Import(name + "." + sub) // which makes it an attribute of m
			return err
		})
	}
	return m, nil
}

// compileModule compiles a module's source, through cache unless it is nil.
func compileModule(cache *codeCache, filename string, src []byte) (*bytecode.Code, error) {
	if cache != nil {
		if code := cache.load(filename, src); code != nil {
			return code, nil
		}
	}
	tree, err := parser.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	code, err := compiler.Compile(tree)
	if err != nil {
		return nil, err
	}
	if cache != nil {
		cache.store(filename, src, code)
	}
	return code, nil
}
