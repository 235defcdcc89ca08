package vm

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPassThrough checks the wrappers' shortcut against bind itself: whenever passThrough
// names a count, bind checks that many positional arguments without error and hands them
// back as they are, so skipping it changes nothing.
func TestPassThrough(t *testing.T) {
	var sigs []*Signature
	for style := NoArgs; style <= PyVarArgs; style++ {
		for _, mm := range [][2]int{{0, 0}, {1, 1}, {0, 2}, {1, 2}, {2, 2}} {
			for _, kwOnly := range [][]string{nil, {"k"}} {
				kw := []string{"a", "b"}[:mm[1]]
				sigs = append(sigs, &Signature{Name: "f", Style: style, Min: mm[0], Max: mm[1], Kw: kw, KwOnly: kwOnly})
			}
		}
	}
	passing := 0
	for _, s := range sigs {
		n := s.passThrough()
		if n < 0 {
			continue
		}
		passing++
		args := make([]Value, n)
		for i := range args {
			args[i] = Int(i)
		}
		got, err := s.Bind(args, nil)
		require.NoError(t, err, "%+v", *s)
		require.Len(t, got, n, "%+v", *s)
		if n > 0 {
			require.Same(t, &args[0], &got[0], "%+v", *s)
		}
	}
	require.Greater(t, passing, 10)
}
