package vm

// The old unexported form of the built-in method API, kept only for future_methods.go and
// stack.go, which are moving to stdlib/asyncio; delete this file once they use the exported
// one (MethodDef, Class.DefineMethods, NoArgs, OneArg, TupleArgs, OrNone).

type methodDef struct {
	name     string
	style    ArgStyle
	min, max int
	kw       []string
	fn       MethodFunc
}

const (
	noArgs    = NoArgs
	oneArg    = OneArg
	tupleArgs = TupleArgs
)

func defineMethods(cls *Class, defs []methodDef) {
	for _, d := range defs {
		cls.DefineMethods([]MethodDef{{d.name, d.style, d.min, d.max, d.kw, d.fn}})
	}
}

func orNone(v Value) Value { return OrNone(v) }
