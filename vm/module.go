package vm

import "sort"

// Slot holds one global variable. Code objects cache pointers to slots, so a slot, once
// created for a name, belongs to that name for the module's life; deleting the variable
// empties the slot (Value == nil) instead of removing it.
type Slot struct {
	Value Value
}

// Module is a module: a named namespace of global variables.
type Module struct {
	Name  string
	slots map[string]*Slot
	order []string
	// loader, when set, is asked for a name the module does not have yet, so parts of a
	// module can be built on first use; it reports whether it defined the name.
	loader func(name string) (bool, error)
}

// SetLoader installs a loader for names the module defines lazily.
func (m *Module) SetLoader(load func(name string) (bool, error)) { m.loader = load }

// lookup returns a global, asking the loader for one not defined yet.
func (m *Module) lookup(name string) (Value, bool, error) {
	if v, ok := m.Get(name); ok {
		return v, true, nil
	}
	if m.loader == nil {
		return nil, false, nil
	}
	loaded, err := m.loader(name)
	if err != nil || !loaded {
		return nil, false, err
	}
	v, ok := m.Get(name)
	return v, ok, nil
}

// ModuleClass is the class of modules.
var ModuleClass = newBuiltinClass("module", ObjectClass)

// Type implements Value.
func (*Module) Type() *Class { return ModuleClass }

// NewModule makes an empty module.
func NewModule(name string) *Module {
	m := &Module{Name: name, slots: map[string]*Slot{}}
	m.Set("__name__", Str(name))
	return m
}

// slot returns the slot for name, creating an empty one if needed.
func (m *Module) slot(name string) *Slot {
	s, ok := m.slots[name]
	if !ok {
		s = &Slot{}
		m.slots[name] = s
		m.order = append(m.order, name)
	}
	return s
}

// Get returns the value of a global, if it is set.
func (m *Module) Get(name string) (Value, bool) {
	if s, ok := m.slots[name]; ok && s.Value != nil {
		return s.Value, true
	}
	return nil, false
}

// Set assigns a global.
func (m *Module) Set(name string, v Value) { m.slot(name).Value = v }

// Names returns the names of the set globals, sorted, as dir() lists them.
func (m *Module) Names() []string {
	var out []string
	for _, n := range m.order {
		if m.slots[n].Value != nil {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
