package pyfmt

import (
	"math"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseInt(t *testing.T) {
	require.NotEmpty(t, parseIntCases)
	for _, c := range parseIntCases {
		n, err := ParseInt(c.s, c.base)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = n.String()
		}
		assert.Equal(t, c.want, got, "int(%.40q, %d)", c.s, c.base)
	}
}

func TestParseFloat(t *testing.T) {
	require.NotEmpty(t, parseFloatCases)
	for _, c := range parseFloatCases {
		f, err := ParseFloat(c.s)
		if c.err != "" {
			assert.EqualError(t, err, c.err, "float(%.40q)", c.s)
			continue
		}
		if !assert.NoError(t, err, "float(%.40q)", c.s) {
			continue
		}
		want := math.Float64frombits(c.want)
		if math.IsNaN(want) {
			// Go's and C's NaN payloads differ; Python shows only the sign.
			assert.True(t, math.IsNaN(f))
			assert.Equal(t, math.Signbit(want), math.Signbit(f), "float(%q) sign", c.s)
			continue
		}
		assert.Equal(t, c.want, math.Float64bits(f), "float(%.40q) = %v, want %v", c.s, f, want)
	}
}

func TestDecimalValueMatchesPython(t *testing.T) {
	count := 0
	for _, rg := range decimalRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			assert.Equal(t, int(r-rg[0])%10, decimalValue(r), "%U", r)
			count++
		}
	}
	goCount := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if decimalValue(r) >= 0 {
			goCount++
		}
	}
	assert.Equal(t, count, goCount)
}

func TestNonASCIISpacesMatchPython(t *testing.T) {
	want := map[rune]bool{}
	for _, r := range pySpaces {
		want[r] = true
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) != want[r] {
			t.Errorf("unicode.IsSpace(%U) = %v, Python's isspace says %v", r, !want[r], want[r])
		}
	}
}
