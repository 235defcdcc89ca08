package vm

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// buildClass runs a class statement: it resolves the bases (__mro_entries__), picks the
// metaclass, runs the body in a fresh namespace and calls the metaclass with
// (name, bases, namespace, **keywords), as CPython's __build_class__ does.
func (th *Thread) buildClass(body *Function, name string, bases []Value, kwargs *Dict) (Value, error) {
	orig := Tuple(append([]Value(nil), bases...))
	resolved, err := th.resolveBases(orig)
	if err != nil {
		return nil, err
	}
	var meta Value = TypeClass
	explicit := false
	if kwargs != nil {
		if m, ok := kwargs.GetStr("metaclass"); ok {
			meta, explicit = m, true
			kwargs = kwargs.Copy()
			if _, err := kwargs.Delete(th, Str("metaclass")); err != nil {
				return nil, err
			}
		}
	}
	if !explicit && len(resolved) > 0 {
		meta = resolved[0].Type()
	}
	if mc, ok := meta.(*Class); ok {
		if meta, err = calculateMeta(mc, resolved); err != nil {
			return nil, err
		}
		if mc := meta.(*Class); mc.override("__prepare__") != nil && mc != TypeClass {
			return nil, Errorf(NotImplementedError, "metaclass __prepare__ is not supported by asyncscript")
		}
	}
	fr, err := th.enterFunction(body, nil, nil)
	if err != nil {
		return nil, err
	}
	ns := NewDict()
	fr.ns = ns
	cell, err := th.runFrame(fr)
	if err != nil {
		return nil, err
	}
	if len(resolved) != len(orig) || !sameValues(resolved, orig) {
		ns.SetStr("__orig_bases__", orig)
	}
	var cls Value
	if meta == TypeClass {
		cls, err = th.typeNew(TypeClass, name, resolved, ns, kwargs)
	} else {
		cls, err = th.Call(meta, []Value{Str(name), resolved, ns}, kwargs)
	}
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		c.Value = cls
	}
	return cls, nil
}

// sameValues reports whether two tuples hold the same objects.
func sameValues(a, b Tuple) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resolveBases replaces each base that is not a class but has __mro_entries__ by what that
// method returns, as typing's generic aliases need.
func (th *Thread) resolveBases(bases Tuple) (Tuple, error) {
	out := make(Tuple, 0, len(bases))
	for _, b := range bases {
		if _, ok := b.(*Class); ok {
			out = append(out, b)
			continue
		}
		m, ok := b.Type().Lookup("__mro_entries__")
		if !ok || b.Type().builtin {
			out = append(out, b)
			continue
		}
		r, err := th.Call(m, []Value{b, bases}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := r.(Tuple)
		if !ok {
			return nil, Errorf(TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, t...)
	}
	return out, nil
}

// calculateMeta picks the most derived of the given metaclass and the bases' metaclasses.
func calculateMeta(meta *Class, bases Tuple) (*Class, error) {
	winner := meta
	for _, b := range bases {
		var ok bool
		if winner, ok = moreDerived(winner, b.Type()); !ok {
			return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// moreDerived returns whichever of a and b is a subclass of the other, or false when
// neither is: the step of picking a metaclass or an instance layout from the bases.
func moreDerived(a, b *Class) (*Class, bool) {
	switch {
	case a.IsSubclass(b):
		return a, true
	case b.IsSubclass(a):
		return b, true
	}
	return nil, false
}

// finalBases are the built-in classes CPython refuses as bases.
var finalBases = map[string]bool{
	"bool": true, "NoneType": true, "range": true, "slice": true, "function": true,
	"builtin_function_or_method": true, "method": true, "ellipsis": true,
	"NotImplementedType": true, "generator": true, "coroutine": true, "code": true, "cell": true,
}

// typeNew is type.__new__(meta, name, bases, ns, **kwargs): it makes the class, then calls
// __set_name__ on the namespace's descriptors and the parent's __init_subclass__.
func (th *Thread) typeNew(meta *Class, name string, bases Tuple, ns *Dict, kwargs *Dict) (*Class, error) {
	cbases, err := checkBases(bases)
	if err != nil {
		return nil, err
	}
	layout := ObjectClass
	for _, b := range cbases {
		var ok bool
		if layout, ok = moreDerived(layout, solidBase(b)); !ok {
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	cls := &Class{Name: name, QualName: name, Base: cbases[0], Bases: cbases, Dict: map[string]Value{}, Module: th.callerModule()}
	cls.newInstance = layout.newInstance
	if meta != TypeClass {
		cls.meta = meta
	}
	if cls.mro, err = c3MRO(cls, cbases); err != nil {
		return nil, err
	}
	if err := cls.fillNamespace(ns); err != nil {
		return nil, err
	}
	if err := cls.makeSlots(th, layout); err != nil {
		return nil, err
	}
	for _, b := range cbases {
		th.noteSubclass(b, cls)
	}
	if err := th.setNames(cls); err != nil {
		return nil, err
	}
	return cls, th.initSubclass(cls, kwargs)
}

// checkBases turns the bases tuple into classes (object when empty), refusing duplicates and
// the classes that cannot be subclassed.
func checkBases(bases Tuple) ([]*Class, error) {
	if len(bases) == 0 {
		return []*Class{ObjectClass}, nil
	}
	out := make([]*Class, len(bases))
	for i, b := range bases {
		c, ok := b.(*Class)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		for _, prev := range out[:i] {
			if prev == c {
				return nil, Errorf(TypeError, "duplicate base class %s", c.Name)
			}
		}
		if (finalBases[c.Name] || c.final) && c.builtin {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", c.tpName())
		}
		if layout := builtinLayout(c); c.builtin && (c.newInstance == nil || layout != nil && layout != c) && c != TypeClass {
			return nil, Errorf(NotImplementedError, "subclassing the built-in type '%s' is not supported by asyncscript", c.Name)
		}
		out[i] = c
	}
	return out, nil
}

// solidBase is the class whose instance layout instances of c have: a built-in class, or a
// class whose __slots__ add slots.
func solidBase(c *Class) *Class {
	if c.solid != nil {
		return c.solid
	}
	for _, k := range c.mro {
		if k.builtin {
			return k
		}
	}
	return ObjectClass
}

// fillNamespace copies the class body's namespace into the class, in definition order,
// taking out __qualname__ and making __new__ a static method and __init_subclass__ and
// __class_getitem__ class methods, as type.__new__ does.
func (c *Class) fillNamespace(ns *Dict) error {
	if _, ok := ns.GetStr("__module__"); !ok {
		c.setDictEntry("__module__", Str(c.Module))
	}
	for _, kv := range ns.Items() {
		k, ok := kv[0].(Str)
		if !ok {
			continue
		}
		v := kv[1]
		switch k {
		case "__qualname__":
			q, ok := v.(Str)
			if !ok {
				return Errorf(TypeError, "type __qualname__ must be a str, not %s", TypeName(v))
			}
			c.QualName = string(q)
			continue
		case "__module__":
			if m, ok := v.(Str); ok {
				c.Module = string(m)
			}
		case "__new__":
			if f, ok := v.(*Function); ok {
				v = &StaticMethod{Func: f}
			}
		case "__init_subclass__", "__class_getitem__":
			if f, ok := v.(*Function); ok {
				v = &ClassMethod{Func: f}
			}
		}
		c.setDictEntry(string(k), v)
	}
	// A class that defines __eq__ but not __hash__ gets __hash__ = None: its instances
	// are unhashable, as in CPython.
	if _, eq := c.Dict["__eq__"]; eq {
		if _, ok := c.Dict["__hash__"]; !ok {
			c.setDictEntry("__hash__", None)
		}
	}
	return nil
}

// setNames calls __set_name__(cls, name) on every attribute of the new class that has it.
func (th *Thread) setNames(cls *Class) error {
	for _, name := range cls.dictNames() {
		v := cls.Dict[name]
		if p, ok := v.(*Property); ok && p.Name == "" {
			p.Name = name
			continue
		}
		t := v.Type()
		if t.builtin {
			continue
		}
		sn, ok := t.Lookup("__set_name__")
		if !ok {
			continue
		}
		if _, err := th.Call(sn, []Value{v, cls, Str(name)}, nil); err != nil {
			return wrapSetNameError(err, t, name, cls)
		}
	}
	return nil
}

// wrapSetNameError is 3.11's RuntimeError around an exception raised by __set_name__.
func wrapSetNameError(err error, t *Class, name string, cls *Class) error {
	cause, ok := err.(*Exception)
	if !ok {
		return err
	}
	w := Errorf(RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", t.Name, name, cls.Name)
	w.Cause, w.Context, w.SuppressContext = cause, cause, true
	return w
}

// initSubclass calls super(cls, cls).__init_subclass__(**kwargs).
func (th *Thread) initSubclass(cls *Class, kwargs *Dict) error {
	for _, k := range cls.mro[1:] {
		v, ok := k.Dict["__init_subclass__"]
		if !ok {
			continue
		}
		f, err := classDescrGet(th, v, cls)
		if err != nil {
			return err
		}
		_, err = th.Call(f, nil, kwargs)
		return err
	}
	return nil
}

// callerModule is the __name__ of the module whose code is running, for a new class's
// __module__.
func (th *Thread) callerModule() string {
	if th.frame != nil && th.frame.globals != nil {
		return th.frame.globals.Name
	}
	return "builtins"
}

// joinNames lists names as CPython's abstract-class error does: sorted, comma separated.
func joinNames(names []string) string { return strings.Join(names, ", ") }

// buildClassOp runs BUILD_CLASS on the operand stack: body, name, the bases and, when the
// statement has keywords, their values and a tuple of their names. It returns the stack
// pointer with all of them popped.
func (th *Thread) buildClassOp(stack []Value, sp, arg int) (int, Value, error) {
	nbases, nkw := arg&bytecode.ClassBasesMask, arg>>bytecode.ClassKeywordsShift
	var kwargs *Dict
	if nkw > 0 {
		sp--
		names := stack[sp].(Tuple)
		kwargs = NewDict()
		for i, k := range names {
			kwargs.SetStr(string(k.(Str)), stack[sp-nkw+i])
		}
		sp -= nkw
	}
	base := sp - nbases - 2
	cls, err := th.buildClass(stack[base].(*Function), string(stack[base+1].(Str)), stack[base+2:sp], kwargs)
	return base, cls, err
}
