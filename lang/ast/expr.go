package ast

// Name is an identifier used as a value or as an assignment target.
type Name struct {
	Span
	ID string
}

// Const is a literal: Value is nil (None), bool (True/False), *big.Int (any int literal),
// float64 (a float literal), string (a str literal, escapes already decoded and adjacent
// literals already joined) or []byte (a bytes literal). Ellipsis (`...`) is Value == Ellipsis.
type Const struct {
	Span
	Value any
}

// EllipsisType is the type of Ellipsis, the value of the `...` literal.
type EllipsisType struct{}

// Ellipsis is the value held by a Const node written `...`.
var Ellipsis = EllipsisType{}

// JoinedStr is an f-string (possibly joined with adjacent plain literals): the concatenation of
// its Values, each a Const holding a string or a FormattedValue.
type JoinedStr struct {
	Span
	Values []Expr
}

// FormattedValue is one `{...}` field of an f-string. Conversion is 0, 'r', 's' or 'a'. Spec is
// the format spec after ':' (itself an f-string, since it may contain fields), or nil.
// `f"{x=}"` is parsed into a Const "x=" followed by a FormattedValue with Conversion 'r'
// (unless a conversion or spec was given), as CPython does.
type FormattedValue struct {
	Span
	Value      Expr
	Conversion rune
	Spec       *JoinedStr
}

// UnaryOp is `-x`, `+x`, `~x` or `not x`; Op is "-", "+", "~" or "not".
type UnaryOp struct {
	Span
	Op string
	X  Expr
}

// BinOp is an arithmetic or bitwise operation; Op is one of
// "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^".
type BinOp struct {
	Span
	Op   string
	X, Y Expr
}

// BoolOp is a chain of `and` or of `or` (Op): `a and b and c` is one BoolOp with three Values.
type BoolOp struct {
	Span
	Op     string
	Values []Expr
}

// Compare is a comparison chain `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
// Each op is one of "<", ">", "==", ">=", "<=", "!=", "in", "not in", "is", "is not".
type Compare struct {
	Span
	Left        Expr
	Ops         []string
	Comparators []Expr
}

// IfExp is the conditional expression `Body if Test else OrElse`.
type IfExp struct {
	Span
	Test, Body, OrElse Expr
}

// NamedExpr is the assignment expression `Target := Value`.
type NamedExpr struct {
	Span
	Target *Name
	Value  Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Span
	Args *Arguments
	Body Expr
}

// Keyword is a `name=value` argument in a call or class definition; Name is "" for `**value`.
type Keyword struct {
	Span
	Name  string
	Value Expr
}

// Call is `Func(Args..., Keywords...)`. Args may contain *Starred nodes (`*xs`); Keywords with
// an empty Name are `**kw` unpackings. A lone generator expression argument (`sum(x for x in
// xs)`) is an ordinary GeneratorExp in Args.
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []Keyword
}

// Attribute is `X.Name`.
type Attribute struct {
	Span
	X    Expr
	Name string
	// NamePos is where Name starts, for errors and tracebacks that point at the attribute.
	NamePos Pos
}

// Subscript is `X[Index]`. Index is a *Slice for `x[a:b:c]`, a *Tuple for `x[a, b]` (whose
// elements may be slices), or any other expression.
type Subscript struct {
	Span
	X     Expr
	Index Expr
}

// Slice is `Lower:Upper:Step` inside a subscript; absent parts are nil.
type Slice struct {
	Span
	Lower, Upper, Step Expr
}

// Starred is `*X`, in a call's arguments, a display, or an assignment target.
type Starred struct {
	Span
	X Expr
}

// List is a list display `[a, b]` or a list assignment target.
type List struct {
	Span
	Elts []Expr
}

// Tuple is a tuple display `(a, b)` / `a, b`, or a tuple assignment target.
type Tuple struct {
	Span
	Elts []Expr
}

// Set is a set display `{a, b}` (never empty: `{}` is a Dict).
type Set struct {
	Span
	Elts []Expr
}

// Dict is a dict display. Keys[i] is nil where the entry is a `**Values[i]` unpacking.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

// Comprehension is one `for Target in Iter if Ifs...` clause (`async for` when IsAsync).
type Comprehension struct {
	Span
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Span
	Key, Value Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await X`.
type Await struct {
	Span
	X Expr
}

// Yield is `yield X`; X is nil for a bare `yield`.
type Yield struct {
	Span
	X Expr
}

// YieldFrom is `yield from X`.
type YieldFrom struct {
	Span
	X Expr
}

func (*Name) exprNode()           {}
func (*Const) exprNode()          {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*UnaryOp) exprNode()        {}
func (*BinOp) exprNode()          {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*NamedExpr) exprNode()      {}
func (*Lambda) exprNode()         {}
func (*Call) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
