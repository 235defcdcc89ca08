package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// suppressClass is contextlib.suppress: a context manager that swallows the given exceptions.
var suppressClass = vm.NewBuiltinClass("suppress", vm.ObjectClass)

// suppress is an instance of contextlib.suppress.
type suppress struct{ types vm.Tuple }

// Type implements vm.Value.
func (*suppress) Type() *vm.Class { return suppressClass }

// generatorCM is what a @contextmanager function returns: a context manager driving a
// generator that yields once.
type generatorCM struct{ gen vm.Value }

var generatorCMClass = vm.NewBuiltinClass("_GeneratorContextManager", vm.ObjectClass)

// Type implements vm.Value.
func (*generatorCM) Type() *vm.Class { return generatorCMClass }

func init() {
	suppressClass.Module = "contextlib"
	suppressClass.DefineConstructor(vm.Signature{Style: vm.VarArgs}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return &suppress{types: vm.Tuple(args)}, nil
	})
	suppressClass.DefineMethods([]vm.MethodDef{
		{Name: "__enter__", Style: vm.NoArgs, Fn: func(*vm.Thread, vm.Value, []vm.Value, *vm.Dict) (vm.Value, error) { return vm.None, nil }},
		{Name: "__exit__", Style: vm.PosArgs, Min: 3, Max: 3, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			exc, ok := a[1].(*vm.Exception)
			if !ok {
				return vm.False, nil
			}
			for _, t := range self.(*suppress).types {
				if c, ok := t.(*vm.Class); ok && exc.Class.IsSubclass(c) {
					return vm.True, nil
				}
			}
			return vm.False, nil
		}},
	})
	generatorCMClass.Module = "contextlib"
	generatorCMClass.DefineMethods([]vm.MethodDef{
		{Name: "__enter__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			v, err := vm.Next(th, self.(*generatorCM).gen)
			if err == nil && v == nil {
				return nil, vm.Errorf(vm.RuntimeError, "generator didn't yield")
			}
			return v, err
		}},
		{Name: "__exit__", Style: vm.PosArgs, Min: 3, Max: 3, Fn: generatorCMExit},
	})
}

// generatorCMExit finishes the generator: on a normal exit it must stop; with an exception
// the exception is thrown in at the yield, and the block's exception is suppressed if the
// generator swallows it.
func generatorCMExit(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	cm := self.(*generatorCM)
	gen, ok := cm.gen.(*vm.Generator)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "contextmanager needs a generator")
	}
	exc, hasExc := args[1].(*vm.Exception)
	if !hasExc {
		_, done, err := gen.Resume(th, vm.None, nil)
		if err != nil {
			return nil, err
		}
		if !done {
			return nil, vm.Errorf(vm.RuntimeError, "generator didn't stop")
		}
		return vm.False, nil
	}
	_, done, err := gen.Resume(th, vm.None, exc)
	if err == nil {
		if !done {
			return nil, vm.Errorf(vm.RuntimeError, "generator didn't stop after throw()")
		}
		return vm.True, nil
	}
	if err == error(exc) {
		return vm.False, nil
	}
	if e, ok := err.(*vm.Exception); ok && e.Cause == exc && e.Class == vm.RuntimeError && exc.Class.IsSubclass(vm.StopIteration) {
		return vm.False, nil
	}
	return nil, err
}

func newContextlibModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("contextlib")
	m.Set("suppress", suppressClass)
	m.Set("contextmanager", vm.NewFunc(vm.Signature{Name: "contextmanager", Style: vm.OneArg}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		f := args[0]
		return vm.NewBuiltin("helper", func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			gen, err := th.Call(f, args, kwargs)
			if err != nil {
				return nil, err
			}
			return &generatorCM{gen: gen}, nil
		}), nil
	}))
	return m, nil
}
