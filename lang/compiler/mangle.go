package compiler

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// manglePrivate rewrites the private names (`__x`) used inside class bodies to `_Class__x`,
// as CPython's compiler does: names, attribute names, parameter, function and class names,
// except-clause names and global/nonlocal declarations, anywhere in the class body
// (methods and the functions nested in them included), with the innermost class's name.
// Running it again changes nothing: a mangled name no longer starts with two underscores.
func manglePrivate(m *ast.Module) {
	ast.Walk(mangler{}, m)
}

// mangler is the ast.Visitor that renames; private is the enclosing class's name with its
// leading underscores stripped ("" outside classes, or for a class named only underscores).
type mangler struct{ private string }

// Visit implements ast.Visitor.
func (v mangler) Visit(n ast.Node) ast.Visitor {
	switch n := n.(type) {
	case *ast.ClassDef:
		// The class's name, bases, keywords and decorators belong to the enclosing scope;
		// its body to the class itself, whose private names use its unmangled name.
		inner := mangler{private: strings.TrimLeft(n.Name, "_")}
		n.Name = v.mangle(n.Name)
		ast.WalkList(v, n.Decorators)
		ast.WalkList(v, n.Bases)
		for _, kw := range n.Keywords {
			ast.Walk(v, kw.Value)
		}
		ast.WalkList(inner, n.Body)
		return nil
	case *ast.Name:
		n.ID = v.mangle(n.ID)
	case *ast.Attribute:
		n.Name = v.mangle(n.Name)
	case *ast.FunctionDef:
		n.Name = v.mangle(n.Name)
	case *ast.Arg:
		n.Name = v.mangle(n.Name)
	case *ast.ExceptHandler:
		n.Name = v.mangle(n.Name)
	case *ast.Global:
		v.mangleAll(n.Names)
	case *ast.Nonlocal:
		v.mangleAll(n.Names)
	}
	return v
}

// mangle is name as the class body sees it.
func (v mangler) mangle(name string) string {
	if v.private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	return "_" + v.private + name
}

// mangleAll mangles a list of names in place.
func (v mangler) mangleAll(names []string) {
	for i, name := range names {
		names[i] = v.mangle(name)
	}
}
