package stdlib

import "github.com/asyncscript/asyncscript/vm"

// The built-in classes of this package that CPython makes generic: ContextVar[int] and
// enumerate[str] are types.GenericAlias objects, as list[int] is.
func init() {
	for _, c := range []*vm.Class{contextVarClass, tokenClass, enumerateClass} {
		c.DefineClassMethods([]vm.MethodDef{vm.ClassGetItemDef})
	}
}
