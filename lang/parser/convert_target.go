package parser

import (
	"github.com/asyncscript/asyncscript/lang/ast"
)

// exprName describes an expression the way CPython's error messages name it
// ("cannot assign to function call").
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Const:
		switch e.Value {
		case nil:
			return "None"
		case true:
			return "True"
		case false:
			return "False"
		case ast.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.Lambda:
		return "lambda"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Await:
		return "await expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.JoinedStr:
		return "f-string expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Tuple:
		return "tuple"
	case *ast.List:
		return "list"
	case *ast.Starred:
		return "starred"
	}
	return "expression"
}

// invalidTarget returns the first sub-expression of e that cannot be assigned to (or deleted,
// which allows the same forms minus starred ones), or nil.
func invalidTarget(e ast.Expr, del bool) (bad ast.Expr) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.Name, *ast.Attribute, *ast.Subscript:
			return false
		case *ast.Tuple, *ast.List:
			return bad == nil
		case *ast.Starred:
			if !del {
				return bad == nil
			}
		}
		if bad == nil {
			bad = n.(ast.Expr)
		}
		return false
	})
	return bad
}

// storeTarget checks the target of a for loop, comprehension or with item.
func (c *converter) storeTarget(e ast.Expr) {
	if bad := invalidTarget(e, false); bad != nil {
		c.errorAt(bad.Range(), "cannot assign to %s", exprName(bad))
		return
	}
	c.starredTargets(e)
}

// starredTargets enforces the rules on `*x` in assignment targets, which CPython checks when
// compiling: only inside a tuple or list, at most once per level.
func (c *converter) starredTargets(e ast.Expr) {
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.Starred:
		c.compilerErrorAt(e.Span, "starred assignment target must be in a list or tuple")
		return
	case *ast.Tuple:
		elts = e.Elts
	case *ast.List:
		elts = e.Elts
	default:
		return
	}
	stars := 0
	for _, x := range elts {
		if st, ok := x.(*ast.Starred); ok {
			if stars++; stars == 2 {
				c.compilerErrorAt(e.Range(), "multiple starred expressions in assignment")
			}
			c.starredTargets(st.X)
			continue
		}
		c.starredTargets(x)
	}
}

// assignTarget checks one target of an assignment statement. Like CPython, when a single
// target is something that looks like an operand of a comparison, the message suggests '=='.
func (c *converter) assignTarget(e ast.Expr, single bool) {
	bad := invalidTarget(e, false)
	if bad == nil {
		c.starredTargets(e)
		return
	}
	switch bad.(type) {
	case *ast.Yield, *ast.YieldFrom:
		c.errorAt(bad.Range(), "assignment to yield expression not possible")
		return
	}
	name := exprName(bad)
	if bad == e && single && suggestsComparison(e) {
		c.errorAt(bad.Range(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", name)
		return
	}
	c.errorAt(bad.Range(), "cannot assign to %s", name)
}

// suggestsComparison mirrors CPython's invalid_named_expression rule: the operand must be at
// bitwise-or level and not a display that could itself be a target, nor a named constant.
func suggestsComparison(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.NamedExpr, *ast.GeneratorExp,
		*ast.Tuple, *ast.List:
		return false
	case *ast.UnaryOp:
		return e.Op != "not"
	case *ast.Const:
		switch e.Value {
		case nil, true, false:
			return false
		}
	}
	return true
}

func (c *converter) augTarget(e ast.Expr) {
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return
	}
	c.errorAt(e.Range(), "'%s' is an illegal expression for augmented assignment", exprName(e))
}

func (c *converter) annTarget(e ast.Expr) {
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return
	case *ast.Tuple:
		c.errorAt(e.Range(), "only single target (not tuple) can be annotated")
	case *ast.List:
		c.errorAt(e.Range(), "only single target (not list) can be annotated")
	default:
		c.errorAt(e.Range(), "illegal target for annotation")
	}
}

func (c *converter) delTargets(l *exprListG) []ast.Expr {
	var out []ast.Expr
	for _, it := range l.Items {
		e := c.starTest(it)
		if bad := invalidTarget(e, true); bad != nil {
			c.errorAt(bad.Range(), "cannot delete %s", exprName(bad))
		}
		out = append(out, e)
	}
	return out
}
