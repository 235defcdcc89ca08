package main

import "testing"

// TestComplexNumbersUnsupported checks that everything that would make or need a complex
// number says complex numbers are not supported, rather than failing some other way.
func TestComplexNumbersUnsupported(t *testing.T) { assertRefused(t, complexRefusals) }

// complexRefusals are scripts that need complex numbers, with the error each ends in.
var complexRefusals = map[string]string{
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
