package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnsupportedClassFeatures checks that the parts of the class model asyncscript leaves
// out fail with an error that says so, instead of running with output CPython would not give.
func TestUnsupportedClassFeatures(t *testing.T) {
	cases := map[string]string{
		"class M(type):\n    @classmethod\n    def __prepare__(mcls, name, bases):\n        return {}\nclass A(metaclass=M):\n    pass\n": "NotImplementedError: metaclass __prepare__ is not supported by asyncscript",
		"class B(bytes):\n    pass\n": "NotImplementedError: subclassing the built-in type 'bytes' is not supported by asyncscript",
		"class A:\n    __slots__ = ('x',)\nclass B:\n    __slots__ = ('x',)\nA().__class__ = B\n": "NotImplementedError: assigning __class__ between classes with __slots__ is not supported by asyncscript",
		"class A: pass\nclass B: pass\nA.__bases__ = (B,)\n":                                      "NotImplementedError: assigning __bases__ of a class is not supported by asyncscript",
		"kw = {}\nclass A(**kw):\n    pass\n":                                                     "SyntaxError: class keyword arguments with ** are not supported",
	}
	assertRefused(t, cases)
}

// assertRefused runs each script of cases and checks that it fails with the error given
// for it as the last line of its standard error.
func assertRefused(t *testing.T, cases map[string]string) {
	t.Helper()
	for src, want := range cases {
		status, _, errOut := cli(src, "run", "-")
		assert.Equal(t, 1, status, src)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		assert.Equal(t, want, lines[len(lines)-1], src)
	}
}
