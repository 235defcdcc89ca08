package parser

// Grammar nodes of match statements. The statement structure (matchG, caseG) is participle
// grammar; patterns are parsed by hand (pattern_parser.go) behind patternsG's Parseable, as
// expressions are: their alternatives need more lookahead than the statement grammar allows.

// matchG is `"match" exprList ":" Newline Indent case+ Dedent`. `match` and `case` are soft
// keywords: markSoftKeywords tags them as keywords only where they open a match statement or
// one of its clauses, so everywhere else they stay names.
type matchG struct {
	At
	Subject *exprListG `parser:"\"match\":Keyword @@ ':' Newline Indent"`
	Cases   []*caseG   `parser:"@@+ Dedent"`
}

// caseG is `"case" patterns ("if" named)? ":" block`.
type caseG struct {
	At
	Pattern *patternsG `parser:"\"case\":Keyword @@"`
	Guard   *namedG    `parser:"( 'if' @@ )? ':'"`
	Body    *blockG    `parser:"@@"`
}

// patternsG is `starPattern ("," starPattern)* ","?`: an open sequence pattern when it has a
// comma, else its one pattern.
type patternsG struct {
	At
	Items []*patternG
	Comma bool
}

// patKind says which production a patternG is.
type patKind uint8

// The pattern productions.
const (
	patOr         patKind = iota // Items: the alternatives (two or more)
	patAs                        // Items[0] `as` Name
	patLiteral                   // Neg? Lit: a number, strings, None, True or False
	patCapture                   // Name, or `_` for the wildcard
	patValue                     // Dotted: a dotted name (two parts or more)
	patGroup                     // "(" Items[0] ")"
	patSequence                  // "[" Items "]" or "(" Items ")" (Paren), with a comma if one item
	patStar                      // "*" Name
	patMapping                   // "{" Items "}": patKeyValue items, then maybe a patDoubleStar
	patKeyValue                  // Items[0] ":" Items[1], the key a literal or value pattern
	patDoubleStar                // "**" Name
	patClass                     // Dotted "(" Items ")": patterns, then patKeyword items
	patKeyword                   // Name "=" Items[0]
)

// patternG is one pattern; Kind tells which fields are set.
type patternG struct {
	At
	Kind   patKind
	Items  []*patternG
	Name   string
	Dotted []*strG // the Name tokens of a dotted name
	Lit    *atomG
	Neg    bool
	Paren  bool
}
