package vm

// A module's globals seen as a dict, as globals(), vars(module) and module.__dict__ see
// them, and a dict given to exec() or eval() as globals, are one namespace with the module's
// globals, as in CPython: `globals()["x"] = 1` assigns the global x, functions exec() defines
// see a later d["name"] = value, and their `global` assignments show in d. Compiled code
// addresses globals through a module's slots, so such a dict is bound to its module: the
// dict's writes of str keys go through to the module at once, and the module's values are
// pulled into the dict before the dict is read, when they changed since the last pull. Keys
// that are not strs live in the dict alone, since no code can name them.

// dictBinding ties a dict to the module whose globals it is.
type dictBinding struct {
	m *Module
	// pulledAt is the module's version the dict last caught up with.
	pulledAt uint64
	// forExec tells a module made for a dict given to exec() from a module's own globals.
	forExec bool
}

// Dict returns the module's globals as a dict, the same dict every time.
func (m *Module) Dict() *Dict {
	if m.dict == nil {
		m.loadLazy()
		d := NewDict()
		d.binding = &dictBinding{m: m}
		d.sync()
		m.dict = d
	}
	return m.dict
}

// loadLazy builds every name the module defines lazily, for a dict that lists them all.
func (m *Module) loadLazy() {
	for name := range m.lazy {
		_, _, _ = m.lookup(name) // a name that fails to build is left out, as dir() would
	}
}

// ExecGlobals returns the module that stands for d as the globals of exec() or eval():
// the module d is the globals of, or one made from d the first time d is used so. made
// reports the second case.
func ExecGlobals(d *Dict) (m *Module, made bool) {
	if b := d.binding; b != nil {
		return b.m, b.forExec
	}
	m = NewModule("")
	m.Set("__name__", nil) // a dict has only the names it holds
	for _, kv := range d.Items() {
		if k, ok := kv[0].(Str); ok {
			m.Set(string(k), kv[1])
		}
	}
	m.dict = d
	d.binding = &dictBinding{m: m, pulledAt: m.version, forExec: true}
	return m, true
}

// ModuleOfDict returns the module whose globals d is, or nil for a dict of no module.
func ModuleOfDict(d *Dict) *Module {
	if d.binding == nil {
		return nil
	}
	return d.binding.m
}

// pull brings the module's changes into a dict bound to it, if it has any since the last
// pull; other dicts are left be.
func (d *Dict) pull() {
	if b := d.binding; b != nil && b.pulledAt != b.m.version {
		d.sync()
	}
}

// sync makes d's str keys the module's globals, in the module's order.
func (d *Dict) sync() {
	b := d.binding
	d.binding = nil // the dict's own operations below must neither push nor pull
	for _, name := range b.m.order {
		if v := b.m.slots[name].Value; v != nil {
			d.SetStr(name, v)
		} else if _, ok := d.GetStr(name); ok {
			_, _ = d.Delete(nil, Str(name))
		}
	}
	b.pulledAt = b.m.version
	d.binding = b
}

// pushSet gives the module the value a write of d is storing under key (nil: the key is
// being deleted). A dict that was up to date stays so, as it is about to hold the value too.
func (d *Dict) pushSet(key, v Value) {
	s, ok := key.(Str)
	if !ok {
		return
	}
	b := d.binding
	current := b.pulledAt == b.m.version
	b.m.Set(string(s), v)
	if current {
		b.pulledAt = b.m.version
	}
}
