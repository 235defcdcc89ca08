package vm

import "fmt"

// Super is what super() returns: attribute lookup on Obj that starts after Class in the MRO
// of Obj's class (or of Obj itself, when Obj is a class, as in a classmethod).
type Super struct {
	Class *Class
	Obj   Value
}

// SuperClass is the class of super objects. GetAttr asks a super object first, so the
// attributes after Class in the MRO win over those of super itself.
var SuperClass = newBuiltinClass("super", ObjectClass)

// Type implements Value.
func (*Super) Type() *Class { return SuperClass }

// Repr gives super's repr, <super: <class 'C'>, <C object>>.
func (s *Super) Repr() string {
	cls, _ := Repr(nil, s.Class)
	return fmt.Sprintf("<super: %s, <%s object>>", cls, TypeName(s.Obj))
}

// attr finds name in the classes after s.Class in the MRO and binds it to the object as
// an ordinary attribute access would (to the class itself in a classmethod).
func (s *Super) attr(th *Thread, name string) (Value, bool, error) {
	v, start, onClass, ok := s.find(name)
	if !ok {
		return nil, false, nil
	}
	var r Value
	var err error
	if onClass {
		r, err = classDescrGet(th, v, start)
	} else {
		r, err = descrGet(th, v, s.Obj, start)
	}
	return r, true, err
}

// method is LOAD_METHOD's fast path for super().name(...): the Python function found
// after s.Class, which attr would bind to the object; nil when name is something else.
func (s *Super) method(name string) *Function {
	if v, _, onClass, ok := s.find(name); ok && !onClass {
		f, _ := v.(*Function)
		return f
	}
	return nil
}

// find returns the class attribute name names after s.Class in the MRO of start (the
// object's class, or the object itself when onClass), unbound.
func (s *Super) find(name string) (v Value, start *Class, onClass, ok bool) {
	start = s.Obj.Type()
	c, onClass := s.Obj.(*Class)
	if onClass && c.IsSubclass(s.Class) {
		start = c
	} else {
		onClass = false
	}
	mro := start.MRO()
	for i, k := range mro {
		if k != s.Class {
			continue
		}
		for _, base := range mro[i+1:] {
			if v, ok := base.Dict[name]; ok {
				return v, start, onClass, true
			}
			if v, ok := baseDunders[base][name]; ok {
				return v, start, onClass, true
			}
		}
	}
	return nil, start, onClass, false
}

// constructSuper is super(), which finds its class and object in the calling method, or
// super(cls, obj).
func constructSuper(th *Thread, a []Value, _ *Dict) (Value, error) {
	if a[0] == nil {
		return zeroArgSuper(th)
	}
	cls, ok := a[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(a[0]))
	}
	obj := a[1]
	if obj == nil {
		return nil, Errorf(TypeError, "super() with one argument is not supported")
	}
	if c, isClass := obj.(*Class); !obj.Type().IsSubclass(cls) && !(isClass && c.IsSubclass(cls)) {
		return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Class: cls, Obj: obj}, nil
}

// zeroArgSuper implements super() with no arguments: the compiler gives every method that
// mentions super a __class__ free variable holding the class being defined, and the object
// is the method's first argument.
func zeroArgSuper(th *Thread) (Value, error) {
	fr := th.frame
	if fr == nil || fr.code.ArgCount == 0 {
		return nil, Errorf(RuntimeError, "super(): no arguments")
	}
	code := fr.code
	obj := fr.slots[0]
	for i, name := range code.Cellvars {
		// The first argument may live in a cell when an inner function captures it.
		if name == code.Varnames[0] && fr.cells[i] != nil && fr.cells[i].Value != nil {
			obj = fr.cells[i].Value
		}
	}
	if obj == nil {
		return nil, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range code.Freevars {
		if name != "__class__" {
			continue
		}
		cell := fr.cells[len(code.Cellvars)+i]
		if cell == nil || cell.Value == nil {
			return nil, Errorf(RuntimeError, "super(): empty __class__ cell")
		}
		cls, ok := cell.Value.(*Class)
		if !ok {
			return nil, Errorf(RuntimeError, "super(): __class__ is not a type (%s)", TypeName(cell.Value))
		}
		return constructSuper(th, []Value{cls, obj}, nil)
	}
	return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
}
