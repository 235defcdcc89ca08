package vm

// modified records a change to the namespace of c: c and every class deriving from it get a
// new version, so the caches of what their lookups found (hooks, inline attribute caches)
// are refilled, while the caches of unrelated classes stay valid. Changing a metaclass may
// change the hooks of every class made with it, which are not its subclasses: that rare
// change invalidates every class's hooks.
func (c *Class) modified() {
	c.version++
	for _, s := range c.subclasses {
		s.modified()
	}
	if c.IsSubclass(TypeClass) {
		classesChanged()
	}
}
