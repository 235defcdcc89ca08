package bytecode

import "github.com/asyncscript/asyncscript/lang/ast"

// Flags describe a code object.
type Flags uint16

// Code object flags.
const (
	FlagVarargs   Flags = 1 << iota // has a *args parameter
	FlagVarkw                       // has a **kwargs parameter
	FlagGenerator                   // calling it makes a generator
	FlagCoroutine                   // `async def`: calling it makes a coroutine
	FlagAsyncGen                    // `async def` with yield: calling it makes an async generator
	FlagClassBody                   // a class body: names live in a namespace dict
	FlagModule                      // a module body: names are globals
)

// Code is a compiled function, class body or module body. It is immutable once built, so one
// Code may back many function objects and run on many frames at once. Marshal serializes
// every field: a new one must be added there and in Unmarshal.
type Code struct {
	Name     string // the function's name, "<module>", "<lambda>", "<listcomp>", ...
	QualName string // the dotted path, as in __qualname__: "C.method.<locals>.inner"
	Filename string
	Flags    Flags
	// Doc is the function's docstring, nil when it has none.
	Doc any

	// Parameters occupy the first slots of Varnames: ArgCount positional ones (the first
	// PosOnlyCount of them positional-only), then KwOnlyCount keyword-only ones, then *args and
	// **kwargs when the flags say so.
	ArgCount     int
	PosOnlyCount int
	KwOnlyCount  int

	Varnames []string // local variable slots, parameters first
	Cellvars []string // locals captured by inner functions (cells 0..len(Cellvars)-1)
	Freevars []string // variables of enclosing functions (cells after Cellvars)
	// CellArgs maps a cell to the parameter slot whose value it starts with, or -1.
	CellArgs []int
	Names    []string // global, attribute and imported names
	// Consts holds literals: nil, bool, *big.Int, float64, string, []byte, ast.EllipsisType,
	// *Code (nested functions), *Pattern (case clauses) and []string (keyword names for
	// CALL_KW, the parts of a constant f-string).
	Consts []any

	Instrs []uint32
	Spans  []ast.Span // the source span of each instruction, for tracebacks and carets
	// Anchors marks, for binary operations and subscripts, the part of an instruction's span
	// that tracebacks underline with ^ (the rest gets ~): it starts where the left operand
	// (or the subscripted value) ends and ends where the right operand starts (or the
	// subscript ends).
	Anchors  map[int]ast.Span
	Handlers []Handler // exception table, innermost ranges first
	MaxStack int
	// FirstLine is the line of the `def` (or 1 for a module), as in co_firstlineno.
	FirstLine int
}

// Handler is one exception table entry: an exception raised by an instruction in [Start, End)
// unwinds the operand stack to Depth items and jumps to Target with the exception pushed.
type Handler struct {
	Start, End, Target int
	Depth              int
}

// Op returns the opcode of instruction i.
func (c *Code) Op(i int) Opcode { return Opcode(c.Instrs[i] & 0xff) }

// Arg returns the argument of instruction i.
func (c *Code) Arg(i int) int { return int(c.Instrs[i] >> 8) }

// Encode packs an opcode and its argument into one instruction.
func Encode(op Opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// MaxArg is the largest argument an instruction can carry.
const MaxArg = 1<<24 - 1

// Line returns the source line of instruction i.
func (c *Code) Line(i int) int {
	if i < 0 || i >= len(c.Spans) {
		return c.FirstLine
	}
	return c.Spans[i].Start.Line
}

// HandlerFor returns the innermost exception handler covering instruction i, if any.
func (c *Code) HandlerFor(i int) (Handler, bool) {
	for _, h := range c.Handlers {
		if h.Start <= i && i < h.End {
			return h, true
		}
	}
	return Handler{}, false
}
