package vm

// Inline caches for attributes of instances of Python classes. Reading obj.name in
// object.__getattribute__ looks name up along the class's MRO (a map probe per class) before
// it looks at the instance; what that lookup finds depends only on the class and on the
// class namespaces, so each code object remembers it per entry of Names, for the class it
// last saw, until classEpoch says some class namespace changed. The instance's own
// attributes are read afresh every time, so the fast paths behave exactly as the slow ones.

// attrCacheEntry is what a class lookup of one name found, for one class, at one epoch.
type attrCacheEntry struct {
	cls   *Class
	epoch uint64
	// attr is the class attribute, nil when no class in the MRO has the name.
	attr Value
	// load: reading takes the instance's own attribute, else attr through descrGet, with no
	// __getattribute__ override nor a data descriptor in the way.
	load bool
	// store: writing sets the instance's own attribute: no __setattr__ override, no data
	// descriptor, and the instances have a namespace.
	store bool
	// property is the class attribute when it is a property and neither __getattribute__
	// nor __getattr__ is overridden, so reading the name is exactly a call of its getter.
	property *Property
}

// attrEntry returns the cache entry for Names[i] on instances of cls, refilling it when it
// was made for another class or before the last change to a class namespace.
func (c *Code) attrEntry(cls *Class, i int) *attrCacheEntry {
	if c.attrCache == nil {
		c.attrCache = make([]attrCacheEntry, len(c.Names))
	}
	e := &c.attrCache[i]
	if e.cls == cls && e.epoch == classEpoch.Load() {
		return e
	}
	name := c.Names[i]
	*e = attrCacheEntry{cls: cls, epoch: classEpoch.Load()}
	if cls.builtin {
		return e
	}
	h := cls.hookSet()
	attr, found := cls.Lookup(name)
	plain := !found || !isDataDescriptor(attr)
	e.attr = attr
	e.load = plain && h.getattribute == nil
	e.store = plain && h.setattr == nil && !cls.noDict && name != "__class__"
	if p, ok := attr.(*Property); ok && h.getattribute == nil && h.getattr == nil {
		e.property = p
	}
	return e
}

// getter is the getter of the property the entry found when it is a Python function the
// dispatch loop can call itself; nil sends the caller to the other paths.
func (e *attrCacheEntry) getter() *Function {
	if e.property != nil {
		f, _ := e.property.Get.(*Function)
		return f
	}
	return nil
}

// instanceAttr is obj.Names[i] for an instance whose class the cache covers, given the
// entry attrEntry returned for it; ok false sends the caller to GetAttr (a missing
// attribute, __getattr__, a descriptor the cache does not handle).
func (c *Code) instanceAttr(th *Thread, e *attrCacheEntry, o *Instance, i int) (v Value, ok bool, err error) {
	if !e.load {
		return nil, false, nil
	}
	if v, ok := o.attrs.get(c.Names[i]); ok {
		return v, true, nil
	}
	if e.attr == nil {
		return nil, false, nil
	}
	v, err = descrGet(th, e.attr, o, o.Class)
	return v, true, err
}

// instanceMethod is LOAD_METHOD's fast path: the function and the receiver when
// obj.Names[i] is a Python method of the class not shadowed by an instance attribute, or the
// instance attribute and nil; ok false sends the caller to loadMethod.
func (c *Code) instanceMethod(o *Instance, i int) (fn, self Value, ok bool) {
	e := c.attrEntry(o.Class, i)
	if !e.load {
		return nil, nil, false
	}
	if v, ok := o.attrs.get(c.Names[i]); ok {
		return v, nil, true
	}
	if f, ok := e.attr.(*Function); ok {
		return f, o, true
	}
	return nil, nil, false
}

// setInstanceAttr is STORE_ATTR's fast path; false sends the caller to SetAttr.
func (c *Code) setInstanceAttr(o *Instance, i int, v Value) bool {
	if !c.attrEntry(o.Class, i).store {
		return false
	}
	o.attrs.set(c.Names[i], v)
	return true
}
