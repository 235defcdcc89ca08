package vm

import "strings"

// Attr implements AttrGetter: a generator's, coroutine's or async generator's introspection
// attributes, with CPython's prefixes (gi_, cr_, ag_). cr_await, gi_yieldfrom and the frame
// attributes are not provided.
func (g *Generator) Attr(name string) (Value, bool) {
	switch name {
	case "__name__":
		return Str(g.Func.Name), true
	case "__qualname__":
		return Str(g.Func.QualName), true
	}
	prefix := "gi_"
	switch g.Type() {
	case CoroutineClass:
		prefix = "cr_"
	case AsyncGeneratorClass:
		prefix = "ag_"
	}
	field, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return nil, false
	}
	switch field {
	case "running":
		return Bool(g.running), true
	case "code":
		return g.Func.Code, true
	case "suspended":
		return Bool(g.started && !g.done && !g.running), true
	}
	return nil, false
}
