package ast

// A Visitor's Visit is called by Walk for each node. If it returns a non-nil Visitor w, Walk
// visits each child of the node with w and then calls w.Visit(nil), so a visitor can keep
// per-level state (a depth, a scope) and undo it when the node is done.
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n depth-first: it calls v.Visit(n), and if that returns a
// non-nil w, walks every non-nil child of n with w, then calls w.Visit(nil).
//
// Children are visited in source order: a function's decorators come before its parameters,
// return annotation and body, and a conditional expression's Body before its Test. A pass that
// needs evaluation order (the value of an assignment before its targets) or a different scope
// for some children handles those nodes itself and returns nil.
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	walkChildren(v, n)
	v.Visit(nil)
}

// inspector adapts a function to a Visitor, for Inspect.
type inspector func(Node) bool

// Visit calls the function; it descends while the function says so.
func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at n as Walk does: it calls f(n), and if that returns true,
// inspects every non-nil child of n, then calls f(nil).
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}

// Range returns the span from the module's first statement to its last one.
func (m *Module) Range() Span {
	if len(m.Body) == 0 {
		return Span{}
	}
	return Span{Start: m.Body[0].Range().Start, End: m.Body[len(m.Body)-1].Range().End}
}

// WalkList walks each node of a list with v, in order; lists of nodes never hold nil
// (Dict.Keys, which may, is walked with walkNodes). It serves visitors that walk some
// children themselves.
func WalkList[N Node](v Visitor, list []N) {
	for _, n := range list {
		Walk(v, n)
	}
}

// walkNodes walks each of a node's children that is present: an optional child is a nil
// interface where absent. (The optional children held as pointers, FormattedValue.Spec and
// Arguments.Vararg and Kwarg, are checked where they are walked, as a nil pointer in an
// interface is not nil.)
func walkNodes(v Visitor, nodes ...Node) {
	for _, n := range nodes {
		if n != nil {
			Walk(v, n)
		}
	}
}

func walkKeywords(v Visitor, list []Keyword) {
	for i := range list {
		Walk(v, &list[i])
	}
}

// walkChildren walks each child of n with v, in source order. A node of a type not listed has
// no children; TestWalkReachesEveryChild checks, by reflection, that no field holding nodes is
// missed.
func walkChildren(v Visitor, n Node) {
	switch n := n.(type) {
	case *Module:
		WalkList(v, n.Body)

	// Statements.
	case *ExprStmt:
		walkNodes(v, n.X)
	case *Assign:
		WalkList(v, n.Targets)
		walkNodes(v, n.Value)
	case *AugAssign:
		walkNodes(v, n.Target, n.Value)
	case *AnnAssign:
		walkNodes(v, n.Target, n.Annotation, n.Value)
	case *If:
		walkNodes(v, n.Test)
		WalkList(v, n.Body)
		WalkList(v, n.OrElse)
	case *While:
		walkNodes(v, n.Test)
		WalkList(v, n.Body)
		WalkList(v, n.OrElse)
	case *For:
		walkNodes(v, n.Target, n.Iter)
		WalkList(v, n.Body)
		WalkList(v, n.OrElse)
	case *FunctionDef:
		WalkList(v, n.Decorators)
		walkNodes(v, n.Args, n.Returns)
		WalkList(v, n.Body)
	case *ClassDef:
		WalkList(v, n.Decorators)
		WalkList(v, n.Bases)
		walkKeywords(v, n.Keywords)
		WalkList(v, n.Body)
	case *Return:
		walkNodes(v, n.Value)
	case *Delete:
		WalkList(v, n.Targets)
	case *Assert:
		walkNodes(v, n.Test, n.Msg)
	case *Try:
		WalkList(v, n.Body)
		WalkList(v, n.Handlers)
		WalkList(v, n.OrElse)
		WalkList(v, n.Finally)
	case *ExceptHandler:
		walkNodes(v, n.Type)
		WalkList(v, n.Body)
	case *Raise:
		walkNodes(v, n.Exc, n.Cause)
	case *With:
		WalkList(v, n.Items)
		WalkList(v, n.Body)
	case *WithItem:
		walkNodes(v, n.Context, n.Vars)
	case *Match:
		walkNodes(v, n.Subject)
		WalkList(v, n.Cases)
	case *MatchCase:
		walkNodes(v, n.Pattern, n.Guard)
		WalkList(v, n.Body)
	case *Import:
		WalkList(v, n.Names)
	case *ImportFrom:
		WalkList(v, n.Names)

	// Patterns.
	case *MatchValue:
		walkNodes(v, n.Value)
	case *MatchSingleton:
		Walk(v, n.Value)
	case *MatchSequence:
		WalkList(v, n.Patterns)
	case *MatchMapping:
		for i, k := range n.Keys {
			walkNodes(v, k, n.Patterns[i])
		}
	case *MatchClass:
		walkNodes(v, n.Cls)
		WalkList(v, n.Patterns)
		WalkList(v, n.KwdPatterns)
	case *MatchAs:
		walkNodes(v, n.Pattern)
	case *MatchOr:
		WalkList(v, n.Patterns)

	// Parameters.
	case *Arguments:
		WalkList(v, n.Args)
		if n.Vararg != nil {
			Walk(v, n.Vararg)
		}
		WalkList(v, n.KwOnly)
		if n.Kwarg != nil {
			Walk(v, n.Kwarg)
		}
	case *Arg:
		walkNodes(v, n.Annotation, n.Default)

	// Expressions.
	case *JoinedStr:
		WalkList(v, n.Values)
	case *FormattedValue:
		walkNodes(v, n.Value)
		if n.Spec != nil {
			Walk(v, n.Spec)
		}
	case *UnaryOp:
		walkNodes(v, n.X)
	case *BinOp:
		walkNodes(v, n.X, n.Y)
	case *BoolOp:
		WalkList(v, n.Values)
	case *Compare:
		walkNodes(v, n.Left)
		WalkList(v, n.Comparators)
	case *IfExp:
		walkNodes(v, n.Body, n.Test, n.OrElse)
	case *NamedExpr:
		walkNodes(v, n.Target, n.Value)
	case *Lambda:
		walkNodes(v, n.Args, n.Body)
	case *Keyword:
		walkNodes(v, n.Value)
	case *Call:
		walkNodes(v, n.Func)
		WalkList(v, n.Args)
		walkKeywords(v, n.Keywords)
	case *Attribute:
		walkNodes(v, n.X)
	case *Subscript:
		walkNodes(v, n.X, n.Index)
	case *Slice:
		walkNodes(v, n.Lower, n.Upper, n.Step)
	case *Starred:
		walkNodes(v, n.X)
	case *List:
		WalkList(v, n.Elts)
	case *Tuple:
		WalkList(v, n.Elts)
	case *Set:
		WalkList(v, n.Elts)
	case *Dict:
		for i, val := range n.Values {
			walkNodes(v, n.Keys[i], val)
		}
	case *Comprehension:
		walkNodes(v, n.Target, n.Iter)
		WalkList(v, n.Ifs)
	case *ListComp:
		walkNodes(v, n.Elt)
		WalkList(v, n.Generators)
	case *SetComp:
		walkNodes(v, n.Elt)
		WalkList(v, n.Generators)
	case *DictComp:
		walkNodes(v, n.Key, n.Value)
		WalkList(v, n.Generators)
	case *GeneratorExp:
		walkNodes(v, n.Elt)
		WalkList(v, n.Generators)
	case *Await:
		walkNodes(v, n.X)
	case *Yield:
		walkNodes(v, n.X)
	case *YieldFrom:
		walkNodes(v, n.X)
	}
}
