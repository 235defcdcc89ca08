package stdlib

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// structSeq is a tuple whose items also have names, as CPython's struct sequences
// (sys.version_info, time.struct_time): it indexes, compares and unpacks as a tuple and
// shows its fields in its repr. Fields past visible are attributes only (tm_zone).
type structSeq struct {
	cls     *vm.Class
	fields  []string
	items   vm.Tuple
	visible int
}

// Type implements vm.Value.
func (s *structSeq) Type() *vm.Class { return s.cls }

// Attr implements vm.AttrGetter: the named fields.
func (s *structSeq) Attr(name string) (vm.Value, bool) {
	for i, f := range s.fields {
		if f == name {
			return s.items[i], true
		}
	}
	return nil, false
}

// tuple is the visible part, which is what the tuple operations see.
func (s *structSeq) tuple() vm.Tuple { return s.items[:s.visible] }

// Repr implements repr(): time.struct_time(tm_year=2024, ...). The items are numbers and
// strings, whose reprs run no Python code.
func (s *structSeq) Repr() string {
	parts := make([]string, s.visible)
	for i, v := range s.tuple() {
		r, _ := vm.Repr(nil, v)
		parts[i] = s.fields[i] + "=" + r
	}
	name := s.cls.Name
	if s.cls.Module != "builtins" {
		name = s.cls.Module + "." + name // CPython shows tp_name, dotted for a module's type
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

// newStructSeqClass makes a struct sequence class, e.g. module time, name struct_time.
func newStructSeqClass(module, name string) *vm.Class {
	c := vm.NewBuiltinClass(name, vm.ObjectClass)
	c.Module = module
	seq := func(v vm.Value) *structSeq { return v.(*structSeq) }
	methods := []vm.MethodDef{
		{Name: "__len__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.MakeInt(int64(seq(self).visible)), nil
		}},
		{Name: "__getitem__", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.GetItem(th, seq(self).tuple(), args[0])
		}},
		{Name: "__iter__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Iter(th, seq(self).tuple())
		}},
		{Name: "__hash__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			h, err := vm.Hash(th, seq(self).tuple())
			return vm.MakeInt(h), err
		}},
	}
	for i, dunder := range []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"} {
		op := bytecode.CompareOp(i)
		methods = append(methods, vm.MethodDef{Name: dunder, Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			other := args[0]
			if o, ok := other.(*structSeq); ok {
				other = o.tuple()
			}
			if _, ok := other.(vm.Tuple); !ok {
				return vm.NotImplemented, nil
			}
			return vm.Compare(th, op, seq(self).tuple(), other)
		}})
	}
	c.DefineMethods(methods)
	return c
}
