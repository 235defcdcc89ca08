package pyfmt

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundCase is a row of testdata/round.json: round(x, ndigits) as bits, or the error.
type roundCase struct {
	X       floatBits
	Ndigits int
	Want    floatBits
	Err     string
}

// roundIntCase is a row of testdata/round_int.json: round(n, ndigits) for an int in decimal text.
type roundIntCase struct {
	N       string
	Ndigits int
	Want    string
}

// roundToIntCase is a row of testdata/round_to_int.json: round(x), the int in decimal text or the error.
type roundToIntCase struct {
	X    floatBits
	Want string
}

func TestRound(t *testing.T) {
	for _, c := range loadTable[roundCase](t, "round") {
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
	for _, c := range loadTable[roundIntCase](t, "round_int") {
		n, ok := new(big.Int).SetString(c.N, 10)
		require.True(t, ok, c.N)
		assert.Equal(t, c.Want, RoundInt(n, c.Ndigits).String(), "round(%s, %d)", c.N, c.Ndigits)
	}
	// Far past the number's size the answer is 0, without building 10**k.
	assert.Equal(t, "0", RoundInt(big.NewInt(5), -1<<40).String())
}

func TestRoundToInt(t *testing.T) {
	for _, c := range loadTable[roundToIntCase](t, "round_to_int") {
		n, err := RoundToInt(c.X.float())
		assert.Equal(t, c.Want, resultText(n, err), "round(%v)", c.X.float())
	}
}
