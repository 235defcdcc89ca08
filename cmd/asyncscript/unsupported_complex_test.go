package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestComplexNumbersUnsupported checks that everything that would make or need a complex
// number says complex numbers are not supported, rather than failing some other way.
func TestComplexNumbersUnsupported(t *testing.T) {
	cases := map[string]string{
		"x = 1j\n":                    "SyntaxError: complex numbers are not supported by asyncscript",
		"print(2.5e3J)\n":             "SyntaxError: complex numbers are not supported by asyncscript",
		"complex(1, 2)\n":             "NotImplementedError: complex numbers are not supported by asyncscript",
		"complex('1+2j')\n":           "NotImplementedError: complex numbers are not supported by asyncscript",
		"(-8) ** 0.5\n":               "NotImplementedError: complex numbers are not supported by asyncscript",
		"import cmath\n":              "NotImplementedError: the cmath module is not supported by asyncscript: complex numbers are not supported",
		"from cmath import sqrt\n":    "NotImplementedError: the cmath module is not supported by asyncscript: complex numbers are not supported",
		"eval('3 + 4j')\n":            "SyntaxError: complex numbers are not supported by asyncscript",
		"print(f'{complex(0, 1)}')\n": "NotImplementedError: complex numbers are not supported by asyncscript",
	}
	for src, want := range cases {
		status, _, errOut := cli(src, "run", "-")
		assert.Equal(t, 1, status, src)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		assert.Equal(t, want, lines[len(lines)-1], src)
	}
}
