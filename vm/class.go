package vm

import "sync"

// Class is a type: built-in (int, list, ValueError) or defined by a class statement or by
// type(name, bases, dict). Its method resolution order is the C3 linearization of its bases.
type Class struct {
	Name     string
	QualName string
	Module   string
	// Base is the first base (None for object), what __base__ shows.
	Base *Class
	// Bases lists the direct bases in the order the class statement gave them.
	Bases []*Class
	Dict  map[string]Value
	// order lists the names of Dict in the order they were defined, so __dict__ and vars()
	// show them as Python does; names added from Go may be missing and then come last.
	order []string
	// meta is the metaclass when it is not type.
	meta *Class
	// mro is the class followed by its bases, in method resolution order.
	mro []*Class
	// subclasses lists the classes that name this one as a direct base, for __subclasses__().
	subclasses []*Class
	// builtin marks the classes implemented in Go, whose attributes scripts cannot change.
	builtin bool
	// noDict marks classes whose instances have only their __slots__.
	noDict bool
	// solid is the class whose instance layout the instances have, as CPython's solid
	// base: the class itself when its __slots__ add slots, else its bases' (nil for the
	// built-in classes, which are their own). slotCount is how many slots the layout
	// holds; each slot descriptor has its index among them.
	solid     *Class
	slotCount int
	// final marks a built-in class scripts may not derive from (see ForbidSubclasses).
	final bool
	// hooks caches the attribute and construction hooks the class defines (see hooks.go).
	hooks classHooks
	// version changes whenever the namespace of the class or of a class in its MRO does,
	// so caches of what a lookup found stay valid while it is the same (CPython's
	// tp_version_tag); hooksVersion changes when a special method's entry does (see
	// classversion.go).
	version, hooksVersion uint64
	// shapes is the empty shape of the tree the shapes of its instances form (see
	// shape.go), made with the first instance; nil for built-in classes.
	shapes *shape
	// builtinHooks computes the hooks of a built-in class once (see hookSet).
	builtinHooks sync.Once
	// newInstance makes an uninitialised instance for a class that derives from this one;
	// nil for classes whose instances cannot be made by calling the class.
	newInstance func(cls *Class) Value
	// construct implements calling a built-in class (int("3"), list(x)); nil for user classes.
	// It is made once, not at each call.
	construct *Builtin
}

// Type implements Value: a class is an instance of its metaclass, type unless it says otherwise.
func (c *Class) Type() *Class {
	if c.meta != nil {
		return c.meta
	}
	return TypeClass
}

// NewClass makes a class deriving from base, with the given namespace.
func NewClass(name string, base *Class, dict map[string]Value) *Class {
	if dict == nil {
		dict = map[string]Value{}
	}
	c := &Class{Name: name, QualName: name, Base: base, Dict: dict, Module: "builtins"}
	var inherited []*Class
	if base != nil {
		inherited = base.mro
	}
	c.mro = append(append(make([]*Class, 0, 1+len(inherited)), c), inherited...)
	if base != nil {
		// base follows c in its MRO: Bases shares that allocation, its capacity capped so
		// an append copies rather than writes over the MRO.
		c.Bases = c.mro[1:2:2]
		c.newInstance = base.newInstance
		c.meta = base.meta
		if !base.builtin {
			base.subclasses = append(base.subclasses, c)
		}
	}
	return c
}

// newBuiltinClass makes a class implemented in Go.
func newBuiltinClass(name string, base *Class) *Class {
	c := NewClass(name, base, nil)
	c.builtin = true
	if base != nil && base.builtin {
		// Built-in classes are made while the program starts, before any interpreter runs.
		base.subclasses = append(base.subclasses, c)
	}
	// Its methods assume its values are the Go type that implements it, so a script's
	// subclass of it must not make plain instances, as object's would: without a way to
	// make its own values, calling such a subclass is "cannot create 'R' instances".
	c.newInstance = nil
	builtinClasses = append(builtinClasses, c)
	return c
}

// builtinClasses lists every class implemented in Go, in the order they were made; classes
// are made during package initialisation only, so the list needs no lock.
var builtinClasses []*Class

// BuiltinClasses returns every class implemented in Go, here and in the packages above, so
// tests can check all their methods.
func BuiltinClasses() []*Class { return append([]*Class(nil), builtinClasses...) }

// Lookup finds an attribute in the class or its bases.
func (c *Class) Lookup(name string) (Value, bool) {
	for _, k := range c.mro {
		if v, ok := k.Dict[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	for _, k := range c.mro {
		if k == base {
			return true
		}
	}
	return false
}

// tpName is the name CPython's messages give a type, its tp_name: a class implemented in
// Go outside builtins is qualified by its module ("_random.Random", "datetime.datetime").
func (c *Class) tpName() string {
	if c.builtin && c.Module != "builtins" {
		return c.Module + "." + c.Name
	}
	return c.Name
}

// MRO returns the class and its bases, nearest first.
func (c *Class) MRO() []*Class { return c.mro }

// userMethod finds a special method that the class or a base defines, in bytecode or in Go.
// The interpreter implements the core types' protocols natively and never registers their
// dunders, so this finds exactly the methods of user classes and of Go types that need them.
func (c *Class) userMethod(name string) (Value, bool) { return c.cachedLookup(name) }

// cachedLookup is Lookup through the class's lookup cache (see classHooks.lookups).
func (c *Class) cachedLookup(name string) (Value, bool) {
	if c.builtin {
		// Built-in classes are shared by every interpreter of the process, so they keep
		// no cache written at run time.
		return c.Lookup(name)
	}
	return c.hookSet().lookup(c, name)
}

// setDictEntry defines or replaces a name in the class namespace, keeping definition order.
func (c *Class) setDictEntry(name string, v Value) {
	if _, exists := c.Dict[name]; !exists {
		c.order = append(c.order, name)
	}
	c.Dict[name] = v
	c.modified(name)
}

// dictNames returns the names of the class namespace in definition order.
func (c *Class) dictNames() []string {
	names := make([]string, 0, len(c.Dict))
	seen := make(map[string]bool, len(c.order))
	for _, k := range c.order {
		if _, ok := c.Dict[k]; ok && !seen[k] {
			seen[k] = true
			names = append(names, k)
		}
	}
	for _, k := range sortedKeys(c.Dict) {
		if !seen[k] {
			names = append(names, k)
		}
	}
	return names
}

// The fundamental classes. The others are created by the files that implement them.
var (
	ObjectClass         = newBuiltinClass("object", nil)
	TypeClass           = newBuiltinClass("type", ObjectClass)
	NoneClass           = newBuiltinClass("NoneType", ObjectClass)
	EllipsisClass       = newBuiltinClass("ellipsis", ObjectClass)
	NotImplementedClass = newBuiltinClass("NotImplementedType", ObjectClass)
)

// Instance is an object of a user-defined class.
type Instance struct {
	Class *Class
	attrs
	// ext is nil for most instances (see instanceExt).
	ext *instanceExt
}

// Type implements Value.
func (o *Instance) Type() *Class { return o.Class }

func init() {
	ObjectClass.newInstance = func(cls *Class) Value {
		return newInstanceOf(cls)
	}
}

// newInstanceOf makes an instance of cls without attributes, whose attributes will take the
// shapes of the class's tree. Room for as many values as the class's instances have had
// comes in the same allocation as the instance.
func newInstanceOf(cls *Class) *Instance {
	s := cls.emptyShape()
	n := 0
	if !cls.builtin {
		// The tree the built-in classes share is read only under shapeMu.
		n = s.widest
	}
	var o *Instance
	var values []Value
	switch {
	case n == 0:
		o = &Instance{}
	case n <= 2:
		b := &struct {
			Instance
			buf [2]Value
		}{}
		o, values = &b.Instance, b.buf[:0]
	case n <= 4:
		b := &struct {
			Instance
			buf [4]Value
		}{}
		o, values = &b.Instance, b.buf[:0]
	default:
		b := &struct {
			Instance
			buf [8]Value
		}{}
		o, values = &b.Instance, b.buf[:0]
	}
	o.Class, o.shape, o.values = cls, s, values
	return o
}

// NewBuiltinClass makes a class for values implemented in Go outside this package (the
// iterators and module types of stdlib).
// An exception class keeps the exception instance maker: its values are *Exception, so
// scripts may raise it and subclass it (asyncio.CancelledError("bye")).
func NewBuiltinClass(name string, base *Class) *Class {
	c := newBuiltinClass(name, base)
	if base.IsSubclass(BaseException) {
		c.newInstance = base.newInstance
	}
	return c
}
