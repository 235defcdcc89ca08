package asyncio

import "github.com/asyncscript/asyncscript/vm"

// params binds a call's arguments to named parameters: positional ones first, then keywords.
// Parameters not passed are nil. Extra or unknown arguments are a TypeError naming fname.
func params(fname string, args []vm.Value, kwargs *vm.Dict, names ...string) ([]vm.Value, error) {
	if len(args) > len(names) {
		return nil, vm.Errorf(vm.TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args))
	}
	out := make([]vm.Value, len(names))
	copy(out, args)
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			k := string(kv[0].(vm.Str))
			found := false
			for i, n := range names {
				if n == k {
					if out[i] != nil {
						return nil, vm.Errorf(vm.TypeError, "%s() got multiple values for argument '%s'", fname, k)
					}
					out[i], found = kv[1], true
				}
			}
			if !found {
				return nil, vm.Errorf(vm.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
			}
		}
	}
	return out, nil
}

// required reports a missing required argument as CPython does.
func required(fname string, v vm.Value, name string) error {
	if v == nil {
		return vm.Errorf(vm.TypeError, "%s() missing 1 required positional argument: '%s'", fname, name)
	}
	return nil
}

// orNone turns a parameter that was not passed into None.
func orNone(v vm.Value) vm.Value {
	if v == nil {
		return vm.None
	}
	return v
}
