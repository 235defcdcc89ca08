package vm

import "strings"

// modified records a change to the entry name of the namespace of c: c and every class
// deriving from it get a new version, so the caches of what their lookups found (inline
// attribute caches) are refilled, while the caches of unrelated classes stay valid. Hooks
// (see hooks.go) are special methods, so only a change to a dunder name gives the classes a
// new hooks version: a class attribute used as a counter (Cls.count += 1) leaves them be.
// Changing a special method of a metaclass may change the hooks of every class made with it,
// which are not its subclasses: that rare change invalidates every class's hooks.
func (c *Class) modified(name string) {
	hooks := strings.HasPrefix(name, "__")
	c.bump(hooks)
	if hooks && c.IsSubclass(TypeClass) {
		classesChanged()
	}
}

// bump gives c and its subclasses a new version, and a new hooks version when hooks.
func (c *Class) bump(hooks bool) {
	c.version++
	if hooks {
		c.hooksVersion++
	}
	for _, s := range c.subclasses {
		s.bump(hooks)
	}
}
