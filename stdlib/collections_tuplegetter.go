package stdlib

import (
	"strconv"

	"github.com/asyncscript/asyncscript/vm"
)

// tupleGetterClass is _collections._tuplegetter, a namedtuple class's descriptor for one
// field: in Go, as CPython's is in C, so reading p.x costs an item read rather than a call
// of a Python __get__.
var tupleGetterClass = newCoreClass("_collections", "_tuplegetter")

// tupleGetter reads item index of the tuple an instance is; doc is its __doc__.
type tupleGetter struct {
	index int
	doc   vm.Value
}

// Type implements vm.Value.
func (*tupleGetter) Type() *vm.Class { return tupleGetterClass }

// DescrGet implements vm.GoDescriptor.
func (g *tupleGetter) DescrGet(_ *vm.Thread, obj vm.Value, _ *vm.Class) (vm.Value, error) {
	if vm.IsNone(obj) {
		return g, nil
	}
	t, ok := vm.BuiltinValue(obj).(vm.Tuple)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, vm.TypeName(obj))
	}
	if g.index >= len(t) {
		return nil, vm.Errorf(vm.IndexError, "tuple index out of range")
	}
	return t[g.index], nil
}

// DescrSet implements vm.GoDescriptor: the fields of a tuple cannot change.
func (g *tupleGetter) DescrSet(_ *vm.Thread, _, v vm.Value) error {
	if v == nil {
		return vm.Errorf(vm.AttributeError, "can't delete attribute")
	}
	return vm.Errorf(vm.AttributeError, "can't set attribute")
}

// tupleGetterOf is the receiver of a _tuplegetter method.
func tupleGetterOf(self vm.Value) (*tupleGetter, error) { return goValue[*tupleGetter](self) }

func init() {
	c := tupleGetterClass
	c.DefineConstructor(vm.Signature{Name: "_tuplegetter", Style: vm.PosArgs, Min: 2, Max: 2}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		i, err := vm.IndexArg(th, a[0])
		if err != nil {
			return nil, err
		}
		return &tupleGetter{index: i, doc: a[1]}, nil
	})
	c.DefineMethods([]vm.MethodDef{
		{Name: "__get__", Style: vm.PosArgs, Min: 1, Max: 2, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := tupleGetterOf(self)
			if err != nil {
				return nil, err
			}
			return g.DescrGet(th, a[0], nil)
		}},
		{Name: "__set__", Style: vm.PosArgs, Min: 2, Max: 2, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return nil, (&tupleGetter{}).DescrSet(th, a[0], a[1])
		}},
		{Name: "__delete__", Style: vm.OneArg, Qual: "_tuplegetter.__delete__", Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return nil, (&tupleGetter{}).DescrSet(th, a[0], nil)
		}},
		{Name: "__reduce__", Style: vm.NoArgs, Qual: "_tuplegetter.__reduce__", Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := tupleGetterOf(self)
			if err != nil {
				return nil, err
			}
			return vm.Tuple{tupleGetterClass, vm.Tuple{vm.MakeInt(int64(g.index)), g.doc}}, nil
		}},
		{Name: "__repr__", Style: vm.NoArgs, Qual: "_tuplegetter.__repr__", Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := tupleGetterOf(self)
			if err != nil {
				return nil, err
			}
			doc, err := vm.Repr(th, g.doc)
			if err != nil {
				return nil, err
			}
			return vm.Str("_tuplegetter(" + strconv.Itoa(g.index) + ", " + doc + ")"), nil
		}},
	})
	// __doc__ is each field's own, and writable, as a C member is.
	c.Dict["__doc__"] = &vm.Property{Name: "__doc__",
		Get: vm.NewFunc(vm.Signature{Name: "__doc__", Style: vm.OneArg}, func(_ *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := tupleGetterOf(a[0])
			if err != nil {
				return nil, err
			}
			return g.doc, nil
		}),
		Set: vm.NewFunc(vm.Signature{Name: "__doc__", Style: vm.PosArgs, Min: 2, Max: 2}, func(_ *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := tupleGetterOf(a[0])
			if err != nil {
				return nil, err
			}
			g.doc = a[1]
			return vm.None, nil
		}),
	}
}
