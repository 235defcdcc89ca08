package vm

// genericAliasModule is the library module (stdlib/lib/_generic_alias.py) that defines
// types.GenericAlias and types.UnionType. They are written in asyncscript, where their
// reprs, substitution and comparisons are plain code; the engine reaches them through the
// interpreter's importer, so a program that never writes list[int] or int | None never
// loads them.
const genericAliasModule = "_generic_alias"

// callGenericHelper calls the function name of the generic-alias module with args.
func callGenericHelper(th *Thread, name string, args ...Value) (Value, error) {
	m, err := th.Interp().Import(genericAliasModule)
	if err != nil {
		return nil, err
	}
	f, ok := m.Get(name)
	if !ok {
		return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", genericAliasModule, name)
	}
	return th.Call(f, args, nil)
}

// NewGenericAlias is types.GenericAlias(origin, args), what origin[args] is for a class
// whose __class_getitem__ is CPython's built-in one (list[int], collections.deque[str]).
func NewGenericAlias(th *Thread, origin, args Value) (Value, error) {
	return callGenericHelper(th, "GenericAlias", origin, args)
}

// ClassGetItemDef is the built-in __class_getitem__ class method, for DefineClassMethods on
// the classes that CPython makes generic.
var ClassGetItemDef = MethodDef{Name: "__class_getitem__", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	return NewGenericAlias(th, self, a[0])
}}

// unionOr is x | y where one side is a class: a types.UnionType when both sides can be
// union members, else NotImplemented.
func unionOr(th *Thread, x, y Value) (Value, error) {
	return callGenericHelper(th, "_union_or", x, y)
}

func init() {
	for _, c := range []*Class{ListClass, TupleClass, DictClass, SetClass, FrozenSetClass, BaseExceptionGroup, AsyncGeneratorClass} {
		c.DefineClassMethods([]MethodDef{ClassGetItemDef})
	}
	TypeClass.DefineMethods([]MethodDef{
		{Name: "__or__", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return unionOr(th, self, a[0])
		}},
		{Name: "__ror__", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return unionOr(th, a[0], self)
		}},
	})
}
