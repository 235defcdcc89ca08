package ast

// Match is `match Subject:` with its case clauses in order.
type Match struct {
	Span
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is `case Pattern if Guard: Body`; Guard is nil without `if`.
type MatchCase struct {
	Span
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// Pattern is a pattern of a case clause.
type Pattern interface {
	Node
	patternNode()
}

// MatchValue matches a subject equal to Value: a literal (a number, possibly negated, or a
// string) or a dotted name.
type MatchValue struct {
	Span
	Value Expr
}

// MatchSingleton matches a subject that is Value, a Const holding None, True or False.
type MatchSingleton struct {
	Span
	Value *Const
}

// MatchSequence matches a sequence (not a str, bytes or bytearray) item by item; at most one
// of Patterns is a MatchStar, which takes whatever the others leave.
type MatchSequence struct {
	Span
	Patterns []Pattern
}

// MatchStar is `*Name` in a sequence pattern; Name is "" for `*_`.
type MatchStar struct {
	Span
	Name string
}

// MatchMapping matches a mapping that has every key in Keys (literals or dotted names) with
// a value matching the pattern at the same index; Rest ("" without `**rest`) binds a dict of
// the other items.
type MatchMapping struct {
	Span
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass matches an instance of Cls whose attributes match: Patterns positionally
// (through Cls.__match_args__), KwdPatterns by the names in KwdAttrs.
type MatchClass struct {
	Span
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchAs is `Pattern as Name`, a capture pattern (Pattern nil) or the wildcard `_`
// (Pattern nil, Name "").
type MatchAs struct {
	Span
	Pattern Pattern
	Name    string
}

// MatchOr is `Patterns[0] | Patterns[1] | ...`: the first alternative that matches wins.
type MatchOr struct {
	Span
	Patterns []Pattern
}

func (*Match) stmtNode() {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchStar) patternNode()      {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
