package stdlib

import "github.com/asyncscript/asyncscript/vm"

// itertoolsClasses lists the classes of the itertools module in the order the module
// defines them; each is made by newIterClass in the file of its iterator.
var itertoolsClasses []*vm.Class

// newIterClass makes an itertools iterator class: a Go class in module itertools whose
// values are vm.Iterators, with CPython's __iter__ (the iterator itself) and __next__.
// Its values' Next runs directly when the interpreter loops over them; the methods serve
// explicit calls such as it.__next__() and subclasses, which scripts may derive as in CPython.
func newIterClass(name string) *vm.Class {
	c := vm.NewBuiltinClass(name, vm.ObjectClass)
	c.Module = "itertools"
	// Error messages name C types in full, as 'itertools.chain' object is not subscriptable.
	c.Dict[vm.TypeNameAttr] = vm.Str("itertools." + name)
	c.DefineMethods(iterMethods)
	c.AllowSubclasses()
	itertoolsClasses = append(itertoolsClasses, c)
	return c
}

// iterMethods are __iter__ and __next__ of a class whose values are vm.Iterators.
var iterMethods = []vm.MethodDef{
	{Name: "__iter__", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return self, nil
	}},
	{Name: "__next__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		it, err := goValue[vm.Iterator](self)
		if err != nil {
			return nil, err
		}
		v, err := it.Next(th)
		if err == nil && v == nil {
			return nil, vm.NewException(vm.StopIteration)
		}
		return v, err
	}},
}

// newItertoolsModule is the itertools module: its classes and tee.
func newItertoolsModule(*vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("itertools")
	for _, c := range itertoolsClasses {
		m.Set(c.Name, c)
	}
	m.Set("tee", teeFunc)
	return m, nil
}

// defineIterator makes calling c run fn with its arguments bound by sig, fn returning the
// step function of the new iterator: the constructor shape of most itertools classes.
func defineIterator(c *vm.Class, sig vm.Signature, fn func(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error)) {
	c.DefineConstructor(sig, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		next, err := fn(th, args)
		if err != nil {
			return nil, err
		}
		return &funcIterator{class: c, next: next}, nil
	})
}

// iterAll returns iterators over each of values, for the classes that draw from several.
func iterAll(th *vm.Thread, values []vm.Value) ([]vm.Value, error) {
	its := make([]vm.Value, len(values))
	for i, v := range values {
		it, err := vm.Iter(th, v)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

// goValue returns the Go value of type T behind a method's receiver: the receiver itself, or
// the value inside an instance of a subclass. Only an instance that object.__new__ made
// bare has none.
func goValue[T vm.Value](self vm.Value) (T, error) {
	v, ok := vm.BuiltinValue(self).(T)
	if !ok {
		return v, vm.Errorf(vm.TypeError, "'%s' object was not initialized by its class's __new__", vm.TypeName(self))
	}
	return v, nil
}

// nextOrDrop is the next item of *it, or nil at its end or on an error; then it also drops
// the iterator (sets *it to nil), so that the later steps of a finished itertools object
// end at once without calling the iterator again.
func nextOrDrop(th *vm.Thread, it *vm.Value) (vm.Value, error) {
	v, err := vm.Next(th, *it)
	if v == nil || err != nil {
		*it = nil
		return nil, err
	}
	return v, nil
}
