package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// newRandomCore is the private _random module: the Mersenne Twister that lib/random.py
// builds the random module on.
func newRandomCore(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_random")
	m.Set("Random", mersenneClass)
	return m, nil
}

func init() {
	mersenneClass.Module = "_random"
	// CPython's Random.__init__ words its own count check.
	mersenneClass.DefineConstructor(vm.Signature{Style: vm.PosArgs, Max: 1, Usage: "Random() requires 0 or 1 argument"},
		func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g := &mersenne{}
			return g, g.seed(th, vm.OrNone(args[0]))
		})
	self := func(v vm.Value) *mersenne { return v.(*mersenne) }
	mersenneClass.DefineMethods([]vm.MethodDef{
		{Name: "seed", Style: vm.PosArgs, Max: 1, Fn: func(th *vm.Thread, r vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, self(r).seed(th, vm.OrNone(args[0]))
		}},
		{Name: "random", Style: vm.NoArgs, Fn: func(th *vm.Thread, r vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Float(self(r).random()), nil
		}},
		{Name: "getrandbits", Style: vm.OneArg, Fn: func(th *vm.Thread, r vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			k, err := mathInt(th, args[0])
			if err != nil {
				return nil, err
			}
			if k.Sign() < 0 {
				return nil, vm.Errorf(vm.ValueError, "number of bits must be non-negative")
			}
			if k.Sign() == 0 {
				return vm.MakeInt(0), nil
			}
			if !k.IsInt64() || k.Int64() > 1<<26 {
				return nil, vm.Errorf(vm.OverflowError, "getrandbits() argument too large for asyncscript")
			}
			return self(r).getrandbits(int(k.Int64())), nil
		}},
		{Name: "getstate", Style: vm.NoArgs, Fn: func(th *vm.Thread, r vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g := self(r)
			t := make(vm.Tuple, mtN+1)
			for i, w := range g.state {
				t[i] = vm.MakeInt(int64(w))
			}
			t[mtN] = vm.MakeInt(int64(g.index))
			return t, nil
		}},
		{Name: "setstate", Style: vm.OneArg, Fn: func(th *vm.Thread, r vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			t, ok := args[0].(vm.Tuple)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "state vector must be a tuple")
			}
			if len(t) != mtN+1 {
				return nil, vm.Errorf(vm.ValueError, "state vector is the wrong size")
			}
			g := self(r)
			var st [mtN + 1]int64
			for i, v := range t {
				n, err := mathInt(th, v)
				if err != nil {
					return nil, err
				}
				st[i] = n.Int64()
			}
			if st[mtN] < 0 || st[mtN] > mtN {
				return nil, vm.Errorf(vm.ValueError, "invalid state")
			}
			for i := 0; i < mtN; i++ {
				g.state[i] = uint32(st[i])
			}
			g.index = int(st[mtN])
			return vm.None, nil
		}},
	})
}
