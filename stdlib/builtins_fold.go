package stdlib

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// The built-ins that reduce an iterable to one value are folds (vm.Fold), so a dispatch loop
// calling them runs a generator argument in its own loop.

// anyAllFold is any (stopAt true) or all (stopAt false): it stops at the first item whose
// truth is stopAt.
func anyAllFold(stopAt bool) vm.FoldStart {
	return func(_ *vm.Thread, args []vm.Value) (vm.Value, vm.Fold, error) {
		return args[0], &anyAll{stopAt: stopAt}, nil
	}
}

type anyAll struct {
	stopAt, found bool
}

// Step implements vm.Fold.
func (f *anyAll) Step(th *vm.Thread, v vm.Value) (bool, error) {
	t, err := vm.Truth(th, v)
	if err == nil && t == f.stopAt {
		f.found = true
	}
	return f.found, err
}

// Result implements vm.Fold.
func (f *anyAll) Result(*vm.Thread) (vm.Value, error) { return vm.Bool(f.found == f.stopAt), nil }

// sumFold is sum(iterable, start=0).
func sumFold(_ *vm.Thread, args []vm.Value) (vm.Value, vm.Fold, error) {
	var total vm.Value = vm.MakeInt(0)
	if args[1] != nil {
		total = args[1]
		switch total.(type) {
		case vm.Str:
			return nil, nil, vm.Errorf(vm.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case vm.Bytes, *vm.ByteArray:
			return nil, nil, vm.Errorf(vm.TypeError, "sum() can't sum %s [use b''.join(seq) instead]", vm.TypeName(total))
		}
	}
	return args[0], &sum{total: total}, nil
}

type sum struct{ total vm.Value }

// Step implements vm.Fold.
func (f *sum) Step(th *vm.Thread, v vm.Value) (bool, error) {
	var err error
	f.total, err = th.Add(f.total, v)
	return false, err
}

// Result implements vm.Fold.
func (f *sum) Result(*vm.Thread) (vm.Value, error) { return f.total, nil }

// minMaxSignature is the signature of min and max: the items, then key and default.
func minMaxSignature(name string) vm.Signature {
	return vm.Signature{Name: name, Style: vm.VarArgs, Min: 1, KwOnly: []string{"key", "default"}}
}

// minMaxFold is min (op <) or max (op >): the first extreme item; its arguments are bound
// by minMaxSignature.
func minMaxFold(name string, op bytecode.CompareOp) vm.FoldStart {
	return func(_ *vm.Thread, args []vm.Value) (vm.Value, vm.Fold, error) {
		n := len(args) - 2
		f := &minMax{name: name, op: op, key: args[n], def: args[n+1]}
		if vm.IsNone(f.key) {
			f.key = nil
		}
		args = args[:n]
		if len(args) == 1 {
			return args[0], f, nil
		}
		if f.def != nil {
			return nil, nil, vm.Errorf(vm.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		return vm.Tuple(append([]vm.Value(nil), args...)), f, nil
	}
}

type minMax struct {
	name          string
	op            bytecode.CompareOp
	key, def      vm.Value // nil when not given
	best, bestKey vm.Value
}

// Step implements vm.Fold.
func (f *minMax) Step(th *vm.Thread, v vm.Value) (bool, error) {
	k := v
	if f.key != nil {
		var err error
		if k, err = th.CallLent(f.key, []vm.Value{v}); err != nil {
			return false, err
		}
	}
	if f.best == nil {
		f.best, f.bestKey = v, k
		return false, nil
	}
	r, err := vm.Compare(th, f.op, k, f.bestKey)
	if err != nil {
		return false, err
	}
	if t, err := vm.Truth(th, r); err != nil || t {
		f.best, f.bestKey = v, k
		return false, err
	}
	return false, nil
}

// Result implements vm.Fold.
func (f *minMax) Result(*vm.Thread) (vm.Value, error) {
	if f.best != nil {
		return f.best, nil
	}
	if f.def != nil {
		return f.def, nil
	}
	return nil, vm.Errorf(vm.ValueError, "%s() arg is an empty sequence", f.name)
}
