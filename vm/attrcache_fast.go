package vm

// The quickest paths of the attribute caches, for the commonest case: an instance of the
// class the site's first way was filled for, with the shape that way last saw. They check
// what the general paths (attrWay, ownPos) check, in one place the dispatch loop reaches
// with one call, and fall back to them (nil, false) for everything else.

// hotWay returns the first way of the site at pc when it was filled for reading or writing
// instances of o's class, is still valid and last saw o's shape; nil otherwise.
func (c *Code) hotWay(o *Instance, pc int) *attrWay {
	if c.attrCache == nil {
		return nil
	}
	w := &c.attrCache[c.siteOf[pc]].ways[0]
	if w.shape != o.shape || w.cls != o.Class || w.onClass || !w.valid() {
		return nil
	}
	return w
}

// loadOwnFast is o.name at the LOAD_ATTR at pc when the hot way finds it among o's own
// values; nil sends the caller to the general path.
func (c *Code) loadOwnFast(o *Instance, pc int) Value {
	if w := c.hotWay(o, pc); w != nil && w.load && w.pos >= 0 {
		return o.values[w.pos]
	}
	return nil
}

// storeOwnFast is o.name = v at the STORE_ATTR at pc when the hot way has the name among
// o's own values; false sends the caller to the general path.
func (c *Code) storeOwnFast(o *Instance, pc int, v Value) bool {
	if w := c.hotWay(o, pc); w != nil && w.store && w.pos >= 0 {
		o.values[w.pos] = v
		return true
	}
	return false
}

// methodFast is the function of o.name at the LOAD_METHOD at pc when the hot way finds a
// Python function of the class that no own attribute of o shadows; nil sends the caller to
// the general path.
func (c *Code) methodFast(o *Instance, pc int) *Function {
	if w := c.hotWay(o, pc); w != nil && w.load && w.pos < 0 {
		f, _ := w.attr.(*Function)
		return f
	}
	return nil
}
