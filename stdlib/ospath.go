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
		"normpath": func(p string) vm.Value { return vm.Str(normPath(p)) },
		"isabs":    func(p string) vm.Value { return vm.Bool(strings.HasPrefix(p, "/")) },
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
			if !strings.HasPrefix(p, "/") {
				dir, err := h.getwd()
				if err != nil {
					return nil, err
				}
				p = dir + "/" + p
			}
			return vm.Str(normPath(p)), nil
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
