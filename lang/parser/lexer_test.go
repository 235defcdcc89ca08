package parser

import (
	"os"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// tokenString renders tokens compactly: their text, with NL, IN and DE for the synthetic
// NEWLINE, INDENT and DEDENT tokens.
func tokenString(toks []token) string {
	var out []string
	for _, t := range toks {
		switch t.kind {
		case tokNewline:
			out = append(out, "NL")
		case tokIndent:
			out = append(out, "IN")
		case tokDedent:
			out = append(out, "DE")
		case tokError:
			out = append(out, "ERR")
		case lexer.EOF:
			out = append(out, "EOF")
		default:
			out = append(out, t.text)
		}
	}
	return strings.Join(out, " ")
}

func TestScannerIndentation(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"simple", "x = 1\n", "x = 1 NL EOF"},
		{"no trailing newline", "x = 1", "x = 1 NL EOF"},
		{"nested blocks closing at once", "if a:\n    if b:\n        c\nd\n",
			"if a : NL IN if b : NL IN c NL DE DE d NL EOF"},
		{"blocks open at EOF", "if a:\n    if b:\n        c", "if a : NL IN if b : NL IN c NL DE DE EOF"},
		{"blank and comment lines at odd indentation", "if a:\n\n  # c\n        \n    b\n# x\n    c\n",
			"if a : NL IN b NL c NL DE EOF"},
		{"tabs", "if a:\n\tif b:\n\t\tc\n\td\n", "if a : NL IN if b : NL IN c NL DE d NL DE EOF"},
		{"tab after spaces reaches the next multiple of 8", "if a:\n  \tb\n  \tc\n", "if a : NL IN b NL c NL DE EOF"},
		{"brackets join lines whatever their indentation", "x = (1,\n  2,\n        3)\ny\n", "x = ( 1 , 2 , 3 ) NL y NL EOF"},
		{"backslash continuation", "x = 1 + \\\n        2\ny\n", "x = 1 + 2 NL y NL EOF"},
		{"comment after code", "x  # c\n", "x NL EOF"},
		{"CRLF", "if a:\r\n    b\r\n", "if a : NL IN b NL DE EOF"},
		{"BOM", "\ufeffx\n", "x NL EOF"},
		{"shebang", "#!/usr/bin/env python3\nx\n", "x NL EOF"},
		{"empty", "", "EOF"},
		{"only comments", "# a\n\n   # b\n", "EOF"},
		{"operators", "a **= b // c ... -> :=", "a **= b // c ... -> := NL EOF"},
		{"number then keyword", "1if x else 2", "1 if x else 2 NL EOF"},
		{"triple-quoted string spans lines", "s = '''a\n  b'''\n", "s = '''a\n  b''' NL EOF"},
		{"prefixed strings", "rb'x' F\"y\" Rb'''z'''", "rb'x' F\"y\" Rb'''z''' NL EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, fail := scanFile("t.py", normalize([]byte(tt.src)))
			require.Nil(t, fail)
			assert.Equal(t, tt.want, tokenString(toks))
		})
	}
}

func TestScannerPositions(t *testing.T) {
	toks, fail := scanFile("t.py", normalize([]byte("if é:\n    s = '''a\nb''' + x\n")))
	require.Nil(t, fail)
	byText := map[string]token{}
	for _, tk := range toks {
		byText[tk.text] = tk
	}
	// Columns count runes: 'é' is two bytes but one column.
	assert.Equal(t, ast.Pos{Line: 1, Col: 4}, byText["é"].start)
	assert.Equal(t, ast.Pos{Line: 1, Col: 5}, byText[":"].start)
	str := byText["'''a\nb'''"]
	assert.Equal(t, ast.Pos{Line: 2, Col: 9}, str.start)
	assert.Equal(t, ast.Pos{Line: 3, Col: 5}, str.end)
	assert.Equal(t, ast.Pos{Line: 3, Col: 8}, byText["x"].start)
}

func TestScannerErrors(t *testing.T) {
	tests := []syntaxErrorCase{
		{"if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6},
		{"if x:\n\ta = 1\n        b = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
		{"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5},
		{"x = )", "SyntaxError", "unmatched ')'", 1, 5},
		{"s = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
		{"s = '''abc\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
		{"x = 1 \\ 2", "SyntaxError", "unexpected character after line continuation character", 1, 8},
		{"x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			toks, fail := scanFile("t.py", normalize([]byte(tt.src)))
			require.NotNil(t, fail)
			assert.Equal(t, tokError, toks[fail.tok].kind)
			assert.Equal(t, lexer.EOF, toks[len(toks)-1].kind)
			tt.check(t, fail.err)
		})
	}
}

func TestDefinition(t *testing.T) {
	lex, err := Definition{}.Lex("t.py", strings.NewReader("if x:\n    y\n"))
	require.NoError(t, err)
	all, err := lexer.ConsumeAll(lex)
	require.NoError(t, err)
	kinds := []lexer.TokenType{}
	for _, tk := range all {
		kinds = append(kinds, tk.Type)
	}
	assert.Equal(t, []lexer.TokenType{tokKeyword, tokName, tokOp, tokNewline, tokIndent, tokName, tokNewline, tokDedent, lexer.EOF}, kinds)
	assert.NotEqual(t, lexer.EOF, tokIndent)

	lex, err = Definition{}.Lex("t.py", strings.NewReader("x = (1,\n"))
	require.NoError(t, err)
	_, err = lexer.ConsumeAll(lex)
	var e *ast.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "'(' was never closed", e.Msg)
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	return data
}
