package stdlib

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/vm"
)

// loader builds a module on first import.
type loader = func(*vm.Interp) (*vm.Module, error)

// unshadowable are the modules CPython 3.11 builds into the interpreter, or has imported
// before the script runs, so that a file of the same name next to the script does not
// replace them; every other standard module (json, asyncio, collections, ...) is found in
// the script's directory first, as CPython finds it on sys.path[0] before its Lib.
var unshadowable = map[string]bool{
	"abc": true, "atexit": true, "binascii": true, "builtins": true, "codecs": true,
	"encodings": true, "errno": true, "faulthandler": true, "gc": true, "io": true,
	"itertools": true, "marshal": true, "math": true, "os": true, "posix": true,
	"pwd": true, "sys": true, "time": true, "zipimport": true,
}

// findScriptModule is the interpreter's vm.ModuleFinder: it finds top-level modules in the
// main script's directory and submodules in their package's __path__, as CPython's path
// finder does: a package (NAME/__init__.py or .as) before a module (NAME.py, NAME.as), and
// a directory without __init__ as a namespace package when nothing else has the name.
// Only interpreters with host access read files.
func findScriptModule(in *vm.Interp) func(name string, parent *vm.Module) (loader, error) {
	dirs := dirCache{}
	var scriptDir string
	return func(name string, parent *vm.Module) (loader, error) {
		var path []string
		short := name
		if parent == nil {
			if unshadowable[name] || strings.HasPrefix(name, "_") && in.HasImporter(name) {
				return nil, nil
			}
			if scriptDir == "" {
				scriptDir = mainDir(in)
			}
			path = []string{scriptDir}
		} else {
			short = name[strings.LastIndexByte(name, '.')+1:]
			var ok bool
			if path, ok = packagePath(parent); !ok {
				if _, isScript := parent.Get("__file__"); isScript {
					return nil, vm.NewImportError(vm.ModuleNotFoundError, name, "", "No module named '"+name+"'; '"+parent.Name+"' is not a package")
				}
				return nil, nil // a standard package: its submodules are registered
			}
		}
		var portions []string
		for _, dir := range path {
			switch kind, file := dirs.find(dir, short); kind {
			case packageEntry:
				pkgDir := filepath.Join(dir, short)
				return func(in *vm.Interp) (*vm.Module, error) { return loadScriptModule(in, name, file, pkgDir) }, nil
			case moduleEntry:
				return func(in *vm.Interp) (*vm.Module, error) { return loadScriptModule(in, name, file, "") }, nil
			case namespaceEntry:
				portions = append(portions, filepath.Join(dir, short))
			}
		}
		switch {
		case len(portions) > 0 && (parent != nil || !in.HasImporter(name)):
			return func(*vm.Interp) (*vm.Module, error) { return namespacePackage(name, portions), nil }, nil
		case parent != nil:
			return nil, vm.NoModuleNamed(name)
		}
		return nil, nil
	}
}

// mainDir is the absolute directory of the main script (CPython's sys.path[0]).
func mainDir(in *vm.Interp) string {
	dir := in.ScriptDir
	if dir == "" {
		dir = "."
		if len(in.Argv) > 0 && in.Argv[0] != "-c" && in.Argv[0] != "-" && in.Argv[0] != "" {
			dir = filepath.Dir(in.Argv[0])
		}
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// packagePath is the directories of a package's __path__; ok is false for a module that
// is not a package.
func packagePath(m *vm.Module) (dirs []string, ok bool) {
	p, ok := m.Get("__path__")
	if !ok {
		return nil, false
	}
	if l, isList := p.(*vm.List); isList {
		for _, d := range l.Items() {
			if s, isStr := d.(vm.Str); isStr {
				dirs = append(dirs, string(s))
			}
		}
	}
	return dirs, true
}

// namespacePackage is a package made of directories without __init__, as CPython 3.11
// imports them: no __file__, and no code to run.
func namespacePackage(name string, portions []string) *vm.Module {
	m := vm.NewModule(name)
	m.Set("__file__", vm.None)
	m.Set("__package__", vm.Str(name))
	m.Set("__path__", strList(portions))
	return m
}

// loadScriptModule runs the file as module name (a package when pkgDir, its directory, is
// not ""), recorded before its body runs so that a circular import finds it partly
// initialised; a module whose body fails is forgotten. Its __spec__ is not defined.
func loadScriptModule(in *vm.Interp, name, path, pkgDir string) (*vm.Module, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, vm.NewOSError(2, "No such file or directory", path)
	}
	code, err := compileModule(defaultCache(), path, src)
	if err != nil {
		var se *ast.Error
		if errors.As(err, &se) {
			return nil, vm.NewSyntaxError(se, vm.SyntaxErrorText(se, string(src), false))
		}
		return nil, err
	}
	in.AddSource(path, src)
	m := vm.NewModule(name)
	m.Set("__file__", vm.Str(path))
	pkg := name
	if pkgDir != "" {
		m.Set("__path__", strList([]string{pkgDir}))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg = name[:i]
	} else {
		pkg = ""
	}
	m.Set("__package__", vm.Str(pkg))
	in.SetModule(name, m)
	if err := in.Exec(code, m); err != nil {
		in.SetModule(name, nil)
		return nil, err
	}
	return m, nil
}
