package stdlib

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/vm"
)

// findScriptModule finds `import name` as NAME.py or NAME.as in the main script's directory
// (sys.path[0] in CPython: the current directory for -c and standard input). Packages are
// not looked for. Only interpreters with host access read files.
func findScriptModule(in *vm.Interp) func(name string) func(*vm.Interp) (*vm.Module, error) {
	return func(name string) func(*vm.Interp) (*vm.Module, error) {
		if strings.Contains(name, ".") {
			return nil
		}
		dir := "."
		if len(in.Argv) > 0 && in.Argv[0] != "-c" && in.Argv[0] != "-" && in.Argv[0] != "" {
			dir = filepath.Dir(in.Argv[0])
		}
		for _, ext := range []string{".py", ".as"} {
			path := filepath.Join(dir, name+ext)
			if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
				return func(in *vm.Interp) (*vm.Module, error) { return loadScriptModule(in, name, path) }
			}
		}
		return nil
	}
}

// loadScriptModule runs the file as module name, recorded before its body runs so that a
// circular import finds it partly initialised; a module whose body fails is forgotten.
func loadScriptModule(in *vm.Interp, name, path string) (*vm.Module, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, vm.NewOSError(2, "No such file or directory", path)
	}
	tree, err := parser.Parse(path, src)
	if err == nil {
		c, cerr := compiler.Compile(tree)
		if cerr == nil {
			in.AddSource(path, src)
			m := vm.NewModule(name)
			m.Set("__file__", vm.Str(path))
			in.SetModule(name, m)
			if err := in.Exec(c, m); err != nil {
				in.SetModule(name, nil)
				return nil, err
			}
			return m, nil
		}
		err = cerr
	}
	var se *ast.Error
	if errors.As(err, &se) {
		return nil, vm.NewSyntaxError(se)
	}
	return nil, err
}
