package stdlib

import (
	"io"
	"testing"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/stretchr/testify/require"
)

// selfTuple returns a tuple that contains itself: infinitely deep, so a path over it that
// recursed without a guard would exhaust the Go stack and kill the test binary.
func selfTuple() vm.Tuple {
	t := make(vm.Tuple, 1)
	t[0] = t
	return t
}

// requireRecursion checks that err is the RecursionError CPython raises, ending in what.
func requireRecursion(t *testing.T, err error, what string) {
	t.Helper()
	e, ok := err.(*vm.Exception)
	require.True(t, ok, "want RecursionError, got %v", err)
	require.Equal(t, "RecursionError: maximum recursion depth exceeded"+what, e.Error())
}

func newThread() *vm.Thread { return vm.NewInterp(io.Discard, io.Discard).MainThread() }

// builtinFunc is the built-in function name, with its signature.
func builtinFunc(name string) *vm.Builtin {
	for _, f := range builtinFuncs() {
		if f.Name == name {
			return f
		}
	}
	panic("no built-in " + name)
}

// callBuiltin calls the built-in function (or iterator class) name as a script does,
// through its signature.
func callBuiltin(th *vm.Thread, name string, args ...vm.Value) (vm.Value, error) {
	for _, c := range []*vm.Class{enumerateClass, zipClass, mapClass, filterClass, reversedClass} {
		if c.Name == name {
			return th.Call(c, args, nil)
		}
	}
	return th.Call(builtinFunc(name), args, nil)
}

func TestDeepIsinstanceTuple(t *testing.T) {
	th := newThread()
	_, err := callBuiltin(th, "isinstance", vm.Int(1), vm.Tuple{vm.StrClass, selfTuple()})
	requireRecursion(t, err, " in __instancecheck__")
}

func TestDeepIssubclassTuple(t *testing.T) {
	th := newThread()
	_, err := callBuiltin(th, "issubclass", vm.IntClass, selfTuple())
	requireRecursion(t, err, " in __subclasscheck__")
}

// A chain of iterators each drawing from the next, as `it = map(f, it)` in a loop builds it:
// here the chain loops back on itself, so it is endless.
func TestDeepIteratorChains(t *testing.T) {
	wrappers := map[string]func(th *vm.Thread, inner vm.Value) (vm.Value, error){
		"map": func(th *vm.Thread, inner vm.Value) (vm.Value, error) {
			return callBuiltin(th, "map", builtinFunc("abs"), inner)
		},
		"filter": func(th *vm.Thread, inner vm.Value) (vm.Value, error) {
			return callBuiltin(th, "filter", vm.None, inner)
		},
		"zip": func(th *vm.Thread, inner vm.Value) (vm.Value, error) {
			return callBuiltin(th, "zip", inner)
		},
		"enumerate": func(th *vm.Thread, inner vm.Value) (vm.Value, error) {
			return callBuiltin(th, "enumerate", inner)
		},
	}
	for name, wrap := range wrappers {
		t.Run(name, func(t *testing.T) {
			th := newThread()
			var outer vm.Value
			loop := &funcIterator{class: mapClass, next: func(th *vm.Thread) (vm.Value, error) { return vm.Next(th, outer) }}
			var err error
			outer, err = wrap(th, loop)
			require.NoError(t, err)
			_, err = vm.Next(th, outer)
			requireRecursion(t, err, "")
		})
	}
}
