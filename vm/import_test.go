package vm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Relative module names resolve against __package__, or __name__ (less its last part unless
// the module is a package), with CPython's errors for a module outside any package and for
// dots that climb above the top-level package.
func TestResolveRelative(t *testing.T) {
	module := func(name string, pkg Value, isPackage bool) *Module {
		m := NewModule(name)
		if pkg != nil {
			m.Set("__package__", pkg)
		}
		if isPackage {
			m.Set("__path__", NewList(nil))
		}
		return m
	}
	for _, tc := range []struct {
		globals *Module
		name    string
		want    string // "!Error: message" for an error
	}{
		{module("a.b.c", Str("a.b"), false), ".", "a.b"},
		{module("a.b.c", Str("a.b"), false), ".d", "a.b.d"},
		{module("a.b.c", Str("a.b"), false), "..d.e", "a.d.e"},
		{module("a.b.c", Str("a.b"), false), "...d", "!ImportError: attempted relative import beyond top-level package"},
		{module("a.b", None, false), ".x", "a.x"},
		{module("a.b", nil, true), ".x", "a.b.x"},
		{module("__main__", None, false), ".x", "!ImportError: attempted relative import with no known parent package"},
		{module("top", Str(""), false), ".", "!ImportError: attempted relative import with no known parent package"},
		{module("a.b", MakeInt(1), false), ".x", "!TypeError: __package__ not set to a string"},
	} {
		got, err := resolveRelative(tc.globals, tc.name)
		if err != nil {
			got = "!" + err.Error()
		}
		assert.Equal(t, tc.want, got, "%s in %s", tc.name, tc.globals.Name)
	}
}
