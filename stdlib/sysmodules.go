package stdlib

import (
	"sort"

	"github.com/asyncscript/asyncscript/vm"
)

// modulesClass is the class of sys.modules.
var modulesClass = vm.NewBuiltinClass("modules", vm.ObjectClass)

// modulesView is sys.modules: a read-only mapping of the modules imported so far, by name.
// It is a live view, not a dict: asyncscript does not let scripts add or remove modules.
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
	snapshot := func(args []vm.Value, th *vm.Thread) *vm.Dict { return args[0].(*modulesView).dict(th) }
	methods := map[string]fn{
		"__getitem__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("__getitem__", args[1:], 1, 1); err != nil {
				return nil, err
			}
			return vm.GetItem(th, snapshot(args, th), args[1])
		},
		"__contains__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("__contains__", args[1:], 1, 1); err != nil {
				return nil, err
			}
			ok, err := vm.Contains(th, snapshot(args, th), args[1])
			return vm.Bool(ok), err
		},
		"__len__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.MakeInt(int64(snapshot(args, th).Len())), nil
		},
		"__iter__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Iter(th, snapshot(args, th))
		},
		"__repr__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			r, err := vm.Repr(th, snapshot(args, th))
			return vm.Str(r), err
		},
	}
	for _, name := range []string{"get", "keys", "values", "items"} {
		name := name
		methods[name] = func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			m, err := vm.GetAttr(th, snapshot(args, th), name)
			if err != nil {
				return nil, err
			}
			return th.Call(m, args[1:], kwargs)
		}
	}
	modulesClass.AddMethods(methods)
}
