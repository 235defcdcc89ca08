package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// Inline caches for attributes of instances of Python classes. Reading obj.name in
// object.__getattribute__ looks name up along the class's MRO (a map probe per class) before
// it looks at the instance; what that lookup finds depends only on the class namespaces, so
// each LOAD_ATTR, STORE_ATTR and LOAD_METHOD instruction remembers it for the classes it
// last saw, until the class's version says a namespace in its MRO changed. It also remembers
// where the name sits among the values of the last shape of instance it saw (see shape.go),
// so an own attribute is read or written without comparing names. The fast paths behave
// exactly as the slow ones.

// attrSite is the inline cache of one instruction. One name often meets several classes at
// one instruction (a base class's method run on instances of its subclasses), so it keeps
// what it found for the last two.
type attrSite struct {
	ways [2]attrWay
}

// attrWay is what a class lookup of the site's name found, for one class at one version,
// for reading the name from instances of the class or, when onClass, from the class itself.
type attrWay struct {
	cls     *Class
	version uint64
	onClass bool
	// attr is the class attribute, nil when no class in the MRO has the name.
	attr Value
	// desc is attr's class when attr is an instance, with its version: whether attr is a
	// descriptor depends on that class's namespace.
	desc        *Class
	descVersion uint64
	// load: reading takes the instance's own attribute, else attr through descrGet, with no
	// __getattribute__ override nor a data descriptor in the way.
	load bool
	// store: writing sets the instance's own attribute: no __setattr__ override, no data
	// descriptor, and the instances have a namespace.
	store bool
	// property is the class attribute when it is a property and neither __getattribute__
	// nor __getattr__ is overridden, so reading the name is exactly a call of its getter.
	property *Property
	// goDescr is the class attribute when it is a GoDescriptor and neither
	// __getattribute__ nor __getattr__ is overridden: reading the name is exactly its
	// DescrGet (a namedtuple's field).
	goDescr GoDescriptor
	// memberLoad and memberStore are the class attribute when it is a __slots__
	// descriptor and reading the name (neither __getattribute__ nor __getattr__
	// overridden) or writing it (no __setattr__) is exactly its get or set.
	memberLoad, memberStore *memberDescriptor
	// classValue is what reading the name from the class itself gives, when that is the
	// class attribute as it is (or a static method's function); nil when the read needs
	// the slow path.
	classValue Value
	// shape is the shape of the last instance seen, pos the position of the name in it (-1
	// when it has no such attribute) and grow, for a store, the shape with the name added.
	shape *shape
	pos   int
	grow  *shape
}

// unseenShape is the shape of a way that has not seen an instance yet: no object has it.
var unseenShape = &shape{}

// attrSites numbers the attribute instructions of code, giving each the index of its site
// (-1 for the other instructions), and returns how many there are.
func attrSites(code *bytecode.Code) ([]int32, int) {
	var siteOf []int32
	n := 0
	for pc, ins := range code.Instrs {
		switch bytecode.Opcode(ins & 0xff) {
		case bytecode.LOAD_ATTR, bytecode.STORE_ATTR, bytecode.LOAD_METHOD:
			if siteOf == nil {
				siteOf = make([]int32, len(code.Instrs))
			}
			siteOf[pc] = int32(n)
			n++
		}
	}
	return siteOf, n
}

// attrWay returns the cache of the attribute instruction at pc, of name Names[i], for
// instances of cls (or cls itself, when onClass), refilling it when it was made for other
// classes or before a change to a namespace in cls's MRO.
func (c *Code) attrWay(cls *Class, onClass bool, pc, i int) *attrWay {
	if c.attrCache == nil {
		c.attrCache = make([]attrSite, c.nsites)
	}
	s := &c.attrCache[c.siteOf[pc]]
	if w := &s.ways[0]; w.cls == cls && w.onClass == onClass && w.valid() {
		return w
	}
	if w := &s.ways[1]; w.cls == cls && w.onClass == onClass && w.valid() {
		return w
	}
	if s.ways[0].cls != cls || s.ways[0].onClass != onClass {
		s.ways[1] = s.ways[0]
	}
	w := &s.ways[0]
	if onClass {
		w.fillClass(cls, c.Names[i])
	} else {
		w.fill(cls, c.Names[i])
	}
	return w
}

// classAttr is Names[i] read from the class cls by the attribute instruction at pc,
// through its cache; nil sends the caller to GetAttr.
func (c *Code) classAttr(cls *Class, pc, i int) Value {
	return c.attrWay(cls, true, pc, i).classValue
}

// valid reports whether the way still holds what a lookup would find.
func (w *attrWay) valid() bool {
	return w.version == w.cls.version && (w.desc == nil || w.descVersion == w.desc.version)
}

// fill makes the way say what looking up name on instances of cls finds.
func (w *attrWay) fill(cls *Class, name string) {
	*w = attrWay{cls: cls, version: cls.version, shape: unseenShape}
	if cls.builtin {
		return
	}
	h := cls.hookSet()
	attr, found := cls.Lookup(name)
	if a, ok := attr.(*Instance); ok {
		w.desc, w.descVersion = a.Class, a.Class.version
	}
	plain := !found || !isDataDescriptor(attr)
	w.attr = attr
	w.load = plain && h.getattribute == nil
	w.store = plain && h.setattr == nil && !cls.noDict && name != "__class__"
	if h.getattribute == nil && h.getattr == nil {
		switch a := attr.(type) {
		case *Property:
			w.property = a
		case GoDescriptor:
			w.goDescr = a
		case *memberDescriptor:
			w.memberLoad = a
		}
	}
	if m, ok := attr.(*memberDescriptor); ok && h.setattr == nil {
		w.memberStore = m
	}
}

// fillClass makes the way say what reading name from the class cls gives, when that is
// simply a class attribute: cls is a class made by a class statement whose metaclass is
// type, the name is not one of the attributes a type object has of its own nor a data
// descriptor of type, and the attribute is no descriptor that would make something of it.
func (w *attrWay) fillClass(cls *Class, name string) {
	*w = attrWay{cls: cls, version: cls.version, onClass: true}
	if cls.builtin || cls.meta != nil {
		return
	}
	if _, ok := cls.typeAttr(name); ok {
		return
	}
	if m, ok := TypeClass.Lookup(name); ok && isDataDescriptor(m) {
		return
	}
	attr, _ := cls.Lookup(name)
	switch a := attr.(type) {
	case nil, *ClassMethod, *Instance:
	case *StaticMethod:
		w.classValue = a.Func
	default:
		w.classValue = a
	}
}

// getter is the getter of the property the way found when it is a Python function the
// dispatch loop can call itself; nil sends the caller to the other paths.
func (w *attrWay) getter() *Function {
	if w.property != nil {
		f, _ := w.property.Get.(*Function)
		return f
	}
	return nil
}

// ownPos returns the position of name among the values of o, which has a shape, or -1.
func (w *attrWay) ownPos(o *Instance, name string) int {
	if o.shape != w.shape {
		w.shape, w.pos, w.grow = o.shape, o.shape.find(name), nil
	}
	return w.pos
}

// own reads o's own attribute name, as o.attrs.get does.
func (w *attrWay) own(o *Instance, name string) (Value, bool) {
	if o.shape == nil {
		return o.attrs.get(name)
	}
	if i := w.ownPos(o, name); i >= 0 {
		return o.values[i], true
	}
	return nil, false
}

// instanceAttr is o.name for an instance of the class the way was filled for; ok false
// sends the caller to GetAttr (a missing attribute, __getattr__, a descriptor the cache does
// not handle).
func (w *attrWay) instanceAttr(th *Thread, o *Instance, name string) (v Value, ok bool, err error) {
	switch {
	case w.goDescr != nil:
		v, err = w.goDescr.DescrGet(th, o, o.Class)
		return v, true, err
	case w.memberLoad != nil:
		v, err = w.memberLoad.get(o)
		return v, true, err
	}
	if !w.load {
		return nil, false, nil
	}
	if v, ok := w.own(o, name); ok {
		return v, true, nil
	}
	if w.attr == nil {
		return nil, false, nil
	}
	v, err = descrGet(th, w.attr, o, o.Class)
	return v, true, err
}

// instanceMethod is LOAD_METHOD's fast path: the function and the receiver when o.name is
// a Python method of the class not shadowed by an instance attribute, or the instance
// attribute and nil; ok false sends the caller to loadMethod.
func (w *attrWay) instanceMethod(o *Instance, name string) (fn, self Value, ok bool) {
	if !w.load {
		return nil, nil, false
	}
	if v, ok := w.own(o, name); ok {
		return v, nil, true
	}
	if f, ok := w.attr.(*Function); ok {
		return f, o, true
	}
	return nil, nil, false
}

// setInstanceAttr is STORE_ATTR's fast path; false sends the caller to SetAttr.
func (w *attrWay) setInstanceAttr(o *Instance, name string, v Value) bool {
	if !w.store {
		return w.memberStore != nil && w.memberStore.set(o, v) == nil
	}
	if o.shape == nil {
		o.attrs.set(name, v)
		return true
	}
	if w.ownPos(o, name) < 0 && w.grow == nil {
		w.grow = o.shape.add(name)
	}
	switch {
	case w.pos >= 0:
		o.values[w.pos] = v
	case w.grow != nil:
		o.grow(w.grow, v)
	default:
		o.attrs.set(name, v)
	}
	return true
}
