package stdlib

import "github.com/asyncscript/asyncscript/vm"

// The special methods of the built-in classes whose bodies are built-in functions defined
// here (int's and float's pow, divmod, abs and round; reversed of list, dict and range);
// vm defines the others.
func init() {
	pow := func(th *vm.Thread, x, y, mod vm.Value) (vm.Value, error) {
		return builtinPow(th, []vm.Value{x, y, mod}, nil)
	}
	divmod := func(th *vm.Thread, x, y, _ vm.Value) (vm.Value, error) {
		return builtinDivmod(th, []vm.Value{x, y}, nil)
	}
	unary := func(fn vm.NativeFunc) vm.MethodFunc {
		return func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return fn(th, append([]vm.Value{self}, a...), nil)
		}
	}
	for _, c := range []*vm.Class{vm.IntClass, vm.FloatClass} {
		c.DefineNumberSlots("__pow__", "__rpow__", true, pow)
		c.DefineNumberSlots("__divmod__", "__rdivmod__", false, divmod)
		c.DefineSpecialMethods([]vm.MethodDef{
			{Name: "__abs__", Style: vm.NoArgs, Fn: unary(builtinAbs)},
			{Name: "__round__", Style: vm.PosArgs, Max: 1, Fn: unary(builtinRound)},
		})
	}
	for _, c := range []*vm.Class{vm.ListClass, vm.DictClass, vm.RangeClass} {
		c.DefineSpecialMethods([]vm.MethodDef{{Name: "__reversed__", Style: vm.NoArgs, Fn: unary(builtinReversed)}})
	}
}
