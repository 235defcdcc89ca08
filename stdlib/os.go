package stdlib

import (
	"os"
	"sort"
	"strings"
	"syscall"

	"github.com/asyncscript/asyncscript/vm"
)

// newOSModule builds os: the environment, the working directory, directories and files.
// environ is read from the host on first use, so importing os costs nothing and needs no
// host access.
func (h *host) newOSModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("os")
	pathModule, err := in.Import("os.path")
	if err != nil {
		return nil, err
	}
	m.Set("path", pathModule)
	for name, v := range map[string]string{"sep": "/", "linesep": "\n", "name": "posix", "curdir": ".",
		"pardir": "..", "pathsep": ":", "extsep": ".", "devnull": "/dev/null"} {
		m.Set(name, vm.Str(v))
	}
	m.Set("altsep", vm.None)
	m.Set("error", vm.OSError)
	m.SetLoader([]string{"environ"}, func(string) error {
		if err := h.allow("os.environ"); err != nil {
			return err
		}
		env := os.Environ()
		sort.Strings(env)
		d := vm.NewDict()
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			d.SetStr(k, vm.Str(v))
		}
		m.Set("environ", d)
		return nil
	})
	noArgs := func(name string) vm.Signature {
		return vm.Signature{Name: name, Qual: "posix." + name, Style: vm.NoArgs}
	}
	for _, f := range []*vm.Builtin{
		vm.NewFunc(vm.Signature{Name: "getenv", Style: vm.PyArgs, Min: 1, Max: 2, Kw: []string{"key", "default"}}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if _, ok := p[0].(vm.Str); !ok {
				return nil, vm.Errorf(vm.TypeError, "str expected, not %s", vm.TypeName(p[0]))
			}
			env, err := vm.GetAttr(th, m, "environ")
			if err != nil {
				return nil, err
			}
			if v, ok := env.(*vm.Dict).GetStr(string(p[0].(vm.Str))); ok {
				return v, nil
			}
			if p[1] == nil {
				return vm.None, nil
			}
			return p[1], nil
		}),
		vm.NewFunc(vm.Signature{Name: "fspath", Style: vm.ClinicArgs, Min: 1, Max: 1, Kw: []string{"path"}}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return fspath(th, args[0])
		}),
		vm.NewFunc(noArgs("getcwd"), func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			dir, err := h.getwd()
			return vm.Str(dir), err
		}),
		vm.NewFunc(noArgs("getpid"), func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if err := h.allow("os.getpid()"); err != nil {
				return nil, err
			}
			return vm.MakeInt(int64(os.Getpid())), nil
		}),
		vm.NewFunc(vm.Signature{Name: "listdir", Style: vm.ClinicArgs, Max: 1, Kw: []string{"path"}}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			dir := "."
			if args[0] != nil && !vm.IsNone(args[0]) {
				var err error
				if dir, err = pathArg(th, args[0]); err != nil {
					return nil, err
				}
			}
			if err := h.allow("os.listdir()"); err != nil {
				return nil, err
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				return nil, osError(err, dir)
			}
			names := make([]vm.Value, len(entries))
			for i, e := range entries {
				names[i] = vm.Str(e.Name())
			}
			return vm.NewList(names), nil
		}),
		h.pathOp("mkdir", []string{"path", "mode", "dir_fd"}, func(p string) error { return os.Mkdir(p, 0o777) }),
		h.pathOp("rmdir", pathDirFd, os.Remove),
		h.pathOp("remove", pathDirFd, func(p string) error {
			if fi, err := os.Lstat(p); err == nil && fi.IsDir() {
				return &os.PathError{Op: "remove", Path: p, Err: errIsDir}
			}
			return os.Remove(p)
		}),
		vm.NewFunc(vm.Signature{Name: "makedirs", Style: vm.PyArgs, Min: 1, Max: 3, Kw: []string{"name", "mode", "exist_ok"}}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			dir, err := pathArg(th, p[0])
			if err != nil {
				return nil, err
			}
			if err := h.allow("os.makedirs()"); err != nil {
				return nil, err
			}
			existOK := false
			if p[2] != nil {
				existOK, _ = vm.Truth(th, p[2])
			}
			if fi, err := os.Stat(dir); err == nil && (!existOK || !fi.IsDir()) {
				return nil, vm.NewOSError(17, "File exists", dir)
			}
			if err := os.MkdirAll(dir, 0o777); err != nil {
				return nil, osError(err, dir)
			}
			return vm.None, nil
		}),
		vm.NewFunc(vm.Signature{Name: "rename", Style: vm.ClinicArgs, Min: 2, Max: 2, Kw: []string{"src", "dst"}, KwOnly: []string{"src_dir_fd", "dst_dir_fd"}}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if err := noDirFd("rename", args[2:]); err != nil {
				return nil, err
			}
			src, dst, err := vm.ConvertPair(func(v vm.Value) (string, error) { return pathArg(th, v) }, args[0], args[1])
			if err != nil {
				return nil, err
			}
			if err := h.allow("os.rename()"); err != nil {
				return nil, err
			}
			if err := os.Rename(src, dst); err != nil {
				e, _ := osError(err, src).(*vm.Exception)
				if e != nil && e.Class.IsSubclass(vm.OSError) {
					_ = vm.SetAttr(nil, e, "filename2", vm.Str(dst))
				}
				return nil, e
			}
			return vm.None, nil
		}),
	} {
		m.Set(f.Name, f)
	}
	m.Set("unlink", mustGet(m, "remove"))
	return m, nil
}

// errIsDir is the error of os.remove on a directory (Go's os.Remove would remove it).
var errIsDir = syscall.EISDIR

func mustGet(m *vm.Module, name string) vm.Value {
	v, _ := m.Get(name)
	return v
}

// getwd is the working directory, behind the host capability.
func (h *host) getwd() (string, error) {
	if err := h.allow("os.getcwd()"); err != nil {
		return "", err
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", osError(err, "")
	}
	return dir, nil
}

// pathDirFd are the parameters of os.rmdir and os.remove.
var pathDirFd = []string{"path", "dir_fd"}

// noDirFd rejects the dir_fd arguments, which asyncscript does not support, unless None.
func noDirFd(name string, fds []vm.Value) error {
	for _, fd := range fds {
		if fd != nil && !vm.IsNone(fd) {
			return vm.Errorf(vm.NotImplementedError, "asyncscript does not support %s()'s dir_fd arguments", name)
		}
	}
	return nil
}

// pathOp makes a built-in taking a path (its parameters kw, path first and dir_fd last)
// that runs op on the host; a mode parameter is ignored.
func (h *host) pathOp(name string, kw []string, op func(string) error) *vm.Builtin {
	sig := vm.Signature{Name: name, Style: vm.ClinicArgs, Min: 1, Max: len(kw) - 1, Kw: kw[:len(kw)-1], KwOnly: kw[len(kw)-1:]}
	return vm.NewFunc(sig, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if err := noDirFd(name, args[len(args)-1:]); err != nil {
			return nil, err
		}
		p, err := pathArg(th, args[0])
		if err != nil {
			return nil, err
		}
		if err := h.allow("os." + name + "()"); err != nil {
			return nil, err
		}
		if err := op(p); err != nil {
			return nil, osError(err, p)
		}
		return vm.None, nil
	})
}

// pathArg takes a path argument: a str, or an os.PathLike object whose __fspath__ gives
// one (asyncscript has no bytes paths).
func pathArg(th *vm.Thread, v vm.Value) (string, error) {
	p, err := fspath(th, v)
	if s, ok := p.(vm.Str); ok {
		return string(s), nil
	}
	if err == nil {
		err = vm.Errorf(vm.TypeError, "expected str, bytes or os.PathLike object, not %s", vm.TypeName(v))
	}
	return "", err
}

// fspath is os.fspath(path): a str or bytes as it is, else the object's __fspath__(),
// which must give one of them.
func fspath(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch v.(type) {
	case vm.Str, vm.Bytes:
		return v, nil
	}
	m, ok := v.Type().Lookup("__fspath__")
	if !ok || vm.IsNone(m) {
		return nil, vm.Errorf(vm.TypeError, "expected str, bytes or os.PathLike object, not %s", vm.TypeName(v))
	}
	r, err := th.Call(m, []vm.Value{v}, nil)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case vm.Str, vm.Bytes:
		return r, nil
	}
	return nil, vm.Errorf(vm.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", vm.TypeName(v), vm.TypeName(r))
}
