package compiler

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// nameOps are the load, store and delete opcodes of one kind of binding.
type nameOps struct{ load, store, del bytecode.Opcode }

var (
	fastOps      = nameOps{bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST}
	derefOps     = nameOps{bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF}
	globalOps    = nameOps{bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL}
	namespaceOps = nameOps{bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME}
)

// nameAccess returns the opcodes and argument that reach name from the current unit.
func (c *compiler) nameAccess(name string) (nameOps, int) {
	u := c.u
	switch u.scope.lookup(name) {
	case bindLocal:
		return fastOps, u.varname(name)
	case bindCell, bindFree:
		return derefOps, u.cells[name]
	case bindNamspace:
		return namespaceOps, c.name(name)
	}
	return globalOps, c.name(name)
}

func (c *compiler) loadName(name string) {
	ops, arg := c.nameAccess(name)
	c.emit(ops.load, arg)
}

func (c *compiler) storeName(name string) {
	ops, arg := c.nameAccess(name)
	c.emit(ops.store, arg)
}

func (c *compiler) delName(name string) {
	ops, arg := c.nameAccess(name)
	c.emit(ops.del, arg)
}

// targetOps are the opcodes that store into, or delete, a name, attribute or subscript.
type targetOps struct {
	name         func(nameOps) bytecode.Opcode
	attr, subscr bytecode.Opcode
}

var (
	storeOps = targetOps{func(o nameOps) bytecode.Opcode { return o.store }, bytecode.STORE_ATTR, bytecode.STORE_SUBSCR}
	delOps   = targetOps{func(o nameOps) bytecode.Opcode { return o.del }, bytecode.DELETE_ATTR, bytecode.DELETE_SUBSCR}
)

// simpleTarget stores into (the value on top of the stack) or deletes a name, attribute or
// subscript; it reports false, emitting nothing, for any other expression.
func (c *compiler) simpleTarget(t ast.Node, ops targetOps) bool {
	defer c.restoreSpan(c.setSpan(t))
	switch t := t.(type) {
	case *ast.Name:
		nops, arg := c.nameAccess(t.ID)
		c.emit(ops.name(nops), arg)
	case *ast.Attribute:
		c.expr(t.X)
		c.emit(ops.attr, c.name(t.Name))
	case *ast.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		c.emit(ops.subscr, 0)
	default:
		return false
	}
	return true
}

// assign stores the value on top of the stack into a target.
func (c *compiler) assign(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Tuple:
		c.unpack(t, t.Elts)
	case *ast.List:
		c.unpack(t, t.Elts)
	case *ast.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		if !c.simpleTarget(t, storeOps) {
			c.errorf(t, "cannot assign to expression")
		}
	}
}

// unpack unpacks the sequence on top of the stack into the targets of a tuple or list.
func (c *compiler) unpack(t ast.Node, elts []ast.Expr) {
	defer c.restoreSpan(c.setSpan(t))
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.errorf(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(bytecode.UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star > 0xff || after > 0xffff {
			c.errorf(t, "too many expressions in star-unpacking assignment")
		}
		c.emit(bytecode.UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.assign(s.X)
		} else {
			c.assign(e)
		}
	}
}

// del deletes a target: each name, attribute or subscript in it, left to right.
func (c *compiler) del(t ast.Expr) {
	ast.Inspect(t, func(n ast.Node) bool {
		switch n.(type) {
		case nil:
		case *ast.Tuple, *ast.List:
			return true
		default:
			if !c.simpleTarget(n, delOps) {
				c.errorf(n, "cannot delete expression")
			}
		}
		return false
	})
}

// augAssign compiles `target op= value`, evaluating the target's object and index once.
func (c *compiler) augAssign(s *ast.AugAssign) {
	op := binaryOps[s.Op] + bytecode.InplaceOffset
	switch t := s.Target.(type) {
	case *ast.Name:
		c.loadName(t.ID)
		c.expr(s.Value)
		c.emit(bytecode.BINARY_OP, int(op))
		c.storeName(t.ID)
	case *ast.Attribute:
		c.expr(t.X)
		c.emit(bytecode.COPY, 1)
		c.emit(bytecode.LOAD_ATTR, c.name(t.Name))
		c.expr(s.Value)
		c.emit(bytecode.BINARY_OP, int(op))
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.STORE_ATTR, c.name(t.Name))
	case *ast.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		c.emit(bytecode.COPY, 2)
		c.emit(bytecode.COPY, 2)
		c.emit(bytecode.BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.emit(bytecode.BINARY_OP, int(op))
		// [x i v] → [v x i]
		c.emit(bytecode.SWAP, 3)
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.STORE_SUBSCR, 0)
	default:
		c.errorf(s.Target, "'%s' is an illegal expression for augmented assignment", describe(s.Target))
	}
}

// describe names an expression kind the way CPython's error messages do.
func describe(e ast.Expr) string {
	switch e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Const:
		return "literal"
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	case *ast.Compare:
		return "comparison"
	case *ast.Lambda:
		return "lambda"
	}
	return "expression"
}

// parallelAssign compiles a, b = x, y and a, b, c = x, y, z (tuples or lists, no starred
// items) without building the tuple: the values are pushed in order, reversed in place, and
// stored left to right, as CPython's compiler does. Evaluation and store order stay those of
// the unpacking they replace. It reports whether s had that form.
func (c *compiler) parallelAssign(s *ast.Assign) bool {
	if len(s.Targets) != 1 {
		return false
	}
	targets, values := plainElts(s.Targets[0]), plainElts(s.Value)
	if len(targets) < 2 || len(targets) > 3 || len(values) != len(targets) {
		return false
	}
	for _, v := range values {
		c.expr(v)
	}
	defer c.restoreSpan(c.setSpan(s.Targets[0]))
	c.emit(bytecode.SWAP, len(values))
	for _, t := range targets {
		c.assign(t)
	}
	return true
}

// plainElts is the items of a tuple or list display with no starred item, else nil.
func plainElts(e ast.Expr) []ast.Expr {
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.Tuple:
		elts = e.Elts
	case *ast.List:
		elts = e.Elts
	}
	for _, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return nil
		}
	}
	return elts
}
