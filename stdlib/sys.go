package stdlib

import (
	"io"
	"math"
	"runtime"

	"github.com/asyncscript/asyncscript/vm"
)

// The version asyncscript reports: the CPython release whose behaviour it follows.
const (
	pyMajor, pyMinor, pyMicro = 3, 11, 0
	sysVersion                = "3.11.0 (asyncscript)"
)

var (
	versionInfoClass    = newStructSeqClass("sys", "version_info")
	floatInfoClass      = newStructSeqClass("sys", "float_info")
	intInfoClass        = newStructSeqClass("sys", "int_info")
	implementationClass = vm.NewBuiltinClass("implementation", vm.ObjectClass)
)

// consoleStreams makes sys.stdout and sys.stderr for an interpreter, once. stdout shares
// print's buffer; stderr is written at once, as CPython's line-buffered stderr is, so with
// both redirected to one file stderr text comes before buffered stdout text, as in CPython.
// The interactive prompt (AutoFlush) flushes stdout first so the two stay in order.
func (h *host) consoleStreams(in *vm.Interp) (stdout, stderr *stream) {
	if h.stdoutFile == nil {
		h.stdoutFile = &stream{cls: textIOClass, name: vm.Str("<stdout>"), mode: "w", encoding: "utf-8", writable: true,
			out: func(s string) {
				in.Stdout.WriteString(s)
				if in.AutoFlush {
					in.Flush()
				}
			},
			flush: in.Flush}
		h.stderrFile = &stream{cls: textIOClass, name: vm.Str("<stderr>"), mode: "w", encoding: "utf-8", writable: true,
			out: func(s string) {
				if in.AutoFlush {
					in.Flush()
				}
				_, _ = io.WriteString(in.Stderr, s)
			},
			flush: func() {}}
	}
	return h.stdoutFile, h.stderrFile
}

// newSysModule builds sys.
func (h *host) newSysModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("sys")
	argv := make([]vm.Value, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = vm.Str(a)
	}
	m.Set("argv", vm.NewList(argv))
	stdout, stderr := h.consoleStreams(in)
	stdin, _ := h.stdinStream()
	for _, name := range []string{"stdout", "__stdout__"} {
		m.Set(name, stdout)
	}
	for _, name := range []string{"stderr", "__stderr__"} {
		m.Set(name, stderr)
	}
	for _, name := range []string{"stdin", "__stdin__"} {
		m.Set(name, stdin)
	}
	version := vm.Tuple{vm.MakeInt(pyMajor), vm.MakeInt(pyMinor), vm.MakeInt(pyMicro), vm.Str("final"), vm.MakeInt(0)}
	versionInfo := &structSeq{cls: versionInfoClass, fields: []string{"major", "minor", "micro", "releaselevel", "serial"},
		items: version, visible: 5}
	m.Set("version_info", versionInfo)
	m.Set("version", vm.Str(sysVersion))
	m.Set("hexversion", vm.MakeInt(pyMajor<<24|pyMinor<<16|pyMicro<<8|0xf0))
	m.Set("platform", vm.Str(platform()))
	m.Set("byteorder", vm.Str("little"))
	m.Set("maxsize", vm.MakeInt(math.MaxInt64))
	m.Set("maxunicode", vm.MakeInt(0x10ffff))
	m.Set("path", vm.NewList([]vm.Value{vm.Str("")}))
	m.Set("executable", vm.Str(""))
	m.Set("implementation", &implementation{version: versionInfo})
	m.Set("float_info", &structSeq{cls: floatInfoClass, visible: 11,
		fields: []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		items: vm.Tuple{vm.Float(math.MaxFloat64), vm.MakeInt(1024), vm.MakeInt(308), vm.Float(2.2250738585072014e-308),
			vm.MakeInt(-1021), vm.MakeInt(-307), vm.MakeInt(15), vm.MakeInt(53), vm.Float(2.220446049250313e-16),
			vm.MakeInt(2), vm.MakeInt(1)}})
	m.Set("int_info", &structSeq{cls: intInfoClass, visible: 4,
		fields: []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		items:  vm.Tuple{vm.MakeInt(30), vm.MakeInt(4), vm.MakeInt(4300), vm.MakeInt(640)}})
	m.Set("modules", &modulesView{in: in})
	sig := func(name string, style vm.ArgStyle) vm.Signature {
		return vm.Signature{Name: name, Qual: "sys." + name, Style: style, Max: 1}
	}
	for _, f := range []*vm.Builtin{
		vm.NewFunc(sig("exit", vm.PosArgs), sysExit),
		vm.NewFunc(sig("getrecursionlimit", vm.NoArgs), sysGetRecursionLimit),
		vm.NewFunc(sig("_getframe", vm.PosArgs), sysGetFrame),
		vm.NewFunc(sig("setrecursionlimit", vm.OneArg), sysSetRecursionLimit),
		vm.NewFunc(sig("exc_info", vm.NoArgs), sysExcInfo),
		vm.NewFunc(vm.Signature{Name: "set_coroutine_origin_tracking_depth", Qual: "set_coroutine_origin_tracking_depth",
			Style: vm.ClinicArgs, Min: 1, Max: 1, Kw: []string{"depth"}}, sysSetOriginDepth),
		vm.NewFunc(sig("get_coroutine_origin_tracking_depth", vm.NoArgs), sysGetOriginDepth),
		vm.NewFunc(vm.Signature{Name: "set_asyncgen_hooks", Style: vm.PyArgs, Max: 2, Kw: []string{"firstiter", "finalizer"}}, sysSetAsyncgenHooks),
		vm.NewFunc(sig("get_asyncgen_hooks", vm.NoArgs), sysGetAsyncgenHooks),
		vm.NewFunc(vm.Signature{Name: "getsizeof", Style: vm.VarKwArgs}, func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return nil, vm.Errorf(vm.NotImplementedError, "asyncscript does not support sys.getsizeof()")
		}),
		vm.NewFunc(sig("intern", vm.OneArg), func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if _, ok := args[0].(vm.Str); !ok {
				return nil, vm.Errorf(vm.TypeError, "intern() argument must be str, not %s", vm.TypeName(args[0]))
			}
			return args[0], nil
		}),
	} {
		m.Set(f.Name, f)
	}
	return m, nil
}

// platform is sys.platform for the host's operating system.
func platform() string {
	if runtime.GOOS == "windows" {
		return "win32"
	}
	return runtime.GOOS
}

// sysExit is sys.exit(status=None): it raises SystemExit(status), or SystemExit() without one.
func sysExit(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	if args[0] == nil {
		return nil, vm.NewException(vm.SystemExit)
	}
	return nil, vm.NewException(vm.SystemExit, args[0])
}

// sysGetFrame is sys._getframe(depth=0): the frame object depth calls out from the caller.
func sysGetFrame(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	depth, err := vm.OptIndex(th, args[0], 0)
	if err != nil {
		return nil, err
	}
	if f, ok := th.FrameAt(depth); ok {
		return f, nil
	}
	return nil, vm.Errorf(vm.ValueError, "call stack is not deep enough")
}

func sysGetRecursionLimit(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	return vm.MakeInt(int64(th.Interp().MaxDepth)), nil
}

func sysSetRecursionLimit(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	if _, isFloat := args[0].(vm.Float); isFloat {
		return nil, vm.Errorf(vm.TypeError, "'float' object cannot be interpreted as an integer")
	}
	n, err := intArg("setrecursionlimit", args[0])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, vm.Errorf(vm.ValueError, "recursion limit must be greater or equal than 1")
	}
	th.Interp().MaxDepth = n
	return vm.None, nil
}

// sysExcInfo is sys.exc_info(): (type, value, traceback) of the exception being handled.
func sysExcInfo(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	e := th.Handled()
	if e == nil {
		return vm.Tuple{vm.None, vm.None, vm.None}, nil
	}
	tb, _ := vm.GetAttr(th, e, "__traceback__")
	return vm.Tuple{e.Class, e, tb}, nil
}

// implementation is sys.implementation: name 'asyncscript', cache_tag None, the version.
type implementation struct{ version vm.Value }

// Type implements vm.Value.
func (*implementation) Type() *vm.Class { return implementationClass }

// Attr implements vm.AttrGetter.
func (i *implementation) Attr(name string) (vm.Value, bool) {
	switch name {
	case "name":
		return vm.Str("asyncscript"), true
	case "cache_tag":
		return vm.None, true
	case "version":
		return i.version, true
	case "hexversion":
		return vm.MakeInt(pyMajor<<24 | pyMinor<<16 | pyMicro<<8 | 0xf0), true
	}
	return nil, false
}

// Repr implements repr(): namespace(name='asyncscript', ...).
func (i *implementation) Repr() string {
	v, _ := vm.Repr(nil, i.version)
	return "namespace(name='asyncscript', cache_tag=None, version=" + v + ")"
}
