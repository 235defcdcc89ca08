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
	mersenneClass.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := checkArgs("Random", args, 0, 1); err != nil {
			return nil, err
		}
		g := &mersenne{}
		seed := vm.Value(vm.None)
		if len(args) == 1 {
			seed = args[0]
		}
		return g, g.seed(th, seed)
	})
	self := func(args []vm.Value) *mersenne { return args[0].(*mersenne) }
	mersenneClass.AddMethods(map[string]fn{
		"seed": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("seed", args, 1, 2); err != nil {
				return nil, err
			}
			seed := vm.Value(vm.None)
			if len(args) == 2 {
				seed = args[1]
			}
			return vm.None, self(args).seed(th, seed)
		},
		"random": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Float(self(args).random()), nil
		},
		"getrandbits": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("getrandbits", args, 2, 2); err != nil {
				return nil, err
			}
			k, err := mathInt(args[1])
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
			return self(args).getrandbits(int(k.Int64())), nil
		},
		"getstate": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			g := self(args)
			t := make(vm.Tuple, mtN+1)
			for i, w := range g.state {
				t[i] = vm.MakeInt(int64(w))
			}
			t[mtN] = vm.MakeInt(int64(g.index))
			return t, nil
		},
		"setstate": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("setstate", args, 2, 2); err != nil {
				return nil, err
			}
			t, ok := args[1].(vm.Tuple)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "state vector must be a tuple")
			}
			if len(t) != mtN+1 {
				return nil, vm.Errorf(vm.ValueError, "state vector is the wrong size")
			}
			g := self(args)
			var st [mtN + 1]int64
			for i, v := range t {
				n, err := mathInt(v)
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
		},
	})
}
