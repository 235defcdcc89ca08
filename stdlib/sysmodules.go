package stdlib

import (
	"sort"

	"github.com/asyncscript/asyncscript/vm"
)

// modulesClass is the class of sys.modules.
var modulesClass = vm.NewBuiltinClass("modules", vm.ObjectClass)

// modulesView is sys.modules: a live mapping of the modules imported so far, by name. It is
// a view, not a dict: a script may put a module under a name or remove one (the next import
// then runs it again), but sys.modules holds module objects only.
type modulesView struct{ in *vm.Interp }

// Type implements vm.Value.
func (*modulesView) Type() *vm.Class { return modulesClass }

// dict is a snapshot of the view, sorted by name.
func (v *modulesView) dict(th *vm.Thread) *vm.Dict {
	mods := v.in.Modules()
	names := make([]string, 0, len(mods))
	for name := range mods {
		names = append(names, name)
	}
	sort.Strings(names)
	d := vm.NewDict()
	for _, name := range names {
		_ = d.Set(th, vm.Str(name), mods[name])
	}
	return d
}

func init() {
	modulesClass.Module = "sys"
	// Every method answers from a snapshot dict, so it behaves as the dict method does.
	snapshot := func(self vm.Value, th *vm.Thread) *vm.Dict { return self.(*modulesView).dict(th) }
	methods := []vm.MethodDef{
		{Name: "__getitem__", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.GetItem(th, snapshot(self, th), args[0])
		}},
		{Name: "__contains__", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			ok, err := vm.Contains(th, snapshot(self, th), args[0])
			return vm.Bool(ok), err
		}},
		{Name: "__setitem__", Style: vm.PosArgs, Min: 2, Max: 2, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			name, ok := args[0].(vm.Str)
			m, isModule := args[1].(*vm.Module)
			if !ok || !isModule {
				return nil, vm.Errorf(vm.NotImplementedError, "asyncscript's sys.modules holds only modules under str names (got %s: %s)", vm.TypeName(args[0]), vm.TypeName(args[1]))
			}
			self.(*modulesView).in.SetModule(string(name), m)
			return vm.None, nil
		}},
		{Name: "__delitem__", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			in := self.(*modulesView).in
			name, ok := args[0].(vm.Str)
			if _, known := in.Modules()[string(name)]; !ok || !known {
				return nil, vm.NewException(vm.KeyError, args[0])
			}
			in.SetModule(string(name), nil)
			return vm.None, nil
		}},
		{Name: "__len__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.MakeInt(int64(snapshot(self, th).Len())), nil
		}},
		{Name: "__iter__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Iter(th, snapshot(self, th))
		}},
		{Name: "__repr__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			r, err := vm.Repr(th, snapshot(self, th))
			return vm.Str(r), err
		}},
	}
	// The dict methods check their own arguments.
	for _, name := range []string{"get", "keys", "values", "items"} {
		methods = append(methods, vm.MethodDef{Name: name, Style: vm.VarKwArgs, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			m, err := vm.GetAttr(th, snapshot(self, th), name)
			if err != nil {
				return nil, err
			}
			return th.Call(m, args, kwargs)
		}})
	}
	modulesClass.DefineMethods(methods)
}
