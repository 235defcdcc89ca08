package parser

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// TestErrors checks that invalid source gets CPython 3.11's error kind, message, line and
// column. Every row was produced by running python3 (3.11.7) on the same source:
//
//	try:
//	    compile(src, "f.py", "exec")
//	except SyntaxError as e:
//	    print(type(e).__name__, e.msg, e.lineno, e.offset)
//
// and comparing with this parser's result; only rows where both agree are listed. Cases where
// CPython's wording or column is deliberately not reproduced are in TestErrorsOwnWording.
func TestErrors(t *testing.T) {
	checkSyntaxErrors(t, []syntaxErrorCase{
		{"x = (1,", "SyntaxError", "'(' was never closed", 1, 5},
		{"x = (1,\ny = 2", "SyntaxError", "'(' was never closed", 1, 5},
		{"foo(a, b\nx = 1", "SyntaxError", "'(' was never closed", 1, 4},
		{"x = )", "SyntaxError", "unmatched ')'", 1, 5},
		{"x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
		{"x = (1,\n2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2},
		{"s = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
		{"s = \"\"\"abc\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"if x\n    pass", "SyntaxError", "expected ':'", 1, 5},
		{"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
		{"def f():\n    if x:\n    y = 1", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 5},
		{"for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1},
		{"while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1},
		{"def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 1},
		{"class C:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1},
		{"try:\npass", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1},
		{"try:\n    pass\nexcept E:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1},
		{"with a:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1},
		{"if a:\n    pass\nelif b:\npass", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1},
		{"if a:\n    pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1},
		{"  x = 1", "IndentationError", "unexpected indent", 1, 2},
		{"x = 1\n  y = 2", "IndentationError", "unexpected indent", 2, 2},
		{"if x:\n        a = 1\n    b = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 10},
		{"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
		{"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
		{"a + b += 1", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1},
		{"x = 010", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
		{"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6},
		{"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5},
		{"x = f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 10},
		{"x = f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 10},
		{"print \"hello\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
		{"try:\n    pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1},
		{"x = 1 +", "SyntaxError", "invalid syntax", 1, 8},
		{"a b", "SyntaxError", "invalid syntax", 1, 3},
		{"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
		{"[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
		{"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
		{"x = 0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
		{"x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7},
		{"x = b\"a\" \"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13},
		{"x = $", "SyntaxError", "invalid syntax", 1, 5},
		{"del f()", "SyntaxError", "cannot delete function call", 1, 5},
		{"del 1", "SyntaxError", "cannot delete literal", 1, 5},
		{"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5},
		{"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 5},
		{"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1},
		{"x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, 7},
		{"x := 1", "SyntaxError", "invalid syntax", 1, 3},
		{"x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
		{"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12},
		{"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
		{"def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10},
		{"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
		{"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
		{"from m import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17},
		{"except* E: pass", "SyntaxError", "invalid syntax", 1, 1},
		{"try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1},
		{"x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8},
		{"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6},
		{"def f(:\n    pass", "SyntaxError", "invalid syntax", 1, 7},
		{"if x = 1:\n    pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
		{"else:\n    pass", "SyntaxError", "invalid syntax", 1, 1},
		{"x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5},
		{"x = {1: 2,", "SyntaxError", "'{' was never closed", 1, 5},
		{"lambda x=1, y: x", "SyntaxError", "non-default argument follows default argument", 1, 13},
		{"f(a, b for b in c)", "SyntaxError", "Generator expression must be parenthesized", 1, 6},
		{"x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 5},
		{"a.b = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 7},
		{"x = b\"é\"", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5},
		{"return = 1", "SyntaxError", "invalid syntax", 1, 8},
		{"None = 1", "SyntaxError", "cannot assign to None", 1, 1},
		{"f(x=1, x=2)", "SyntaxError", "keyword argument repeated: x", 1, 8},
		{"f(1=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
		{"f(a.b=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
		{"x = ...\n... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 2, 1},
		{"(x for x in y) = 1", "SyntaxError", "cannot assign to generator expression", 1, 1},
		{"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1},
		{"a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1},
		{"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
		{"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1},
		{"not a = 1", "SyntaxError", "cannot assign to expression", 1, 1},
		{"lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 1},
		{"await x = 1", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 1},
		{"\"s\" = 1", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
		{"f\"{x}\" = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1},
		{"{a: b} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1},
		{"{a} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1},
		{"a and b = 1", "SyntaxError", "cannot assign to expression", 1, 1},
		{"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
		{"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1},
		{"*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
		{"del *a", "SyntaxError", "cannot delete starred", 1, 5},
		{"import a.b as", "SyntaxError", "invalid syntax", 1, 14},
		{"f(a\nb)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
		{"x = 1\n    y = 2", "IndentationError", "unexpected indent", 2, 4},
		{"x = 1\n\ty = 2", "IndentationError", "unexpected indent", 2, 1},
		{"if x:\n\ta = 1\n        b = 2", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
		{"if x  # c\n    pass", "SyntaxError", "expected ':'", 1, 7},
		{"x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6},
		{"x = 0x_", "SyntaxError", "invalid hexadecimal literal", 1, 7},
		{"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6},
		{"x = 1.5_", "SyntaxError", "invalid decimal literal", 1, 8},
		{"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5},
		{"x = 1e+", "SyntaxError", "invalid decimal literal", 1, 7},
		{"x = 0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
		{"x = 0b1_", "SyntaxError", "invalid binary literal", 1, 8},
		{"x = 1.e5x", "SyntaxError", "invalid decimal literal", 1, 8},
		{"f(a, [1,", "SyntaxError", "'[' was never closed", 1, 6},
		{"x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5},
		{"x = 'a' 'b", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9},
		{"x = 'a\ny = (", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
		{"a b\nx = (", "SyntaxError", "invalid syntax", 1, 3},
		{"x = (\na b", "SyntaxError", "'(' was never closed", 1, 5},
		{"foo(a, b\nx = 1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 8},
		{"if True:\n    x = (1,\n    2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 2", 3, 6},
		{"x = '''\nabc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"\"abc\"\n 'x", "IndentationError", "unexpected indent", 2, 1},
		{"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16},
		{"x = [i for i in range(3) if i else 0]", "SyntaxError", "invalid syntax", 1, 31},
		{"class C\n    pass", "SyntaxError", "expected ':'", 1, 8},
		{"def f()\n    pass", "SyntaxError", "expected ':'", 1, 8},
		{"for x in y\n    pass", "SyntaxError", "expected ':'", 1, 11},
		{"for x y:\n    pass", "SyntaxError", "invalid syntax", 1, 7},
		{"def f:\n    pass", "SyntaxError", "expected '('", 1, 6},
		{"while x\n    pass", "SyntaxError", "expected ':'", 1, 8},
		{"with a as b\n    pass", "SyntaxError", "expected ':'", 1, 12},
		{"try\n    pass", "SyntaxError", "expected ':'", 1, 4},
		{"try:\n    pass\nexcept\n    pass", "SyntaxError", "expected ':'", 3, 7},
		{"if x:\n    pass\nelse\n    pass", "SyntaxError", "expected ':'", 3, 5},
		{"x = f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13},
		{"x = f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12},
		{"x = f\"{x:{y}\"", "SyntaxError", "f-string: expecting '}'", 1, 14},
		{"x = f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 9},
		{"x = f\"{\"", "SyntaxError", "f-string: expecting '}'", 1, 9},
		{"x = f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 19},
		{"x = f\"{'\\n'}\"", "SyntaxError", "f-string expression part cannot include a backslash", 1, 14},
		{"x = f\"{x#}\"", "SyntaxError", "f-string expression part cannot include '#'", 1, 12},
		{"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
		{"exec \"x\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1},
		{"a = 1 +", "SyntaxError", "invalid syntax", 1, 8},
		{"x = (1 + )", "SyntaxError", "invalid syntax", 1, 10},
		{"x = [1, 2,, 3]", "SyntaxError", "invalid syntax", 1, 11},
		{"x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5},
		{"import", "SyntaxError", "invalid syntax", 1, 7},
		{"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
		{"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11},
		{"def f(a, /, /): pass", "SyntaxError", "/ may appear only once", 1, 13},
		{"def f(*, /): pass", "SyntaxError", "/ must be ahead of *", 1, 10},
		{"def f(**k=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 10},
		{"def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 9},
		{"x = {**a: 1}", "SyntaxError", "invalid syntax", 1, 9},
		{"x = {a: 1, b}", "SyntaxError", "':' expected after dictionary key", 1, 12},
		{"x = {a, b: 1}", "SyntaxError", "invalid syntax", 1, 10},
		{"f(*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 3},
		{"x = [*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 6},
		{"x = *a", "SyntaxError", "can't use starred expression here", 1, 5},
		{"del a +1", "SyntaxError", "cannot delete expression", 1, 5},
		{"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11},
		{"import a.b as c.d", "SyntaxError", "invalid syntax", 1, 16},
		{"x = not", "SyntaxError", "invalid syntax", 1, 8},
		{"async x = 1", "SyntaxError", "invalid syntax", 1, 7},
		{"await\n", "SyntaxError", "invalid syntax", 1, 6},
		{"x = '''\nabc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"x = 'abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5},
		{"x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5},
		{"f() = x = 1", "SyntaxError", "cannot assign to function call", 1, 1},
		{"f() = 1 = 2", "SyntaxError", "cannot assign to function call", 1, 1},
		{"if f() = 1:\n    pass", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4},
		{"while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7},
		{"[x for x in y if x = 1]", "SyntaxError", "invalid syntax", 1, 20},
		{"f(x, a.b=2)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 6},
		{"if x:\n    pass\n  else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 8},
		{"class C:\n    def f(self):\n        pass\n     x = 1", "IndentationError", "unindent does not match any outer indentation level", 4, 11},
		{"x = (1 if 2)", "SyntaxError", "expected 'else' after 'if' expression", 1, 6},
		{"x = 5 if y else", "SyntaxError", "invalid syntax", 1, 16},
	})
}

// syntaxErrorCase is a source that does not compile, with the error kind, message, line and
// column expected for it.
type syntaxErrorCase struct {
	src, kind, msg string
	line, col      int
}

// check asserts that e is the error the case expects.
func (tt syntaxErrorCase) check(t *testing.T, e *ast.Error) {
	t.Helper()
	assert.Equal(t, tt.kind, e.Kind)
	assert.Equal(t, tt.msg, e.Msg)
	assert.Equal(t, ast.Pos{Line: tt.line, Col: tt.col}, e.Pos)
}

// checkSyntaxErrors parses each case's source and checks the error it fails with, and that the
// error names the file and quotes the offending line.
func checkSyntaxErrors(t *testing.T, tests []syntaxErrorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			e := parseError(t, tt.src)
			tt.check(t, e)
			assert.Equal(t, "f.py", e.Filename)
			assert.Equal(t, lineText(normalize([]byte(tt.src)), tt.line), e.Line)
		})
	}
}

// parseError parses src as the file f.py, requires that it fails, and returns the error.
func parseError(t *testing.T, src string) *ast.Error {
	t.Helper()
	_, err := parse("f.py", []byte(src))
	var e *ast.Error
	require.ErrorAs(t, err, &e, src)
	return e
}

// TestErrorsOwnWording covers errors where CPython 3.11 reports something we do not copy: its
// compiler's checks (left to ours), literals we do not support, and messages where a clearer
// one costs nothing.
func TestErrorsOwnWording(t *testing.T) {
	checkSyntaxErrors(t, []syntaxErrorCase{
		{"x = 1j", "SyntaxError", "complex numbers are not supported by asyncscript", 1, 5},
		{`x = "\N{DASH}"`, "SyntaxError", `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: \N{...} escapes are not supported`, 1, 15},
		{"def f(/): pass", "SyntaxError", "at least one argument must precede /", 1, 7},
		{"class C(x for x in y): pass", "SyntaxError", "Generator expression must be parenthesized", 1, 9},
		// CPython 3.11 points f-string expression errors at odd places; ours are in the file.
		{`x = f"{a b}"`, "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 8},
		{`x = f"{lambda x: 1}"`, "SyntaxError", "f-string: invalid syntax", 1, 16},
	})
}

func TestErrorRanges(t *testing.T) {
	// End positions as CPython's end_lineno/end_offset report them.
	tests := []struct {
		src      string
		end      ast.Pos
		wantLine string
	}{
		{"f() = 1", ast.Pos{Line: 1, Col: 4}, "f() = 1"},
		{"f(a b)", ast.Pos{Line: 1, Col: 6}, "f(a b)"},
		{"print x", ast.Pos{Line: 1, Col: 8}, "print x"},
		{"x = 1 if 2", ast.Pos{Line: 1, Col: 11}, "x = 1 if 2"},
		{"if x = 1:\n    pass", ast.Pos{Line: 1, Col: 9}, "if x = 1:"},
		{"a + b += 1", ast.Pos{Line: 1, Col: 6}, "a + b += 1"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			e := parseError(t, tt.src)
			assert.Equal(t, tt.end, e.End)
			assert.Equal(t, tt.wantLine, e.Line)
			assert.True(t, strings.HasPrefix(e.Error(), "f.py:1:"), e.Error())
		})
	}
}

func TestNoParticipleLeaks(t *testing.T) {
	for _, src := range []string{"a b", "def (", "class", "x = [1, 2,, 3]", "for in x: pass", "with: pass", "@\ndef f(): pass", "lambda *: 1", "try:\n    pass\nelse:\n    pass\n"} {
		e := parseError(t, src)
		for _, leak := range []string{"unexpected token", "parser.", "G}", "expected"} {
			if leak == "expected" && strings.HasPrefix(e.Msg, "expected ") {
				continue
			}
			assert.NotContains(t, e.Msg, leak, src)
		}
	}
}

func TestLimits(t *testing.T) {
	deep := strings.Repeat("-", 5000) + "1"
	assert.Equal(t, "too many nested expressions", parseError(t, deep).Msg)
	assert.Equal(t, "too many nested parentheses", parseError(t, strings.Repeat("(", 201)+strings.Repeat(")", 201)).Msg)

	var src strings.Builder
	for i := 0; i < 101; i++ {
		src.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	src.WriteString(strings.Repeat(" ", 101) + "pass\n")
	e := parseError(t, src.String())
	assert.Equal(t, "IndentationError", e.Kind)
	assert.Equal(t, "too many levels of indentation", e.Msg)
	assert.Equal(t, 101, e.Pos.Line)

	// Depths CPython accepts parse here too.
	_, err := Parse("f.py", []byte(strings.Repeat("-", 300)+"1\n"+strings.Repeat("not ", 300)+"x\n"))
	assert.NoError(t, err)
}
