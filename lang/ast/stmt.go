package ast

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	Span
	X Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`. A target is a Name, Attribute, Subscript,
// or a Tuple/List (possibly containing one Starred) of targets.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`; Op is the binary operator without '=' ("+", "//", ...).
type AugAssign struct {
	Span
	Target Expr
	Op     string
	Value  Expr
}

// AnnAssign is `Target: Annotation = Value`; Value is nil when there is no assignment.
// The annotation is evaluated at module and class level only, as in CPython.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr
}

// If is `if Test: Body else: OrElse`; an `elif` is an If alone in OrElse.
type If struct {
	Span
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// While is `while Test: Body else: OrElse`.
type While struct {
	Span
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// For is `for Target in Iter: Body else: OrElse` (`async for` when IsAsync).
type For struct {
	Span
	Target  Expr
	Iter    Expr
	Body    []Stmt
	OrElse  []Stmt
	IsAsync bool
}

// Break is `break`.
type Break struct{ Span }

// Continue is `continue`.
type Continue struct{ Span }

// Pass is `pass`.
type Pass struct{ Span }

// Arg is one parameter: its name, optional annotation and optional default value.
type Arg struct {
	Span
	Name       string
	Annotation Expr
	Default    Expr
}

// Arguments is a parameter list: `Args[:PosOnly]` are positional-only (before `/`), the rest of
// Args positional-or-keyword; Vararg is `*name` (nil if absent), KwOnly the parameters after
// `*` or `*name`, Kwarg is `**name` (nil if absent).
type Arguments struct {
	Span
	Args    []*Arg
	PosOnly int
	Vararg  *Arg
	KwOnly  []*Arg
	Kwarg   *Arg
}

// FunctionDef is `def Name(Args): Body` (`async def` when IsAsync), with its decorators
// outermost first.
type FunctionDef struct {
	Span
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr
	IsAsync    bool
}

// ClassDef is `class Name(Bases, Keywords): Body`.
type ClassDef struct {
	Span
	Name       string
	Bases      []Expr
	Keywords   []Keyword
	Body       []Stmt
	Decorators []Expr
}

// Return is `return Value`; Value is nil for a bare return.
type Return struct {
	Span
	Value Expr
}

// Global is `global Names...`.
type Global struct {
	Span
	Names []string
}

// Nonlocal is `nonlocal Names...`.
type Nonlocal struct {
	Span
	Names []string
}

// Delete is `del Targets...`.
type Delete struct {
	Span
	Targets []Expr
}

// Assert is `assert Test, Msg`; Msg is nil when absent.
type Assert struct {
	Span
	Test Expr
	Msg  Expr
}

// ExceptHandler is one `except Type as Name: Body` clause; Type is nil for a bare `except:`,
// Name is "" when there is no `as`.
type ExceptHandler struct {
	Span
	Type Expr
	Name string
	Body []Stmt
}

// Try is `try: Body` with its handlers, `else: OrElse` and `finally: Finally`. IsStar marks a
// `try` whose handlers are written `except*` (exception groups).
type Try struct {
	Span
	Body     []Stmt
	Handlers []*ExceptHandler
	OrElse   []Stmt
	Finally  []Stmt
	IsStar   bool
}

// Raise is `raise Exc from Cause`; both nil for a bare re-raise, Cause nil without `from`.
type Raise struct {
	Span
	Exc   Expr
	Cause Expr
}

// WithItem is one `Context as Vars` of a with statement; Vars is nil without `as`.
type WithItem struct {
	Span
	Context Expr
	Vars    Expr
}

// With is `with Items: Body` (`async with` when IsAsync).
type With struct {
	Span
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// Alias is one imported name: Name may be dotted (`import a.b`), AsName is "" without `as`.
type Alias struct {
	Span
	Name   string
	AsName string
}

// Import is `import Names...`.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is `from Module import Names...` (Names holds one Alias "*" for a star import).
type ImportFrom struct {
	Span
	Module string
	Names  []*Alias
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Delete) stmtNode()      {}
func (*Assert) stmtNode()      {}
func (*Try) stmtNode()         {}
func (*Raise) stmtNode()       {}
func (*With) stmtNode()        {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
