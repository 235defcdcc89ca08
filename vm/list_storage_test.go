package vm

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListUnboxedInts checks the unboxed form: ints appended to an empty list stay unboxed
// (4 bytes each), read back as the same values, and a value that does not fit moves the
// list to the boxed form with every element intact, also after a collection.
func TestListUnboxedInts(t *testing.T) {
	th := &Thread{}
	l := NewList(nil)
	for i := int64(-2000); i < 2000; i++ {
		l.Append(Int(i * 7919))
	}
	require.NotNil(t, l.ints, "ints appended to an empty list are kept unboxed")
	assert.Empty(t, l.items)
	assert.Equal(t, 4000, l.Len())
	assert.Equal(t, Value(Int(-2000*7919)), l.at(th, 0))
	l.setAt(1, Int(5))
	require.NotNil(t, l.ints, "an int that fits keeps the list unboxed")
	l.Append(Int(1 << 40))
	require.Nil(t, l.ints, "an int beyond 32 bits boxes the list")
	runtime.GC()
	items := l.Items()
	require.Len(t, items, 4001)
	assert.Equal(t, Value(Int(5)), items[1])
	for i := 2; i < 4000; i++ {
		assert.Equal(t, Value(Int((int64(i)-2000)*7919)), items[i])
	}
	assert.Equal(t, Value(Int(1<<40)), items[4000])
}
