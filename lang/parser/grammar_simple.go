package parser

// Simple statement nodes, filled by simple_parser.go. Each comment gives the production.

// simpleLineG is `small (";" small)* ";"? Newline`.
type simpleLineG struct {
	Stmts []*smallG
}

// smallG is one simple statement: exprStmt | "pass" | "return" exprList? | "break" |
// "continue" | "raise" (test ("from" test)?)? | "import" dottedAs ("," dottedAs)* | from |
// ("global" | "nonlocal") Name ("," Name)* | "del" exprList | "assert" test ("," test)?.
type smallG struct {
	At
	Expr      *exprStmtG
	Pass      bool
	Return    bool
	RetValue  *exprListG
	Break     bool
	Continue  bool
	Raise     bool
	Exc       *testG
	Cause     *testG
	Import    []*dottedAsG
	From      *fromG
	Global    []string
	Nonlocal  []string
	Del       *exprListG
	Assert    *testG
	AssertMsg *testG
}

// dottedAsG is `Name ("." Name)* ("as" Name)?`.
type dottedAsG struct {
	At
	Name []string
	As   string
}

// fromG is `"from" ("." | "...")* (Name ("." Name)*)? "import" ("*" | "(" importAs ("," importAs)*
// ","? ")" | importAs ("," importAs)*)`.
type fromG struct {
	At
	Dots   []string
	Module []string
	Star   bool
	Names  []*importAsG
}

// importAsG is `Name ("as" Name)?`.
type importAsG struct {
	At
	Name string
	As   string
}
