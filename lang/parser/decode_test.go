package parser

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// The messages are CPython 3.11's for the same bytes (golden scripts under
// scripts/lang/syntax/source_* cover those whose message names no file).
func TestDecodeSourceErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src, msg string
		line           int
	}{
		{"non-utf8", "x = 1\nprint('caf\xe9')\n", "Non-UTF-8 code starting with '\\xe9' in file f.as on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 0},
		{"null byte", "x = 1\ny = 2 \x00 3\n", "source code cannot contain null bytes", 2},
		{"null byte latin-1", "# coding: latin-1\n\x00", "source code cannot contain null bytes", 2},
		{"unknown encoding", "# coding: foo\n", "encoding problem: foo", 0},
		{"ascii", "# coding: ascii\n'\xc3\xa9'\n", "encoding problem: ascii", 0},
		{"bom and latin-1", "\ufeff# coding: latin_1\n", "encoding problem: iso-8859-1 with BOM", 0},
		{"declaration after code", "x = 1\n# coding: latin-1\n'\xe9'\n", "Non-UTF-8 code starting with '\\xe9' in file f.as on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("f.as", []byte(tc.src))
			var se *ast.Error
			require.ErrorAs(t, err, &se)
			require.Equal(t, "SyntaxError", se.Kind)
			require.Equal(t, tc.msg, se.Msg)
			require.Equal(t, tc.line, se.Pos.Line)
		})
	}
}

func TestDecodeSource(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"bom", "\ufeffx = 'é'\n", "x = 'é'\n"},
		{"latin-1", "# -*- coding: latin-1 -*-\nx = '\xe9'\n", "# -*- coding: latin-1 -*-\nx = 'é'\n"},
		{"latin-1 second line", "#!/bin/sh\n# coding=iso-8859-1\n'\xff'", "#!/bin/sh\n# coding=iso-8859-1\n'ÿ'"},
		{"utf-8 declared", "# coding: utf-8\n'é'", "# coding: utf-8\n'é'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeSource("f.as", []byte(tc.src))
			require.NoError(t, err)
			require.Equal(t, tc.want, string(got))
		})
	}
}
