package stdlib

import (
	"sort"
	"sync"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// installBuiltins fills the interpreter's builtins module.
func installBuiltins(in *vm.Interp) {
	b := in.Builtins
	for _, f := range sharedBuiltinFuncs() {
		b.Set(f.Name, f)
	}
	for _, c := range []*vm.Class{
		vm.IntClass, vm.FloatClass, vm.StrClass, vm.BoolClass, vm.ListClass, vm.TupleClass,
		vm.DictClass, vm.SetClass, vm.FrozenSetClass, vm.RangeClass, vm.SliceClass,
		vm.ObjectClass, vm.TypeClass, vm.StaticMethodClass, vm.ClassMethodClass,
		vm.PropertyClass, vm.BytesClass, vm.ByteArrayClass, vm.SuperClass, complexClass, memoryviewClass,
		enumerateClass, zipClass, mapClass, filterClass, reversedClass,
	} {
		b.Set(c.Name, c)
	}
	for _, c := range append(vm.ExceptionClasses, vm.OSErrorClasses...) {
		b.Set(c.Name, c)
	}
	b.Set("EnvironmentError", vm.OSError)
	b.Set("IOError", vm.OSError)
	b.Set("NotImplemented", vm.NotImplemented)
	b.Set("Ellipsis", vm.Ellipsis)
	b.Set("exit", &quitter{"exit"})
	b.Set("quit", &quitter{"quit"})
	b.Set("__name__", vm.Str("builtins"))
}

// sharedBuiltinFuncs are the built-in functions, made once: they hold no state, so every
// interpreter can use the same ones.
var sharedBuiltinFuncs = sync.OnceValue(builtinFuncs)

// builtinFuncs makes the built-in functions, each with the signature CPython gives it.
func builtinFuncs() []*vm.Builtin {
	oneArg := func(name string, f vm.BoundFunc) *vm.Builtin {
		return vm.NewFunc(vm.Signature{Name: name, Style: vm.OneArg}, f)
	}
	posArgs := func(name string, min, max int, f vm.BoundFunc) *vm.Builtin {
		return vm.NewFunc(vm.Signature{Name: name, Style: vm.PosArgs, Min: min, Max: max}, f)
	}
	return []*vm.Builtin{
		vm.NewFunc(vm.Signature{Name: "print", Style: vm.VarArgs, KwOnly: printOptions}, builtinPrint),
		oneArg("len", builtinLen), oneArg("repr", builtinRepr), oneArg("ascii", builtinASCII),
		posArgs("isinstance", 2, 2, builtinIsinstance), posArgs("issubclass", 2, 2, builtinIssubclass),
		vm.Borrowing(vm.NewFunc(vm.Signature{Name: "sorted", Style: vm.VarKwArgs}, builtinSorted)),
		vm.NewFoldFunc(minMaxSignature("min"), minMaxFold("min", bytecode.CmpLT)),
		vm.NewFoldFunc(minMaxSignature("max"), minMaxFold("max", bytecode.CmpGT)),
		vm.NewFoldFunc(vm.Signature{Name: "sum", Style: vm.TupleArgs, Min: 1, Max: 2, Kw: []string{"", "start"}}, sumFold),
		oneArg("abs", builtinAbs),
		vm.NewFunc(vm.Signature{Name: "round", Style: vm.TupleArgs, Min: 1, Max: 2, Kw: []string{"number", "ndigits"}}, builtinRound),
		posArgs("divmod", 2, 2, builtinDivmod),
		vm.NewFunc(vm.Signature{Name: "pow", Style: vm.TupleArgs, Min: 2, Max: 3, Kw: []string{"base", "exp", "mod"}}, builtinPow),
		vm.NewFoldFunc(vm.Signature{Name: "any", Style: vm.OneArg}, anyAllFold(true)),
		vm.NewFoldFunc(vm.Signature{Name: "all", Style: vm.OneArg}, anyAllFold(false)),
		posArgs("hasattr", 2, 2, builtinHasattr), posArgs("getattr", 2, 3, builtinGetattr),
		posArgs("setattr", 3, 3, builtinSetattr), posArgs("delattr", 2, 2, builtinDelattr),
		posArgs("iter", 1, 2, builtinIter), vm.Borrowing(posArgs("next", 1, 2, builtinNext)),
		posArgs("aiter", 1, 1, builtinAiter), posArgs("anext", 1, 2, builtinAnext),
		vm.NewFunc(importSignature, builtinImport),
		oneArg("hash", builtinHash), posArgs("format", 1, 2, builtinFormat),
		oneArg("chr", builtinChr), oneArg("ord", builtinOrd), oneArg("hex", builtinHex),
		oneArg("bin", builtinBin), oneArg("oct", builtinOct), oneArg("id", builtinID),
		oneArg("callable", builtinCallable), posArgs("vars", 0, 1, builtinVars), posArgs("dir", 0, 1, builtinDir),
		vm.NewFunc(vm.Signature{Name: "exec", Style: vm.ClinicArgs, Min: 1, Max: 3, Kw: []string{"", "", ""}, KwOnly: []string{"closure"}}, builtinExec),
		posArgs("eval", 1, 3, builtinEval),
		vm.NewFunc(vm.Signature{Name: "compile", Style: vm.ClinicArgs, Min: 3, Max: 6,
			Kw: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, KwOnly: []string{"_feature_version"}}, builtinCompile),
		vm.NewFunc(vm.Signature{Name: "globals", Style: vm.NoArgs}, builtinGlobals),
		vm.NewFunc(vm.Signature{Name: "locals", Style: vm.NoArgs}, builtinLocals),
	}
}

// printOptions are print's keyword-only parameters, the last values of its bound arguments.
var printOptions = []string{"sep", "end", "file", "flush"}

func builtinPrint(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	n := len(args) - len(printOptions)
	opts := args[n:]
	args = args[:n]
	sep, end := " ", "\n"
	for i, dst := range []*string{&sep, &end} {
		if v := opts[i]; v != nil && !vm.IsNone(v) {
			s, isStr := v.(vm.Str)
			if !isStr {
				return nil, vm.Errorf(vm.TypeError, "%s must be None or a string, not %s", printOptions[i], vm.TypeName(v))
			}
			*dst = string(s)
		}
	}
	flush, file := opts[3], opts[2]
	in := th.Interp()
	if file == nil || vm.IsNone(file) {
		file = redirectedStdout(in)
	}
	if file != nil {
		return vm.None, printTo(th, file, args, sep, end, flush)
	}
	out := in.Stdout
	if in.AutoFlush {
		defer in.Flush()
	}
	for i, a := range args {
		if i > 0 {
			out.WriteString(sep)
		}
		s, err := vm.ToStr(th, a)
		if err != nil {
			return nil, err
		}
		out.WriteString(s)
	}
	out.WriteString(end)
	if flush != nil {
		if t, _ := vm.Truth(th, flush); t {
			th.Interp().Flush()
		}
	}
	return vm.None, nil
}

func builtinLen(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	n, err := vm.Len(th, args[0])
	return vm.MakeInt(int64(n)), err
}

func builtinRepr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	s, err := vm.Repr(th, args[0])
	return vm.Str(s), err
}

func builtinASCII(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	s, err := vm.ASCII(th, args[0])
	return vm.Str(s), err
}

func builtinFormat(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	spec, err := optStr(args[1], "", "format() argument 2")
	if err != nil {
		return nil, err
	}
	s, err := vm.Format(th, args[0], spec)
	return vm.Str(s), err
}

func builtinIsinstance(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	obj := args[0]
	ok, err := classMatch(th, func(cls *vm.Class) (bool, error) { return vm.InstanceCheck(th, obj, cls) }, args[1], "isinstance", obj)
	return vm.Bool(ok), err
}

func builtinIssubclass(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	c, ok := args[0].(*vm.Class)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "issubclass() arg 1 must be a class")
	}
	m, err := classMatch(th, func(cls *vm.Class) (bool, error) { return vm.SubclassCheck(th, c, cls) }, args[1], "issubclass", c)
	return vm.Bool(m), err
}

// classMatch applies check to a class or to each of a tuple of classes, for isinstance and
// issubclass. Another object answers through its class's __instancecheck__ or
// __subclasscheck__ (typing.List, a protocol alias), as in CPython.
func classMatch(th *vm.Thread, check func(*vm.Class) (bool, error), spec vm.Value, fname string, arg vm.Value) (bool, error) {
	switch s := spec.(type) {
	case *vm.Class:
		return check(s)
	case vm.Tuple:
		what := " in __instancecheck__"
		if fname == "issubclass" {
			what = " in __subclasscheck__"
		}
		if err := th.EnterNested(what, 1); err != nil {
			return false, err
		}
		defer th.LeaveNested()
		for _, x := range s {
			m, err := classMatch(th, check, x, fname, arg)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	default:
		// The hook is looked up on the object's class, as CPython looks up special methods:
		// a generic alias forwards its other attributes to its origin class.
		hook := map[string]string{"isinstance": "__instancecheck__", "issubclass": "__subclasscheck__"}[fname]
		if m, ok := s.Type().Lookup(hook); ok {
			r, err := th.Call(m, []vm.Value{s, arg}, nil)
			if err != nil {
				return false, err
			}
			return vm.Truth(th, r)
		}
	}
	return false, vm.Errorf(vm.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname)
}

func builtinHasattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if _, err := vm.GetAttr(th, args[0], name); err != nil {
		if isAttributeError(err) {
			return vm.False, nil
		}
		return nil, err
	}
	return vm.True, nil
}

func isAttributeError(err error) bool {
	e, ok := err.(*vm.Exception)
	return ok && e.Class.IsSubclass(vm.AttributeError)
}

func attrName(v vm.Value) (string, error) {
	s, ok := v.(vm.Str)
	if !ok {
		return "", vm.Errorf(vm.TypeError, "attribute name must be string, not '%s'", vm.TypeName(v))
	}
	return string(s), nil
}

func builtinGetattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := vm.GetAttr(th, args[0], name)
	if err != nil && args[2] != nil && isAttributeError(err) {
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return vm.None, vm.SetAttr(th, args[0], name, args[2])
}

func builtinDelattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return vm.None, vm.DelAttr(th, args[0], name)
}

func builtinHash(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	h, err := vm.Hash(th, args[0])
	return vm.MakeInt(h), err
}

func builtinID(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return vm.MakeInt(int64(vm.ID(args[0]))), nil
}

func builtinCallable(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return vm.Bool(vm.Callable(args[0])), nil
}

// localNames is dir() without an argument: the sorted names of the caller's locals.
func localNames(th *vm.Thread) (vm.Value, error) {
	d := th.CallerLocals()
	if d == nil {
		d = th.CallerGlobals().Dict()
	}
	keys := d.Keys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].(vm.Str) < keys[j].(vm.Str) })
	return vm.NewList(keys), nil
}

func builtinVars(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if args[0] == nil {
		return callerLocals(th), nil
	}
	v, err := vm.GetAttr(th, args[0], "__dict__")
	if err != nil {
		return nil, vm.Errorf(vm.TypeError, "vars() argument must have __dict__ attribute")
	}
	return v, nil
}

func builtinDir(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if args[0] == nil {
		return localNames(th)
	}
	if m, ok := args[0].(*vm.Module); ok {
		// A module's own __dir__ function (PEP 562) lists its names, lazy ones included.
		if hook, ok := m.Get("__dir__"); ok {
			r, err := th.Call(hook, nil, nil)
			if err != nil {
				return nil, err
			}
			return builtinSorted(th, []vm.Value{r}, nil)
		}
	}
	if m, ok := args[0].Type().Lookup("__dir__"); ok {
		r, err := th.Call(m, []vm.Value{args[0]}, nil)
		if err != nil {
			return nil, err
		}
		return builtinSorted(th, []vm.Value{r}, nil)
	}
	names := vm.Dir(args[0])
	items := make([]vm.Value, len(names))
	for i, n := range names {
		items[i] = vm.Str(n)
	}
	return vm.NewList(items), nil
}
