package vm

// A dict given to exec() or eval() as globals is the namespace of the code they run, as in
// CPython: functions that code defines read and assign their globals in it, a later
// d["name"] = value is what they see, and another exec() in the dict goes on where the
// last one stopped. Compiled code addresses globals through a module's slots, so the dict
// is bound to a module made from it: the dict's writes of str keys go through to the
// module at once, and the module's values are pulled into the dict before the dict is
// read. Keys that are not strs live in the dict alone, since no code can name them.

// ExecGlobals returns the module that stands for d as globals, binding a new one to d the
// first time d is used so.
func ExecGlobals(d *Dict) *Module {
	if d.globalsOf != nil {
		return d.globalsOf
	}
	m := NewModule("")
	m.Set("__name__", nil) // a dict has only the names it holds
	for _, kv := range d.Items() {
		if k, ok := kv[0].(Str); ok {
			m.Set(string(k), kv[1])
		}
	}
	m.dict, d.globalsOf = d, m
	return m
}

// Globals is the module's globals as globals() returns them: the dict bound to the module,
// for code exec() runs in one, and otherwise the module's namespace view.
func (m *Module) Globals() Value {
	if m.dict != nil {
		return m.dict
	}
	return m.Namespace()
}

// pull brings the values of the module bound to d into d: the globals its code assigned or
// deleted since d was last read.
func (d *Dict) pull() {
	m := d.globalsOf
	d.globalsOf = nil // the dict's own operations below must neither push nor pull
	for _, name := range m.order {
		if v := m.slots[name].Value; v != nil {
			d.SetStr(name, v)
		} else if _, ok := d.GetStr(name); ok {
			_, _ = d.Delete(nil, Str(name))
		}
	}
	d.globalsOf = m
}

// pushSet gives the module bound to d the value a write of d stored under key (nil: the
// key was deleted).
func (d *Dict) pushSet(key, v Value) {
	if s, ok := key.(Str); ok {
		d.globalsOf.Set(string(s), v)
	}
}
