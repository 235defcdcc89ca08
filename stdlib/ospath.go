package stdlib

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// newOSPathModule builds os.path with POSIX path rules (posixpath). The pure functions work
// without host access; exists, isfile, isdir, getsize, abspath and expanduser need it.
func (h *host) newOSPathModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("posixpath")
	m.Set("sep", vm.Str("/"))
	addPathConstants(m)
	m.Set("commonprefix", vm.NewFunc(vm.Signature{Name: "commonprefix", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"m"}}, pathCommonPrefix))
	m.Set("commonpath", vm.NewFunc(vm.Signature{Name: "commonpath", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"paths"}}, pathCommonPath))
	m.Set("relpath", vm.NewFunc(vm.Signature{Name: "relpath", Style: vm.PyArgs, Min: 1, Max: 2, Kw: []string{"path", "start"}}, h.pathRelPath))
	m.Set("join", vm.NewFunc(vm.Signature{Name: "join", Style: vm.PyVarArgs, Min: 1, Max: 1, Kw: []string{"a"}}, pathJoin))
	pure := map[string]func(string) vm.Value{
		"basename": func(p string) vm.Value { return vm.Str(p[strings.LastIndexByte(p, '/')+1:]) },
		"dirname":  func(p string) vm.Value { return vm.Str(pathSplit(p)[0]) },
		"split": func(p string) vm.Value {
			parts := pathSplit(p)
			return vm.Tuple{vm.Str(parts[0]), vm.Str(parts[1])}
		},
		"splitext": func(p string) vm.Value {
			root, ext := splitExt(p)
			return vm.Tuple{vm.Str(root), vm.Str(ext)}
		},
		"normpath":   func(p string) vm.Value { return vm.Str(normPath(p)) },
		"normcase":   func(p string) vm.Value { return vm.Str(p) },
		"splitdrive": func(p string) vm.Value { return vm.Tuple{vm.Str(""), vm.Str(p)} },
		"isabs":      func(p string) vm.Value { return vm.Bool(strings.HasPrefix(p, "/")) },
	}
	host := map[string]func(string) (vm.Value, error){
		"exists": func(p string) (vm.Value, error) {
			_, err := os.Stat(p)
			return vm.Bool(err == nil), nil
		},
		"isfile": func(p string) (vm.Value, error) {
			fi, err := os.Stat(p)
			return vm.Bool(err == nil && fi.Mode().IsRegular()), nil
		},
		"isdir": func(p string) (vm.Value, error) {
			fi, err := os.Stat(p)
			return vm.Bool(err == nil && fi.IsDir()), nil
		},
		"getsize": func(p string) (vm.Value, error) {
			fi, err := os.Stat(p)
			if err != nil {
				return nil, osError(err, p)
			}
			return vm.MakeInt(fi.Size()), nil
		},
		"abspath": func(p string) (vm.Value, error) {
			abs, err := h.absPath(p)
			return vm.Str(abs), err
		},
		"expanduser": func(p string) (vm.Value, error) {
			if p != "~" && !strings.HasPrefix(p, "~/") {
				return vm.Str(p), nil
			}
			home, err := os.UserHomeDir()
			if err != nil {
				return vm.Str(p), nil
			}
			return vm.Str(strings.TrimSuffix(home, "/") + p[1:]), nil
		},
	}
	for name, f := range pure {
		name, f := name, f
		m.Set(name, onePath(name, func(th *vm.Thread, p string) (vm.Value, error) { return f(p), nil }))
	}
	for name, f := range host {
		name, f := name, f
		m.Set(name, onePath(name, func(th *vm.Thread, p string) (vm.Value, error) {
			if err := h.allow("os.path." + name + "()"); err != nil {
				return nil, err
			}
			return f(p)
		}))
	}
	return m, nil
}

// absPath is os.path.abspath(p): a relative path is taken from the working directory.
func (h *host) absPath(p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		dir, err := h.getwd()
		if err != nil {
			return "", err
		}
		p = dir + "/" + p
	}
	return normPath(p), nil
}

// pathRelPath is os.path.relpath(path, start=os.curdir); a relative path or start needs the
// working directory, and so host access.
func (h *host) pathRelPath(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	path, err := pathArg(th, a[0])
	if err != nil {
		return nil, err
	}
	start := "."
	if a[1] != nil && !vm.IsNone(a[1]) {
		if start, err = pathArg(th, a[1]); err != nil {
			return nil, err
		}
	}
	if path == "" {
		return nil, vm.Errorf(vm.ValueError, "no path specified")
	}
	abs := [2]string{path, start}
	for i, p := range abs {
		if !strings.HasPrefix(p, "/") {
			if err := h.allow("os.path.relpath() of a relative path"); err != nil {
				return nil, err
			}
		}
		if abs[i], err = h.absPath(p); err != nil {
			return nil, err
		}
	}
	return vm.Str(relPath(abs[0], abs[1])), nil
}

// pathParams are the parameter names posixpath's one-path functions give their argument.
var pathParams = map[string]string{"basename": "p", "dirname": "p", "split": "p", "splitext": "p",
	"isabs": "s", "isdir": "s", "getsize": "filename"}

// onePath makes the os.path function name, which takes one path and runs f on it.
func onePath(name string, f func(th *vm.Thread, p string) (vm.Value, error)) *vm.Builtin {
	param := pathParams[name]
	if param == "" {
		param = "path"
	}
	sig := vm.Signature{Name: name, Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{param}}
	return vm.NewFunc(sig, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		p, err := pathArg(th, args[0])
		if err != nil {
			return nil, err
		}
		return f(th, p)
	})
}

// pathJoin is os.path.join: an absolute component restarts the path.
func pathJoin(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	path, err := pathArg(th, args[0])
	if err != nil {
		return nil, err
	}
	for _, a := range args[1:] {
		b, ok := a.(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", vm.TypeName(a))
		}
		switch {
		case strings.HasPrefix(string(b), "/"):
			path = string(b)
		case path == "" || strings.HasSuffix(path, "/"):
			path += string(b)
		default:
			path += "/" + string(b)
		}
	}
	return vm.Str(path), nil
}

// pathSplit is os.path.split: the head loses trailing slashes unless it is all slashes.
func pathSplit(p string) [2]string {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if trimmed := strings.TrimRight(head, "/"); trimmed != "" {
		head = trimmed
	}
	return [2]string{head, tail}
}

// splitExt is os.path.splitext: the extension starts at the last dot of the last component,
// unless the component's leading dots are its only dots (".bashrc" has none).
func splitExt(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot <= sep {
		return p, ""
	}
	for i := sep + 1; i < dot; i++ {
		if p[i] != '.' {
			return p[:dot], p[dot:]
		}
	}
	return p, ""
}

// normPath is os.path.normpath: POSIX keeps exactly two leading slashes, as CPython does.
func normPath(p string) string {
	if p == "" {
		return "."
	}
	lead := ""
	switch {
	case strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///"):
		lead = "//"
	case strings.HasPrefix(p, "/"):
		lead = "/"
	}
	clean := filepath.Clean("/" + p)
	if lead == "" {
		// Clean resolves ".." against the root; a relative path keeps its leading "..".
		return relNorm(p)
	}
	return lead + strings.TrimPrefix(clean, "/")
}

// relNorm normalises a relative path, keeping the ".." that climb above it.
func relNorm(p string) string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c == ".." && len(out) > 0 && out[len(out)-1] != "..":
			out = out[:len(out)-1]
		default:
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return strings.Join(out, "/")
}
