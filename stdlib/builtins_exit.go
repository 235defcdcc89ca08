package stdlib

import "github.com/asyncscript/asyncscript/vm"

// quitter is one of the builtins exit and quit, which CPython's site module adds: calling it
// raises SystemExit(code), and its repr tells how to leave the interactive prompt.
type quitter struct{ name string }

// quitterClass is _sitebuiltins.Quitter, the class of exit and quit.
var quitterClass = func() *vm.Class {
	c := vm.NewBuiltinClass("Quitter", vm.ObjectClass)
	c.Module = "_sitebuiltins"
	c.DefineMethods([]vm.MethodDef{{Name: "__call__", Style: vm.PyArgs, Qual: "Quitter.__call__", Max: 1, Kw: []string{"code"},
		Fn: func(_ *vm.Thread, _ vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return nil, vm.NewException(vm.SystemExit, vm.OrNone(a[0]))
		}}})
	return c
}()

// Type implements vm.Value.
func (*quitter) Type() *vm.Class { return quitterClass }

// Repr implements repr(): CPython's hint on POSIX systems.
func (q *quitter) Repr() string { return "Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit" }
