package compiler

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// docstring returns the docstring of a body: its first statement, when that is a string
// literal.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := e.X.(*ast.Const)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

// classPrologue starts a class body as CPython's does: __module__ from the module's
// __name__, __qualname__, then __doc__ when the body has a docstring.
func (c *compiler) classPrologue(s *ast.ClassDef) {
	c.loadName("__name__")
	c.storeName("__module__")
	c.emitConst(c.u.code.QualName)
	c.storeName("__qualname__")
	if doc, ok := docstring(s.Body); ok {
		c.emitConst(doc)
		c.storeName("__doc__")
	}
}

// setupAnnotations makes the __annotations__ dict of a module or class body that annotates a
// simple name somewhere outside nested functions and classes.
func (c *compiler) setupAnnotations(body []ast.Stmt) {
	if hasAnnotations(body) {
		c.emit(bytecode.BUILD_MAP, 0)
		c.storeName("__annotations__")
	}
}

// hasAnnotations reports whether statements annotate a simple name, looking into compound
// statements but not into function or class definitions.
func hasAnnotations(body []ast.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.AnnAssign:
			if _, ok := s.Target.(*ast.Name); ok {
				return true
			}
		case *ast.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) {
				return true
			}
		case *ast.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) {
				return true
			}
		case *ast.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) {
				return true
			}
		case *ast.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *ast.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) || hasAnnotations(s.Finally) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// storeAnnotation records a simple name's annotation in the body's __annotations__.
func (c *compiler) storeAnnotation(name string, annotation ast.Expr) {
	c.expr(annotation)
	c.loadName("__annotations__")
	c.emitConst(name)
	c.emit(bytecode.STORE_SUBSCR, 0)
}

// functionAnnotations pushes the dict of a function's parameter and return annotations, in
// CPython's order, and reports whether there were any.
func (c *compiler) functionAnnotations(fd *ast.FunctionDef) bool {
	params := append([]*ast.Arg(nil), fd.Args.Args...)
	if fd.Args.Vararg != nil {
		params = append(params, fd.Args.Vararg)
	}
	params = append(params, fd.Args.KwOnly...)
	if fd.Args.Kwarg != nil {
		params = append(params, fd.Args.Kwarg)
	}
	n := 0
	for _, p := range params {
		if p.Annotation != nil {
			c.emitConst(p.Name)
			c.expr(p.Annotation)
			n++
		}
	}
	if fd.Returns != nil {
		c.emitConst("return")
		c.expr(fd.Returns)
		n++
	}
	if n == 0 {
		return false
	}
	c.emit(bytecode.BUILD_MAP, n)
	return true
}
