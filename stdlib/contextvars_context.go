package stdlib

import (
	"fmt"

	"github.com/asyncscript/asyncscript/vm"
)

// ctxKey checks a Context mapping key: only context variables are keys.
func ctxKey(k vm.Value) (*contextVar, error) {
	v, ok := k.(*contextVar)
	if !ok {
		s, _ := vm.Repr(nil, k)
		return nil, vm.Errorf(vm.TypeError, "a ContextVar key was expected, got %s", s)
	}
	return v, nil
}

// ctxList is a list built from each variable set in a context.
func ctxList(c *vm.Context, item func(k vm.Value) vm.Value) *vm.List {
	keys := c.Keys()
	out := make([]vm.Value, len(keys))
	for i, k := range keys {
		out[i] = item(k)
	}
	return vm.NewList(out)
}

// ctxValue is the value of a variable known to be set in c.
func ctxValue(c *vm.Context, k vm.Value) vm.Value {
	v, _ := c.Lookup(k)
	return v
}

// defineContextMethods gives vm.Context the methods of contextvars.Context: run, copy and
// the read-only mapping API.
func defineContextMethods() {
	cls := vm.ContextClass
	// CPython's Context() words its one check itself.
	cls.DefineConstructor(vm.Signature{Style: vm.VarKwArgs}, func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if len(args) > 0 || (kwargs != nil && kwargs.Len() > 0) {
			return nil, vm.Errorf(vm.TypeError, "Context() does not accept any arguments")
		}
		return vm.NewContext(), nil
	})
	keys := func(c *vm.Context) *vm.List { return ctxList(c, func(k vm.Value) vm.Value { return k }) }
	cls.DefineMethods([]vm.MethodDef{
		// run(callable, *args, **kwargs) words its own check, as CPython's does.
		{Name: "run", Style: vm.VarKwArgs, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			c := self.(*vm.Context)
			if len(args) < 1 {
				return nil, vm.Errorf(vm.TypeError, "run() missing 1 required positional argument")
			}
			if c.Entered {
				return nil, vm.Errorf(vm.RuntimeError, "cannot enter context: %s is already entered", fmt.Sprintf("<_contextvars.Context object at %p>", c))
			}
			c.Entered = true
			outer := th.SetContext(c)
			defer func() { th.SetContext(outer); c.Entered = false }()
			return th.Call(args[0], args[1:], kwargs)
		}},
		{Name: "copy", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return self.(*vm.Context).Copy(), nil
		}},
		{Name: "__len__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Int(self.(*vm.Context).Len()), nil
		}},
		{Name: "__getitem__", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			k, err := ctxKey(a[0])
			if err != nil {
				return nil, err
			}
			if v, ok := self.(*vm.Context).Lookup(k); ok {
				return v, nil
			}
			return nil, vm.NewException(vm.KeyError, k)
		}},
		{Name: "__contains__", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			k, err := ctxKey(a[0])
			if err != nil {
				return nil, err
			}
			_, ok := self.(*vm.Context).Lookup(k)
			return vm.Bool(ok), nil
		}},
		{Name: "get", Style: vm.PosArgs, Min: 1, Max: 2, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			k, err := ctxKey(a[0])
			if err != nil {
				return nil, err
			}
			if v, ok := self.(*vm.Context).Lookup(k); ok {
				return v, nil
			}
			return vm.OrNone(a[1]), nil
		}},
		{Name: "keys", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return keys(self.(*vm.Context)), nil
		}},
		{Name: "__iter__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Iter(th, keys(self.(*vm.Context)))
		}},
		{Name: "values", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			c := self.(*vm.Context)
			return ctxList(c, func(k vm.Value) vm.Value { return ctxValue(c, k) }), nil
		}},
		{Name: "items", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			c := self.(*vm.Context)
			return ctxList(c, func(k vm.Value) vm.Value { return vm.Tuple{k, ctxValue(c, k)} }), nil
		}},
	})
}
