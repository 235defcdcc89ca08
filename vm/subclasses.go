package vm

// What __subclasses__() lists. A class made by a script records itself in its bases, but
// built-in classes are shared by every interpreter in the process: a script's subclass of
// one is recorded in its own interpreter instead, so interpreters neither race on the
// built-in's list nor see (and keep alive) each other's classes.

// subclassRegistry holds one interpreter's subclasses of built-in classes.
type subclassRegistry struct {
	of map[*Class][]*Class
}

var subclassKey = NewKey(func(*Interp) *subclassRegistry {
	return &subclassRegistry{of: map[*Class][]*Class{}}
})

// noteSubclass records that cls names base as a direct base.
func (th *Thread) noteSubclass(base, cls *Class) {
	if base.builtin {
		reg := subclassKey.Get(th.interp)
		reg.of[base] = append(reg.of[base], cls)
		return
	}
	base.subclasses = append(base.subclasses, cls)
}

// subclassesOf is c.__subclasses__(): the classes made with it as a direct base, the
// built-in ones first.
func (th *Thread) subclassesOf(c *Class) []*Class {
	if !c.builtin {
		return c.subclasses
	}
	extra := subclassKey.Get(th.interp).of[c]
	return append(append([]*Class(nil), c.subclasses...), extra...)
}
