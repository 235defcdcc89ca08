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
	// spare is where new slots are carved from, a chunk at a time: a module sets most of
	// its globals at once, and the built-ins module alone has over 150.
	spare []Slot
	// lazy holds the names the module defines but has not built yet; loader builds one
	// (and whatever is built with it) the first time it is looked up.
	lazy   map[string]bool
	loader func(name string) error
	// builtins replaces the interpreter's built-ins for code running in this module: a
	// namespace exec() made from a dict with its own __builtins__.
	builtins *Module
	// dict is the module's globals as a dict (Dict), made on first use or given to exec().
	dict *Dict
	// version counts the changes to the globals' values, so that dict knows when it must
	// catch up with them.
	version uint64
}

// SetBuiltins makes b the built-ins of code running in the module (exec() with a globals
// dict holding __builtins__).
func (m *Module) SetBuiltins(b *Module) { m.builtins = b }

// SetLoader declares names the module defines lazily: load is asked to define one of them
// the first time it is looked up. Lazy names are listed by dir() and brought in by
// `from m import *` like the others, so only the cost of building them is deferred.
func (m *Module) SetLoader(names []string, load func(name string) error) {
	m.lazy = make(map[string]bool, len(names))
	for _, n := range names {
		m.lazy[n] = true
	}
	m.loader = load
}

// lookup returns a global, building a lazy one on first use.
func (m *Module) lookup(name string) (Value, bool, error) {
	if v, ok := m.Get(name); ok {
		return v, true, nil
	}
	if !m.lazy[name] {
		return nil, false, nil
	}
	if err := m.loader(name); err != nil {
		return nil, false, err
	}
	// The loader may have built other lazy names along with this one: they are ordinary
	// globals now, and one it did not build after all is not a name of the module.
	for n := range m.lazy {
		if _, ok := m.Get(n); ok || n == name {
			delete(m.lazy, n)
		}
	}
	v, ok := m.Get(name)
	return v, ok, nil
}

// ModuleClass is the class of modules.
var ModuleClass = newBuiltinClass("module", ObjectClass)

// Type implements Value.
func (*Module) Type() *Class { return ModuleClass }

// NewModule makes an empty module.
func NewModule(name string) *Module { return newModuleSized(name, 0) }

// NewMainModule makes the __main__ module of a program or a REPL session; as every module
// made by an import, it has a __doc__, None until the code it runs stores a docstring.
func NewMainModule() *Module {
	m := NewModule("__main__")
	m.Set("__doc__", None)
	return m
}

// newModuleSized makes a module with room for about n globals.
func newModuleSized(name string, n int) *Module {
	m := &Module{Name: name, slots: make(map[string]*Slot, n)}
	m.Set("__name__", Str(name))
	return m
}

// slotChunk is how many slots a module allocates at once.
const slotChunk = 16

// slot returns the slot for name, creating an empty one if needed.
func (m *Module) slot(name string) *Slot {
	s, ok := m.slots[name]
	if !ok {
		if len(m.spare) == 0 {
			m.spare = make([]Slot, slotChunk)
		}
		s, m.spare = &m.spare[0], m.spare[1:]
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
func (m *Module) Set(name string, v Value) {
	m.slot(name).Value = v
	m.version++
}

// Names returns the names of the module's globals, sorted, as dir() lists them: those set
// and those still to be built lazily.
func (m *Module) Names() []string {
	var out []string
	for _, n := range m.order {
		if m.slots[n].Value != nil || m.lazy[n] {
			out = append(out, n)
		}
	}
	for n := range m.lazy {
		if _, ok := m.slots[n]; !ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
