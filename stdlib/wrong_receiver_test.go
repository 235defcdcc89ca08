package stdlib_test

import (
	"fmt"
	"io"
	"sort"
	"testing"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/vm"
)

// TestMethodsCheckTheirReceiver calls every method of every built-in class with no
// arguments at all and with a receiver of a foreign class, as list.append() and
// list.append("x", 1) do from a script: each must raise a TypeError, never panic or fail
// with an internal error.
func TestMethodsCheckTheirReceiver(t *testing.T) {
	th := stdlib.New(io.Discard, io.Discard).MainThread()
	foreign := []vm.Value{vm.MakeInt(1), vm.Str("x"), vm.None}
	checked := 0
	// Some classes from vm, from stdlib's modules and from asyncio, which must all have
	// been reached.
	reached := map[string]bool{}
	for _, name := range []string{"builtins.list", "builtins.str", "builtins.async_generator", "_random.Random",
		"_io.TextIOWrapper", "_io.BufferedReader", "_io.BufferedWriter", "_io.StringIO", "_io.BytesIO",
		"sys.modules", "sys.version_info", "time.struct_time", "warnings.catch_warnings",
		"_asyncio.Future", "_asyncio.Task", "asyncio.events.Handle", "asyncio.events.TimerHandle",
		"asyncio.unix_events._UnixSelectorEventLoop", "concurrent.futures._base.Future",
		"builtins.bytes", "builtins.object", "builtins.type", "builtins.property", "_re._Regex", "_hashlib.HASH"} {
		reached[name] = false
	}
	for _, cls := range vm.BuiltinClasses() {
		names := make([]string, 0, len(cls.Dict))
		for name := range cls.Dict {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			fn, isClassMethod := methodImpl(cls.Dict[name])
			if fn == nil {
				continue
			}
			if _, ok := reached[cls.Module+"."+cls.Name]; ok {
				reached[cls.Module+"."+cls.Name] = true
			}
			label := cls.Name + "." + name
			calls := [][]vm.Value{nil}
			for _, v := range foreign {
				receiver := v.Type().IsSubclass(cls)
				if isClassMethod {
					receiver = v.Type().IsSubclass(vm.TypeClass)
				}
				if !receiver {
					calls = append(calls, []vm.Value{v, vm.MakeInt(2)})
					break
				}
			}
			for _, args := range calls {
				err := callCatchingPanic(th, fn, args)
				e, ok := err.(*vm.Exception)
				if !ok || e.Class != vm.TypeError {
					t.Errorf("%s with arguments %v: want a TypeError, got %v", label, args, err)
				}
				checked++
			}
		}
	}
	for name, ok := range reached {
		if !ok {
			t.Errorf("no method of %s was checked", name)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d calls checked: the built-in classes were not found", checked)
	}
}

// methodImpl returns the Go implementation of a built-in method or class method found in a
// class's dict, or nil for anything else.
func methodImpl(v vm.Value) (vm.NativeFunc, bool) {
	switch m := v.(type) {
	case *vm.Builtin:
		return m.Fn, false
	case *vm.ClassMethod:
		if b, ok := m.Func.(*vm.Builtin); ok {
			return b.Fn, true
		}
	}
	return nil, false
}

// callCatchingPanic calls fn, turning a Go panic into an error the test reports.
func callCatchingPanic(th *vm.Thread, fn vm.NativeFunc, args []vm.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	_, err = fn(th, args, nil)
	return err
}
