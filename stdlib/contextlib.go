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
	suppressClass.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := noKwargs("suppress", kwargs); err != nil {
			return nil, err
		}
		return &suppress{types: append(vm.Tuple(nil), args...)}, nil
	})
	suppressClass.AddMethods(map[string]fn{
		"__enter__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) { return vm.None, nil },
		"__exit__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			s := args[0].(*suppress)
			exc, ok := args[2].(*vm.Exception)
			if !ok {
				return vm.False, nil
			}
			for _, t := range s.types {
				if c, ok := t.(*vm.Class); ok && exc.Class.IsSubclass(c) {
					return vm.True, nil
				}
			}
			return vm.False, nil
		},
	})
	generatorCMClass.Module = "contextlib"
	generatorCMClass.AddMethods(map[string]fn{
		"__enter__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			v, err := vm.Next(th, args[0].(*generatorCM).gen)
			if err == nil && v == nil {
				return nil, vm.Errorf(vm.RuntimeError, "generator didn't yield")
			}
			return v, err
		},
		"__exit__": generatorCMExit,
	})
}

// generatorCMExit finishes the generator: on a normal exit it must stop; with an exception
// the exception is thrown in at the yield, and the block's exception is suppressed if the
// generator swallows it.
func generatorCMExit(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	cm := args[0].(*generatorCM)
	gen, ok := cm.gen.(*vm.Generator)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "contextmanager needs a generator")
	}
	exc, hasExc := args[2].(*vm.Exception)
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
	m.Set("contextmanager", vm.NewBuiltin("contextmanager", func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := checkArgs("contextmanager", args, 1, 1); err != nil {
			return nil, err
		}
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
