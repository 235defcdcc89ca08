package stdlib

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// newCollectionsCore is _collections, what lib/collections.py needs from the engine: deque,
// namedtuple's field descriptor, Counter's counting loop, and the name of the module calling namedtuple(), for the new class's __module__ (CPython
// reads it from sys._getframe(1)).
func newCollectionsCore(in *vm.Interp) (*vm.Module, error) {
	m, err := coreModule("_collections", vm.NewFunc(vm.Signature{Name: "caller_module", Style: vm.PosArgs, Min: 1, Max: 1}, collectionsCallerModule))(in)
	if err == nil {
		m.Set("deque", dequeClass)
		m.Set("_tuplegetter", tupleGetterClass)
		m.Set("_count_elements", vm.NewFunc(vm.Signature{Name: "_count_elements", Style: vm.PosArgs, Min: 2, Max: 2}, countElements))
	}
	return m, err
}

// collectionsCallerModule is _collections.caller_module(depth): the __name__ of the module
// depth frames out from the Python function calling it, or None when that is unknown.
func collectionsCallerModule(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	depth, ok := args[0].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "caller_module() argument must be int, not %s", vm.TypeName(args[0]))
	}
	name, ok := th.CallerModuleName(int(depth))
	if !ok {
		return vm.None, nil
	}
	return vm.Str(name), nil
}

// countElements is _count_elements(mapping, iterable), Counter.update's loop: each item's
// count, mapping.get(item, 0) + 1, stored back. A mapping that is a dict, or an instance of
// a dict subclass keeping dict's get and __setitem__ (Counter itself), is counted in the
// dict directly, as CPython's C loop does; any other goes through its methods.
func countElements(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	mapping, iterable := a[0], a[1]
	one := vm.MakeInt(1)
	if d, ok := vm.BuiltinValue(mapping).(*vm.Dict); ok && keepsDictMethods(mapping.Type()) {
		return vm.None, vm.Iterate(th, iterable, func(elem vm.Value) error {
			n, found, err := d.Get(th, elem)
			if err != nil {
				return err
			}
			if !found {
				return d.Set(th, elem, one)
			}
			if n, err = vm.BinaryOp(th, int(bytecode.OpAdd), n, one); err != nil {
				return err
			}
			return d.Set(th, elem, n)
		})
	}
	get, err := vm.GetAttr(th, mapping, "get")
	if err != nil {
		return nil, err
	}
	zero := vm.MakeInt(0)
	return vm.None, vm.Iterate(th, iterable, func(elem vm.Value) error {
		n, err := th.Call(get, []vm.Value{elem, zero}, nil)
		if err == nil {
			n, err = vm.BinaryOp(th, int(bytecode.OpAdd), n, one)
		}
		if err != nil {
			return err
		}
		return vm.SetItem(th, mapping, elem, n)
	})
}

// keepsDictMethods reports whether cls (dict or a subclass) reads and writes items with
// dict's own get and __setitem__.
func keepsDictMethods(cls *vm.Class) bool {
	for _, name := range []string{"get", "__setitem__"} {
		// dict's own __setitem__ is not in its namespace (the protocol is native), so a
		// name found nowhere in the MRO is dict's too.
		if m, ok := cls.Lookup(name); ok && m != vm.DictClass.Dict[name] {
			return false
		}
	}
	return true
}
