package stdlib

import (
	"sort"

	"github.com/asyncscript/asyncscript/vm"
)

// installBuiltins fills the interpreter's builtins module.
func installBuiltins(in *vm.Interp) {
	b := in.Builtins
	for name, f := range map[string]fn{
		"print": builtinPrint, "len": builtinLen, "repr": builtinRepr, "ascii": builtinASCII,
		"isinstance": builtinIsinstance, "issubclass": builtinIssubclass,
		"sorted": builtinSorted, "reversed": builtinReversed, "min": builtinMin, "max": builtinMax,
		"sum": builtinSum, "abs": builtinAbs, "round": builtinRound, "divmod": builtinDivmod,
		"pow": builtinPow, "enumerate": builtinEnumerate, "zip": builtinZip, "map": builtinMap,
		"filter": builtinFilter, "any": builtinAny, "all": builtinAll, "hasattr": builtinHasattr,
		"getattr": builtinGetattr, "setattr": builtinSetattr, "delattr": builtinDelattr,
		"iter": builtinIter, "next": builtinNext, "hash": builtinHash, "format": builtinFormat,
		"chr": builtinChr, "ord": builtinOrd, "hex": builtinHex, "bin": builtinBin,
		"oct": builtinOct, "id": builtinID, "callable": builtinCallable, "vars": builtinVars,
		"dir": builtinDir, "exec": builtinExec, "eval": builtinEval, "compile": builtinCompile,
		"globals": builtinGlobals, "locals": builtinLocals,
	} {
		b.Set(name, vm.NewBuiltin(name, f))
	}
	for _, c := range []*vm.Class{
		vm.IntClass, vm.FloatClass, vm.StrClass, vm.BoolClass, vm.ListClass, vm.TupleClass,
		vm.DictClass, vm.SetClass, vm.FrozenSetClass, vm.RangeClass, vm.SliceClass,
		vm.ObjectClass, vm.TypeClass, vm.StaticMethodClass, vm.ClassMethodClass,
		vm.PropertyClass, vm.BytesClass, vm.SuperClass, complexClass,
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
	b.Set("__name__", vm.Str("builtins"))
}

func builtinPrint(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	sep, end := " ", "\n"
	for _, opt := range []struct {
		name string
		dst  *string
	}{{"sep", &sep}, {"end", &end}} {
		if v, ok := kwarg(kwargs, opt.name); ok && v != vm.None {
			s, isStr := v.(vm.Str)
			if !isStr {
				return nil, vm.Errorf(vm.TypeError, "%s must be None or a string, not %s", opt.name, vm.TypeName(v))
			}
			*opt.dst = string(s)
		}
	}
	flush, _ := kwarg(kwargs, "flush")
	file, _ := kwarg(kwargs, "file")
	if err := rejectRest("print", kwargs); err != nil {
		return nil, err
	}
	in := th.Interp()
	if file == nil || file == vm.None {
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
	if err := checkArgs("len", args, 1, 1); err != nil {
		return nil, err
	}
	n, err := vm.Len(th, args[0])
	return vm.MakeInt(int64(n)), err
}

func builtinRepr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("repr", args, 1, 1); err != nil {
		return nil, err
	}
	s, err := vm.Repr(th, args[0])
	return vm.Str(s), err
}

func builtinASCII(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("ascii", args, 1, 1); err != nil {
		return nil, err
	}
	s, err := vm.ASCII(th, args[0])
	return vm.Str(s), err
}

func builtinFormat(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("format", args, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "format() argument 2 must be str, not %s", vm.TypeName(args[1]))
		}
		spec = string(s)
	}
	s, err := vm.Format(th, args[0], spec)
	return vm.Str(s), err
}

func builtinIsinstance(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("isinstance", args, 2, 2); err != nil {
		return nil, err
	}
	ok, err := classMatch(args[0].Type(), args[1], "isinstance")
	return vm.Bool(ok), err
}

func builtinIssubclass(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("issubclass", args, 2, 2); err != nil {
		return nil, err
	}
	c, ok := args[0].(*vm.Class)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "issubclass() arg 1 must be a class")
	}
	m, err := classMatch(c, args[1], "issubclass")
	return vm.Bool(m), err
}

// classMatch tests c against a class or a tuple of classes, for isinstance and issubclass.
func classMatch(c *vm.Class, spec vm.Value, fname string) (bool, error) {
	switch s := spec.(type) {
	case *vm.Class:
		return vm.IsSubclass(c, s), nil
	case vm.Tuple:
		for _, x := range s {
			m, err := classMatch(c, x, fname)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return false, vm.Errorf(vm.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname)
}

func builtinHasattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("hasattr", args, 2, 2); err != nil {
		return nil, err
	}
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
	if err := checkArgs("getattr", args, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := vm.GetAttr(th, args[0], name)
	if err != nil && len(args) == 3 && isAttributeError(err) {
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("setattr", args, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return vm.None, vm.SetAttr(th, args[0], name, args[2])
}

func builtinDelattr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("delattr", args, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return vm.None, vm.DelAttr(th, args[0], name)
}

func builtinHash(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("hash", args, 1, 1); err != nil {
		return nil, err
	}
	h, err := vm.Hash(th, args[0])
	return vm.MakeInt(h), err
}

func builtinID(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("id", args, 1, 1); err != nil {
		return nil, err
	}
	return vm.MakeInt(int64(vm.ID(args[0]))), nil
}

func builtinCallable(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("callable", args, 1, 1); err != nil {
		return nil, err
	}
	switch args[0].(type) {
	case *vm.Function, *vm.Builtin, *vm.BoundMethod, *vm.Class:
		return vm.True, nil
	}
	_, ok := args[0].Type().Lookup("__call__")
	return vm.Bool(ok), nil
}

// localNames is dir() without an argument: the sorted names of the caller's locals.
func localNames(th *vm.Thread) (vm.Value, error) {
	d := th.CallerLocals()
	if d == nil {
		d = th.CallerGlobals().Namespace().Snapshot()
	}
	keys := d.Keys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].(vm.Str) < keys[j].(vm.Str) })
	return vm.NewList(keys), nil
}

func builtinVars(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("vars", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return builtinLocals(th, args, kwargs)
	}
	v, err := vm.GetAttr(th, args[0], "__dict__")
	if err != nil {
		return nil, vm.Errorf(vm.TypeError, "vars() argument must have __dict__ attribute")
	}
	return v, nil
}

func builtinDir(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("dir", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return localNames(th)
	}
	names := vm.Dir(args[0])
	items := make([]vm.Value, len(names))
	for i, n := range names {
		items[i] = vm.Str(n)
	}
	return vm.NewList(items), nil
}
