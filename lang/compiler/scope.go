package compiler

import "github.com/asyncscript/asyncscript/lang/ast"

// scopeKind tells how a scope binds names.
type scopeKind int

const (
	moduleScope   scopeKind = iota // names are globals
	functionScope                  // def, lambda and comprehensions: names are fast locals
	classScope                     // a class body: names live in the class namespace
)

// binding is where a name lives, as seen from one scope.
type binding int

const (
	bindGlobal   binding = iota // module globals, then builtins (LOAD_GLOBAL)
	bindLocal                   // a fast local slot
	bindCell                    // a local captured by an inner function
	bindFree                    // a variable of an enclosing function
	bindNamspace                // the class namespace, then globals (LOAD_NAME)
)

// scope is the resolver's view of one code object: which names it binds, declares and uses.
type scope struct {
	kind   scopeKind
	node   ast.Node
	parent *scope
	name   string

	params   []string
	assigned map[string]bool // bound anywhere in the scope (params included)
	used     map[string]bool
	global   map[string]bool // declared `global`
	nonlocal map[string]bool // declared `nonlocal`
	// declared is the first global or nonlocal statement naming each name, where CPython
	// reports a name declared both ways.
	declared map[string]ast.Node
	captured map[string]bool // locals that inner scopes refer to: they become cells
	free     map[string]bool // names taken from enclosing functions
	order    []string        // names in first-seen order, for deterministic slots

	// namespace marks a module scope whose names live in a namespace (code for exec and
	// eval): they are reached with LOAD_NAME and STORE_NAME, as in a class body.
	namespace bool

	// compIter holds a comprehension's iteration variables, which an assignment expression
	// in it may not rebind; inCompIter counts the comprehension iterables being walked in
	// this scope, where assignment expressions are not allowed.
	compIter   map[string]bool
	inCompIter int

	isAsync, isGenerator bool
	hasAwait             bool
	children             []*scope
}

func newScope(kind scopeKind, node ast.Node, parent *scope, name string) *scope {
	s := &scope{
		kind: kind, node: node, parent: parent, name: name,
		assigned: map[string]bool{}, used: map[string]bool{}, global: map[string]bool{},
		nonlocal: map[string]bool{}, declared: map[string]ast.Node{}, captured: map[string]bool{}, free: map[string]bool{},
	}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) note(name string) {
	if !s.assigned[name] && !s.used[name] && !s.global[name] && !s.nonlocal[name] {
		s.order = append(s.order, name)
	}
}

func (s *scope) bind(name string) {
	s.note(name)
	s.assigned[name] = true
}

func (s *scope) use(name string) {
	s.note(name)
	s.used[name] = true
}

// lookup tells how name is reached from this scope, after resolve has run.
func (s *scope) lookup(name string) binding {
	switch {
	case s.global[name]:
		return bindGlobal
	case s.kind == moduleScope && s.namespace:
		return bindNamspace
	case s.kind == moduleScope:
		return bindGlobal
	case s.free[name]:
		return bindFree
	case s.kind == classScope:
		return bindNamspace
	case s.captured[name] && s.assigned[name]:
		return bindCell
	case s.assigned[name]:
		return bindLocal
	}
	return bindGlobal
}

// resolve decides, for every scope below s, which names are free and which locals are captured.
func (s *scope) resolve() {
	for _, c := range s.children {
		c.resolve()
	}
	if s.kind == moduleScope {
		return
	}
	for _, name := range s.order {
		local := s.assigned[name] && !s.global[name] && !s.nonlocal[name]
		if local || s.global[name] {
			continue
		}
		if s.kind == classScope && !s.nonlocal[name] && s.enclosingBinder(name) == nil {
			continue
		}
		if b := s.enclosingBinder(name); b != nil {
			s.free[name] = true
			b.captured[name] = true
			for p := s.parent; p != b; p = p.parent {
				p.note(name)
				p.free[name] = true // passed through every scope in between
			}
		}
	}
}

// classCell is the implicit cell through which methods that call super() find their class.
const classCell = "__class__"

// enclosingBinder finds the nearest enclosing function scope that binds name as a local.
// Class scopes are skipped: methods cannot see class-level names, as in Python.
func (s *scope) enclosingBinder(name string) *scope {
	for p := s.parent; p != nil; p = p.parent {
		switch p.kind {
		case moduleScope:
			return nil
		case classScope:
			if name == classCell {
				p.bind(classCell)
				return p
			}
			continue
		}
		if p.global[name] {
			return nil
		}
		if p.assigned[name] && !p.nonlocal[name] {
			return p
		}
	}
	return nil
}
