package vm

import "sync"

// Shapes (hidden classes): objects that were given the same attribute names in the same
// order share one shape, the ordered list of those names, and keep only the values, in that
// order. The shapes of a class's instances form a tree rooted at the class's empty shape,
// one edge per name added, so an instance finds the shape after an assignment by following
// an edge, and an inline cache that saw a shape knows where each name sits in any object of
// that shape without comparing names (see attrcache.go). Shapes never change once made.
type shape struct {
	// names are the attribute names in the order they were added: names[i] names values[i].
	names []string
	// index maps names to positions once there are more than attrIndexMin of them.
	index map[string]int
	// root is the empty shape the tree grows from, which counts the tree's shapes.
	root *shape
	// count is the number of shapes in the tree and widest the most names one has (kept
	// by the root only).
	count, widest int
	// next are the edges to the shapes with one more name, guarded by shapeMu.
	next []shapeEdge
}

// shapeEdge leads from a shape to the shape with name appended.
type shapeEdge struct {
	name string
	to   *shape
}

// shapeMu guards the edges of every shape tree. Edges are followed only when an inline cache
// misses, and the trees of built-in classes (exceptions, functions) are shared by every
// interpreter of the process.
var shapeMu sync.Mutex

const (
	// attrIndexMin is the number of attributes above which a map finds names faster than
	// a scan.
	attrIndexMin = 8
	// maxShapeLen bounds the attributes an object keeps by shape; one with more keeps them
	// in a dict, as does an object that lost an attribute (del) or whose __dict__ was taken.
	maxShapeLen = 64
	// maxShapes bounds a tree, so objects given ever new names (setattr(o, f"k{i}", v))
	// move to dicts instead of growing the tree without end.
	maxShapes = 4096
)

// newRootShape makes the empty shape of a new tree.
func newRootShape() *shape {
	s := &shape{count: 1}
	s.root = s
	return s
}

// sharedRoot is the empty shape of objects whose class does not have its own tree: the
// functions and the exceptions of the built-in classes.
var sharedRoot = newRootShape()

// emptyShape is the empty shape the instances of c start with.
func (c *Class) emptyShape() *shape {
	if c.builtin {
		// Built-in classes are shared by every interpreter: no tree of their own.
		return sharedRoot
	}
	if c.shapes == nil {
		c.shapes = newRootShape()
	}
	return c.shapes
}

// find returns the position of name in the shape, or -1 (also for a nil shape).
func (s *shape) find(name string) int {
	if s == nil {
		return -1
	}
	if s.index != nil {
		if i, ok := s.index[name]; ok {
			return i
		}
		return -1
	}
	for i, n := range s.names {
		if n == name {
			return i
		}
	}
	return -1
}

// add returns the shape with name appended, which s must not hold, or nil when the tree is
// full and the object must keep its attributes in a dict.
func (s *shape) add(name string) *shape {
	shapeMu.Lock()
	defer shapeMu.Unlock()
	for _, e := range s.next {
		if e.name == name {
			return e.to
		}
	}
	if len(s.names) >= maxShapeLen || s.root.count >= maxShapes {
		return nil
	}
	names := make([]string, len(s.names)+1)
	copy(names, s.names)
	names[len(s.names)] = name
	t := &shape{names: names, root: s.root}
	if len(names) > attrIndexMin {
		t.index = make(map[string]int, len(names))
		for i, n := range names {
			t.index[n] = i
		}
	}
	s.root.count++
	s.root.widest = max(s.root.widest, len(names))
	s.next = append(s.next, shapeEdge{name, t})
	return t
}
