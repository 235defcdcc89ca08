package vm

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// metaCheckScript defines a plain class, a class whose metaclass leaves the checks to type,
// and one whose metaclass answers isinstance itself.
const metaCheckScript = `
class Plain:
    pass
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class Hooked(type):
    def __instancecheck__(cls, obj):
        return obj == 3
class Odd(metaclass=Hooked):
    pass
def patch():
    Meta.__instancecheck__ = lambda cls, obj: True
`

// metaCheckClass loads metaCheckScript and returns the thread, the class name and the
// module.
func metaCheckClass(t testing.TB, name string) (*Thread, *Class, *Module) {
	in, m, body := loadScript(t, metaCheckScript)
	require.NoError(t, in.RunModule(body))
	c, ok := m.Get(name)
	require.True(t, ok)
	return in.MainThread(), c.(*Class), m
}

// TestInstanceCheckHooks checks that only a metaclass overriding __instancecheck__ is asked,
// and that a hook assigned later is seen.
func TestInstanceCheckHooks(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  bool
	}{{"Plain", false}, {"WithMeta", false}, {"Odd", true}} {
		th, c, _ := metaCheckClass(t, tc.class)
		got, err := InstanceCheck(th, Int(3), c)
		require.NoError(t, err)
		require.Equal(t, tc.want, got, tc.class)
	}
	th, c, m := metaCheckClass(t, "WithMeta")
	patch, _ := m.Get("patch")
	_, err := th.Call(patch, nil, nil)
	require.NoError(t, err)
	got, err := InstanceCheck(th, Str("x"), c)
	require.NoError(t, err)
	require.True(t, got, "a hook assigned to the metaclass later is seen")
}

// BenchmarkInstanceCheck is isinstance(3, C) answered False for a class whose metaclass is
// type and for one whose metaclass does not override __instancecheck__: neither calls a hook.
func BenchmarkInstanceCheck(b *testing.B) {
	for _, name := range []string{"Plain", "WithMeta"} {
		b.Run(name, func(b *testing.B) {
			th, c, _ := metaCheckClass(b, name)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if ok, err := InstanceCheck(th, Int(3), c); ok || err != nil {
					b.Fatal(ok, err)
				}
			}
		})
	}
}
