package parser

import "github.com/alecthomas/participle/v2/lexer"

// markSoftKeywords tags the soft keywords `match` and `case` as keywords where they open a
// match statement or one of its case clauses; everywhere else they stay names, so `match =
// re.match(...)` keeps working. CPython decides this by backtracking in its PEG parser; the
// token stream decides it here, which keeps the statement grammar at one token of lookahead:
//
//   - `match` opens a statement when it starts a logical line, the next token can start an
//     expression, and the line ends with a colon (no expression statement does);
//   - `case` opens a clause when it starts a logical line one indentation level inside a
//     match statement.
func markSoftKeywords(toks []token) {
	var caseDepths []int // the indentation depth of the clauses of each open match statement
	depth, lineStart := 0, true
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tokIndent:
			depth++
			continue
		case tokDedent:
			depth--
			for n := len(caseDepths); n > 0 && caseDepths[n-1] > depth; n = len(caseDepths) {
				caseDepths = caseDepths[:n-1]
			}
			continue
		case tokNewline:
			lineStart = true
			continue
		}
		if lineStart && t.kind == tokName {
			switch {
			case t.text == "match" && opensMatch(toks, i) > 0:
				t.kind = tokKeyword
				caseDepths = append(caseDepths, depth+1)
				if after := &toks[opensMatch(toks, i)+1]; after.kind == tokName && after.text == "case" {
					// A clause that should have been indented: tagging it lets the error
					// say so, as CPython's does.
					after.kind = tokKeyword
				}
			case t.text == "case" && len(caseDepths) > 0 && caseDepths[len(caseDepths)-1] == depth:
				t.kind = tokKeyword
			}
		}
		lineStart = false
	}
}

// opensMatch returns the index of the NEWLINE ending the header if the `match` at toks[i]
// begins a match statement's header, else 0.
func opensMatch(toks []token, i int) int {
	next := toks[i+1]
	switch next.kind {
	case tokName, tokNumber, tokString:
	case tokKeyword:
		if next.text != "None" && next.text != "True" && next.text != "False" && next.text != "not" &&
			next.text != "lambda" && next.text != "await" {
			return 0
		}
	case tokOp:
		switch next.text {
		case "(", "[", "{", "-", "+", "~", "*", "...":
		default:
			return 0
		}
	default:
		return 0
	}
	for j := i + 2; j < len(toks); j++ {
		if k := toks[j].kind; k == tokNewline || k == tokError || k == lexer.EOF {
			if k == tokNewline && toks[j-1].kind == tokOp && toks[j-1].text == ":" {
				return j
			}
			return 0
		}
	}
	return 0
}
