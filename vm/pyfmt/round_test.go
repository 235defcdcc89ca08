package pyfmt

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRound(t *testing.T) {
	require.NotEmpty(t, roundCases)
	for _, c := range roundCases {
		x := math.Float64frombits(c.x)
		got, err := Round(x, c.ndigits)
		if c.err != "" {
			assert.EqualError(t, err, c.err, "round(%v, %d)", x, c.ndigits)
			continue
		}
		require.NoError(t, err)
		want := math.Float64frombits(c.want)
		if math.IsNaN(want) {
			assert.True(t, math.IsNaN(got))
			continue
		}
		assert.Equal(t, c.want, math.Float64bits(got), "round(%v, %d) = %v, want %v", x, c.ndigits, got, want)
	}
}

func TestRoundInt(t *testing.T) {
	for _, c := range roundIntCases {
		n, _ := new(big.Int).SetString(c.n, 10)
		assert.Equal(t, c.want, RoundInt(n, c.ndigits).String(), "round(%s, %d)", c.n, c.ndigits)
	}
	// Far past the number's size the answer is 0, without building 10**k.
	assert.Equal(t, "0", RoundInt(big.NewInt(5), -1<<40).String())
}

func TestRoundToInt(t *testing.T) {
	for _, c := range roundToIntCases {
		x := math.Float64frombits(c.x)
		n, err := RoundToInt(x)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = n.String()
		}
		assert.Equal(t, c.want, got, "round(%v)", x)
	}
}
