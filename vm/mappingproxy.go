package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// MappingProxy is types.MappingProxyType: a read-only view of a mapping, which reads see
// change with it. A class's __dict__ is one, so an assignment to C.__dict__[k] fails as in
// CPython instead of changing a copy.
type MappingProxy struct {
	m Value
	// cls, when set, is the class whose namespace the proxy shows (m is then unset): each
	// use reads the namespace as it is then, so later changes to the class show.
	cls *Class
}

// mapping is the mapping the proxy stands for now.
func (p *MappingProxy) mapping() Value {
	if p.cls != nil {
		return p.cls.namespaceCopy()
	}
	return p.m
}

// MappingProxyClass is the class of MappingProxy values.
var MappingProxyClass = newBuiltinClass("mappingproxy", ObjectClass)

// Type implements Value.
func (*MappingProxy) Type() *Class { return MappingProxyClass }

// proxied runs fn on the mapping a proxy stands for.
func proxied(fn func(th *Thread, m Value, a []Value) (Value, error)) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		return fn(th, self.(*MappingProxy).mapping(), a)
	}
}

// proxiedMethod is the method of the same name of the mapping a proxy stands for.
func proxiedMethod(name string) MethodFunc {
	return func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
		m, err := GetAttr(th, self.(*MappingProxy).mapping(), name)
		if err != nil {
			return nil, err
		}
		return th.Call(m, a, kw)
	}
}

func init() {
	MappingProxyClass.Module = "builtins"
	MappingProxyClass.DefineConstructor(Signature{Style: PosArgs, Min: 1, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		m := a[0]
		_, isDict := unwrap(m).(*Dict)
		_, hasKeys := m.Type().Lookup("keys")
		_, hasItem := m.Type().Lookup("__getitem__")
		if _, seq := unwrap(m).(*List); !isDict && (!hasKeys || !hasItem) || seq {
			return nil, Errorf(TypeError, "mappingproxy() argument must be a mapping, not %s", TypeName(m))
		}
		return &MappingProxy{m: m}, nil
	})
	MappingProxyClass.DefineMethods([]MethodDef{
		{Name: "__getitem__", Style: OneArg, Fn: proxied(func(th *Thread, m Value, a []Value) (Value, error) {
			return GetItem(th, m, a[0])
		})},
		{Name: "__contains__", Style: OneArg, Fn: proxied(func(th *Thread, m Value, a []Value) (Value, error) {
			in, err := Contains(th, m, a[0])
			return Bool(in), err
		})},
		{Name: "__len__", Style: NoArgs, Fn: proxied(func(th *Thread, m Value, _ []Value) (Value, error) {
			n, err := Len(th, m)
			return MakeInt(int64(n)), err
		})},
		{Name: "__iter__", Style: NoArgs, Fn: proxied(func(th *Thread, m Value, _ []Value) (Value, error) {
			return Iter(th, m)
		})},
		{Name: "__repr__", Style: NoArgs, Fn: proxied(func(th *Thread, m Value, _ []Value) (Value, error) {
			s, err := Repr(th, m)
			return Str("mappingproxy(" + s + ")"), err
		})},
		{Name: "__str__", Style: NoArgs, Fn: proxied(func(th *Thread, m Value, _ []Value) (Value, error) {
			s, err := ToStr(th, m)
			return Str(s), err
		})},
		{Name: "__eq__", Style: OneArg, Fn: proxied(func(th *Thread, m Value, a []Value) (Value, error) {
			return Compare(th, bytecode.CmpEQ, m, a[0])
		})},
		{Name: "__or__", Style: OneArg, Fn: proxied(func(th *Thread, m Value, a []Value) (Value, error) {
			other := a[0]
			if p, ok := other.(*MappingProxy); ok {
				other = p.mapping()
			}
			d, err := th.Call(DictClass, []Value{m}, nil)
			if err != nil {
				return nil, err
			}
			return BinaryOp(th, opOr, d, other)
		})},
		{Name: "__ror__", Style: OneArg, Fn: proxied(func(th *Thread, m Value, a []Value) (Value, error) {
			d, err := th.Call(DictClass, []Value{m}, nil)
			if err != nil {
				return nil, err
			}
			return BinaryOp(th, opOr, a[0], d)
		})},
		{Name: "__reversed__", Style: NoArgs, Fn: proxiedMethod("__reversed__")},
		{Name: "get", Style: VarKwArgs, Fn: proxiedMethod("get")},
		{Name: "keys", Style: VarKwArgs, Fn: proxiedMethod("keys")},
		{Name: "values", Style: VarKwArgs, Fn: proxiedMethod("values")},
		{Name: "items", Style: VarKwArgs, Fn: proxiedMethod("items")},
		{Name: "copy", Style: VarKwArgs, Fn: proxiedMethod("copy")},
	})
	MappingProxyClass.DefineClassMethods([]MethodDef{ClassGetItemDef})
}
