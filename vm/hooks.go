package vm

import (
	"sync/atomic"
	"unsafe"
)

// classEpoch counts changes to the special methods of metaclasses. Each class caches the
// hooks it found together with its hooks version (see classversion.go) and the epoch they
// were computed at, so assigning C.__setattr__ = f after the class was made is seen by C
// and by every subclass, and M.__call__ = f by every class made with M, while the hot
// attribute path pays two comparisons. It is shared by every interpreter of the process (a
// change in one only costs the others a recomputation), so it is atomic.
var classEpoch = func() *atomic.Uint64 { var e atomic.Uint64; e.Store(1); return &e }()

// classesChanged invalidates every class's cached hooks.
func classesChanged() { classEpoch.Add(1) }

// classHooks are the special methods that change how attribute access and instance creation
// work, found once per epoch. A nil field means the class uses object's default.
type classHooks struct {
	epoch, version uint64
	getattribute   Value
	getattr        Value
	setattr        Value
	delattr        Value
	newFn          Value // the function __new__ wraps, when it is not object.__new__
	init           Value // __init__, when it is not object.__init__
	call           Value // __call__ of a metaclass, when it is not type.__call__
	// __instancecheck__ and __subclasscheck__ of a metaclass, when not type's.
	instancecheck, subclasscheck Value
	// abstract: the class's own __abstractmethods__ is not empty, so object.__new__
	// refuses it (CPython too decides this when __abstractmethods__ is assigned).
	abstract bool
	// lookups caches what c.Lookup found for the names protocols and attribute accesses
	// asked for, found again by the address of the name's text: the names are string
	// constants of the interpreter or of the running code, or a str a program keeps (a
	// descriptor's attribute name), so a lookup costs a compare rather than a map probe
	// per class of the MRO. An entry holds for the class version it was made at.
	lookups [16]lookupEntry
}

// lookupEntry is one cached c.Lookup.
type lookupEntry struct {
	name    string
	version uint64
	value   Value
	found   bool
}

// lookup is c.Lookup(name) through the cache (h is c's hooks; c is not built in).
func (h *classHooks) lookup(c *Class, name string) (Value, bool) {
	e := &h.lookups[uintptr(unsafe.Pointer(unsafe.StringData(name)))>>3%uintptr(len(h.lookups))]
	if e.version == c.version && e.name == name && e.name != "" {
		return e.value, e.found
	}
	v, ok := c.Lookup(name)
	*e = lookupEntry{name: name, version: c.version, value: v, found: ok}
	return v, ok
}

// hookSet returns the class's hooks, recomputing them when a class namespace has changed.
func (c *Class) hookSet() *classHooks {
	h := &c.hooks
	if c.builtin {
		// Built-in classes are shared by every interpreter and their namespaces do not
		// change once the process has started: compute their hooks once.
		c.builtinHooks.Do(func() { c.computeHooks(h, 0) })
		return h
	}
	epoch := classEpoch.Load()
	if h.epoch == epoch && h.version == c.hooksVersion {
		return h
	}
	c.computeHooks(h, epoch)
	return h
}

// computeHooks fills h with the class's hooks as its namespaces are now.
func (c *Class) computeHooks(h *classHooks, epoch uint64) {
	*h = classHooks{epoch: epoch, version: c.hooksVersion}
	h.getattribute = c.override("__getattribute__")
	h.getattr = c.override("__getattr__")
	h.setattr = c.override("__setattr__")
	h.delattr = c.override("__delattr__")
	h.init = c.override("__init__")
	if call := c.override("__call__"); call != typeCallFn {
		h.call = call
	}
	h.instancecheck = c.metaHook("__instancecheck__", typeInstanceCheckFn)
	h.subclasscheck = c.metaHook("__subclasscheck__", typeSubclassCheckFn)
	if n := c.override("__new__"); n != nil {
		if sm, ok := n.(*StaticMethod); ok {
			n = sm.Func
		}
		h.newFn = n
	}
	h.abstract = abstractNames(c) != nil
}

// override returns the attribute name as some class before object in the MRO defines it,
// or nil when only object does (or nobody).
func (c *Class) override(name string) Value { return c.overrideBefore(ObjectClass, name) }

// overrideBefore returns the attribute name as a class before base in the MRO defines it,
// or nil when none does: whether a subclass of a built-in type replaces one of its methods.
func (c *Class) overrideBefore(base *Class, name string) Value {
	for _, k := range c.mro {
		if k == base {
			return nil
		}
		if v, ok := k.Dict[name]; ok {
			return v
		}
	}
	return nil
}
