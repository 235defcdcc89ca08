package vm

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A module's lazy names are listed before they are built, built once on first lookup, and
// a lazy name the loader did not define after all stops being listed.
func TestModuleLazyNames(t *testing.T) {
	m := NewModule("m")
	calls := 0
	m.SetLoader([]string{"a", "b", "ghost"}, func(name string) error {
		calls++
		if name != "ghost" {
			m.Set("a", Str("A"))
			m.Set("b", Str("B"))
		}
		return nil
	})
	require.Equal(t, []string{"__name__", "a", "b", "ghost"}, m.Names())
	v, ok, err := m.lookup("b")
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, Str("B"), v)
	_, ok, _ = m.lookup("a")
	require.True(t, ok)
	require.Equal(t, 1, calls, "a was built with b")
	_, ok, _ = m.lookup("ghost")
	require.False(t, ok)
	require.Equal(t, []string{"__name__", "a", "b"}, m.Names())
}

// Each interpreter has its own state under a key, made on first use.
func TestKeyStatePerInterp(t *testing.T) {
	type counter struct{ n int }
	made := 0
	k := NewKey(func(*Interp) *counter { made++; return &counter{} })
	a, b := NewInterp(nil, nil), NewInterp(nil, nil)
	k.Get(a).n++
	k.Get(a).n++
	require.Equal(t, 2, k.Get(a).n)
	require.Equal(t, 0, k.Get(b).n)
	require.Equal(t, 2, made)
}

// SwapState exchanges a thread's per-coroutine state, so a driver can resume many
// coroutines on one thread.
func TestSwapState(t *testing.T) {
	th := NewInterp(nil, nil).NewThread()
	th.depth, th.handled = 3, NewException(ValueError)
	saved := th.SwapState(ThreadState{})
	require.Equal(t, 0, th.depth)
	require.Nil(t, th.handled)
	th.SwapState(saved)
	require.Equal(t, 3, th.depth)
	require.Equal(t, ValueError, th.handled.Class)
}
