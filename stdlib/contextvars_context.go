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
	cls.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if len(args) > 0 || (kwargs != nil && kwargs.Len() > 0) {
			return nil, vm.Errorf(vm.TypeError, "Context() does not accept any arguments")
		}
		return vm.NewContext(), nil
	})
	cls.AddMethods(map[string]fn{
		"run": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			c := args[0].(*vm.Context)
			if len(args) < 2 {
				return nil, vm.Errorf(vm.TypeError, "run() missing 1 required positional argument")
			}
			if c.Entered {
				return nil, vm.Errorf(vm.RuntimeError, "cannot enter context: %s is already entered", fmt.Sprintf("<_contextvars.Context object at %p>", c))
			}
			c.Entered = true
			outer := th.SetContext(c)
			defer func() { th.SetContext(outer); c.Entered = false }()
			return th.Call(args[1], args[2:], kwargs)
		},
	})
	vm.DefineMethod(cls, "copy", 0, 0, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		return self.(*vm.Context).Copy(), nil
	})
	vm.DefineMethod(cls, "__len__", 0, 0, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Int(self.(*vm.Context).Len()), nil
	})
	vm.DefineMethod(cls, "__getitem__", 1, 1, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		k, err := ctxKey(a[0])
		if err != nil {
			return nil, err
		}
		if v, ok := self.(*vm.Context).Lookup(k); ok {
			return v, nil
		}
		return nil, vm.NewException(vm.KeyError, k)
	})
	vm.DefineMethod(cls, "__contains__", 1, 1, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		k, err := ctxKey(a[0])
		if err != nil {
			return nil, err
		}
		_, ok := self.(*vm.Context).Lookup(k)
		return vm.Bool(ok), nil
	})
	vm.DefineMethod(cls, "get", 1, 2, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		k, err := ctxKey(a[0])
		if err != nil {
			return nil, err
		}
		if v, ok := self.(*vm.Context).Lookup(k); ok {
			return v, nil
		}
		if len(a) > 1 && a[1] != nil {
			return a[1], nil
		}
		return vm.None, nil
	})
	vm.DefineMethod(cls, "keys", 0, 0, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		return ctxList(self.(*vm.Context), func(k vm.Value) vm.Value { return k }), nil
	})
	vm.DefineMethod(cls, "__iter__", 0, 0, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Iter(th, ctxList(self.(*vm.Context), func(k vm.Value) vm.Value { return k }))
	})
	vm.DefineMethod(cls, "values", 0, 0, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		c := self.(*vm.Context)
		return ctxList(c, func(k vm.Value) vm.Value { return ctxValue(c, k) }), nil
	})
	vm.DefineMethod(cls, "items", 0, 0, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		c := self.(*vm.Context)
		return ctxList(c, func(k vm.Value) vm.Value { return vm.Tuple{k, ctxValue(c, k)} }), nil
	})
}
