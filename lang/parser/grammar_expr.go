package parser

// Expression grammar nodes. They are filled by the hand-written parser in expr_parser.go,
// which participle invokes through its Parseable interface: expressions make up most of a
// program's tokens, and participle's generic struct matching allocates for every alternative it
// tries at every precedence level, which made parsing ten times too slow. Binary operators are
// kept as flat operand/operator lists (binExprG for arithmetic and bitwise operators, cmpExprG
// for comparison chains, orG for and/or); the conversion pass builds the tree by precedence
// climbing. Each type's comment gives its production.

// exprStmtG is an expression statement, an assignment (possibly chained), an augmented or an
// annotated assignment, which share their first expression list:
// `rhs (":" test ("=" rhs)? | augOp rhs | ("=" rhs)+)?`.
type exprStmtG struct {
	At
	First    *rhsG
	Annot    *testG
	AnnValue *rhsG
	AugOp    string
	AugValue *rhsG
	Assigns  []*rhsG
}

// rhsG is what may stand on either side of `=`: `yield | exprList`.
type rhsG struct {
	Yield *yieldG
	List  *exprListG
}

// exprListG is `starTest ("," starTest)* ","?`; it is a tuple when it has a comma.
type exprListG struct {
	At
	Items    []*starTestG
	Trailing bool
}

// starTestG is `"*" binExpr | test`.
type starTestG struct {
	At
	Star *binExprG
	X    *testG
}

// testG is Python's `expression`: `lambda | or ("if" or "else" test)?`.
type testG struct {
	At
	Lambda *lambdaG
	Body   *orG
	Cond   *orG
	Else   *testG
}

// namedG is Python's `named_expression`: `Name ":=" test | test`.
type namedG struct {
	At
	Target string
	Value  *testG
	X      *testG
}

// orG is `not (("and" | "or") not)*`.
type orG struct {
	Head *notG
	Tail []*opTail[*notG]
}

// opTail is an operator of a chain of binary operations and the operand after it.
type opTail[X any] struct {
	Op string
	X  X
}

// notG is `"not" not | cmpExpr`.
type notG struct {
	At
	Not *notG
	X   *cmpExprG
}

// cmpExprG is `binExpr (cmpOp binExpr)*`; each Op of its tail is one of ast.Compare's
// operators ("not in", "is not", ...).
type cmpExprG struct {
	Head *binExprG
	Tail []*opTail[*binExprG]
}

// binExprG is `unary (binOp unary)*` over the operators | ^ & << >> + - * / // % @.
type binExprG struct {
	Head *unaryG
	Tail []*opTail[*unaryG]
}

// unaryG is `("-" | "+" | "~") unary | power`.
type unaryG struct {
	At
	Op    string
	X     *unaryG
	Power *powerG
}

// powerG is `"await"? atom trailer* ("**" unary)?`; the exponent is a unary expression, which
// makes `-2**2` == -(2**2) and allows `2**-1`.
type powerG struct {
	At
	Await    bool
	Atom     *atomG
	Trailers []*trailerG
	Exp      *unaryG
}

// trailerG is `"(" args? ")" | "[" subscr "]" | "." Name`.
type trailerG struct {
	At
	Call  bool
	Args  *argsG
	Index *subscrG
	Attr  string
}

// argsG is `arg ("," arg)* ","?`.
type argsG struct {
	Args []*argG
}

// argG is `"*" test | "**" test | Name "=" test | named compFor?`.
type argG struct {
	At
	Star    *testG
	DStar   *testG
	Keyword string
	KwValue *testG
	Value   *namedG
	Comp    *compForG
}

// subscrG is `slice ("," slice)* ","?`.
type subscrG struct {
	At
	Items    []*sliceG
	Trailing bool
}

// sliceG is `"*" binExpr | named | named? sliceRest`.
type sliceG struct {
	At
	Star  *binExprG
	Lower *namedG
	Rest  *sliceRestG
}

// sliceRestG is `":" test? step?`.
type sliceRestG struct {
	At
	Upper *testG
	Step  *stepG
}

// stepG is `":" test?`.
type stepG struct {
	At
	Step *testG
}

// atomG is `Name | Number | String+ | paren | list | brace | "None" | "True" | "False" | "..."`.
type atomG struct {
	At
	Name  string
	Num   string
	Strs  []*strG
	Paren *parenG
	List  *listG
	Brace *braceG
	Const string
}

// strG is one String token.
type strG struct {
	At
}

// parenG is `"(" (yield | seq)? ")"`.
type parenG struct {
	At
	Yield *yieldG
	Items *seqG
}

// listG is `"[" seq? "]"`.
type listG struct {
	At
	Items *seqG
}

// seqG is `starNamed ("," starNamed)* ","? compFor?`: the inside of a parenthesised or list
// display; the conversion pass checks that a comprehension has a single element.
type seqG struct {
	At
	Items    []*starNamedG
	Trailing bool
	Comp     *compForG
}

// starNamedG is `"*" binExpr | named`.
type starNamedG struct {
	At
	Star *binExprG
	X    *namedG
	// Atom holds an element that is a lone name, number or string (the bulk of a large
	// literal), without the nine levels of precedence nodes above it (see simpleItem).
	Atom *atomG
}

// braceG is `"{" (dictItem ("," dictItem)* ","? compFor?)? "}"`; dict or set is decided by the
// conversion pass.
type braceG struct {
	At
	Items    []*dictItemG
	Trailing bool
	Comp     *compForG
}

// dictItemG is `"**" binExpr | "*" binExpr | named (":" test)?`.
type dictItemG struct {
	At
	DStar *binExprG
	Star  *binExprG
	Key   *namedG
	Value *testG
}

// compForG is `compClause+`.
type compForG struct {
	Clauses []*compClauseG
}

// compClauseG is `"async"? "for" targetList "in" or ("if" or)*`.
type compClauseG struct {
	At
	Async  bool
	Target *targetListG
	Iter   *orG
	Ifs    []*orG
}

// targetListG is `starBin ("," starBin)* ","?`: the target of a for loop or comprehension,
// made of operands below the comparison level so that the following `in` is not taken for an
// operator.
type targetListG struct {
	At
	Items    []*starBinG
	Trailing bool
}

// starBinG is `"*" binExpr | binExpr`.
type starBinG struct {
	At
	Star *binExprG
	X    *binExprG
}

// yieldG is `"yield" ("from" test | exprList)?`.
type yieldG struct {
	At
	From  *testG
	Value *exprListG
}

// lambdaG is `"lambda" (lambdaParam ("," lambdaParam)* ","?)? ":" test`.
type lambdaG struct {
	At
	Params []*lambdaParamG
	Body   *testG
}

// lambdaParamG is `("/" | "*" Name? | "**" Name | Name) ("=" test)?`: a parameter without
// annotation, since a lambda's ':' ends its parameter list.
type lambdaParamG struct {
	At
	Kind    string
	Starred string
	Plain   string
	Default *testG
}

// withItemsG is `"(" withItem ("," withItem)* ","? ")" &":" | withItem ("," withItem)*`; the
// parenthesised form is tried first, as in CPython, so `with (a, b):` has two items.
type withItemsG struct {
	Items []*withItemG
}

// withItemG is `test ("as" binExpr)?`.
type withItemG struct {
	At
	Context *testG
	Target  *binExprG
}
