package pyfmt

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRound(t *testing.T) {
	for _, c := range loadTable[struct {
		X       floatBits
		Ndigits int
		Want    floatBits
		Err     string
	}](t, "round") {
		x := c.X.float()
		got, err := Round(x, c.Ndigits)
		if c.Err != "" {
			assert.EqualError(t, err, c.Err, "round(%v, %d)", x, c.Ndigits)
			continue
		}
		require.NoError(t, err)
		want := c.Want.float()
		if math.IsNaN(want) {
			assert.True(t, math.IsNaN(got))
			continue
		}
		assert.Equal(t, uint64(c.Want), math.Float64bits(got), "round(%v, %d) = %v, want %v", x, c.Ndigits, got, want)
	}
}

func TestRoundInt(t *testing.T) {
	for _, c := range loadTable[struct {
		N       string
		Ndigits int
		Want    string
	}](t, "round_int") {
		n, ok := new(big.Int).SetString(c.N, 10)
		require.True(t, ok, c.N)
		assert.Equal(t, c.Want, RoundInt(n, c.Ndigits).String(), "round(%s, %d)", c.N, c.Ndigits)
	}
	// Far past the number's size the answer is 0, without building 10**k.
	assert.Equal(t, "0", RoundInt(big.NewInt(5), -1<<40).String())
}

func TestRoundToInt(t *testing.T) {
	for _, c := range loadTable[struct {
		X    floatBits
		Want string
	}](t, "round_to_int") {
		n, err := RoundToInt(c.X.float())
		assert.Equal(t, c.Want, resultText(n, err), "round(%v)", c.X.float())
	}
}
