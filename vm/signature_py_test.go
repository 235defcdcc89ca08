package vm

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBindPython checks the PyArgs styles against the errors CPython 3.11 gives for
// def f(a, b=None, *, c=None) and def g(a, *rest, c=None) (each message was taken from
// python3).
func TestBindPython(t *testing.T) {
	f := &Signature{Name: "f", Style: PyArgs, Min: 1, Max: 2, Kw: []string{"a", "b"}, KwOnly: []string{"c"}}
	g := &Signature{Name: "g", Style: PyVarArgs, Min: 1, Max: 1, Kw: []string{"a"}, KwOnly: []string{"c"}}
	m := &Signature{Name: "time", Qual: "BaseEventLoop.time", Style: PyArgs, method: true}
	tests := []struct {
		sig    *Signature
		args   []Value
		kwargs *Dict
		want   []Value
		err    string
	}{
		{f, []Value{Int(1)}, nil, []Value{Int(1), nil, nil}, ""},
		{f, nil, dictOf(Str("b"), Int(2), Str("a"), Int(1)), []Value{Int(1), Int(2), nil}, ""},
		{f, nil, nil, nil, "f() missing 1 required positional argument: 'a'"},
		{f, []Value{Int(1), Int(2), Int(3)}, nil, nil, "f() takes from 1 to 2 positional arguments but 3 were given"},
		{f, []Value{Int(1), Int(2), Int(3)}, dictOf(Str("c"), Int(3)), nil,
			"f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"},
		{f, []Value{Int(1), Int(2), Int(3)}, dictOf(Str("x"), Int(3)), nil, "f() got an unexpected keyword argument 'x'"},
		{f, []Value{Int(1)}, dictOf(Str("a"), Int(2)), nil, "f() got multiple values for argument 'a'"},
		{g, []Value{Int(1), Int(2), Int(3)}, dictOf(Str("c"), Int(4)), []Value{Int(1), Int(4), Int(2), Int(3)}, ""},
		{g, nil, nil, nil, "g() missing 1 required positional argument: 'a'"},
		{m, []Value{Int(1)}, nil, nil, "BaseEventLoop.time() takes 1 positional argument but 2 were given"},
	}
	for _, tt := range tests {
		got, err := tt.sig.Bind(tt.args, tt.kwargs)
		if tt.err != "" {
			require.Error(t, err)
			require.Equal(t, Str(tt.err), err.(*Exception).Args[0], "%s%v", tt.sig.Name, tt.args)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, tt.want, got)
	}
}
