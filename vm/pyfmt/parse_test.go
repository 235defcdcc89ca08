package pyfmt

import (
	"math"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// parseIntCase is a row of testdata/parse_int.json: int(s, base), the decimal value or the error.
type parseIntCase struct {
	S    string
	Base int
	Want string
}

// parseFloatCase is a row of testdata/parse_float.json: float(s) as bits, or the error.
type parseFloatCase struct {
	S    string
	Want floatBits
	Err  string
}

func TestParseInt(t *testing.T) {
	for _, c := range loadTable[parseIntCase](t, "parse_int") {
		n, err := ParseInt(c.S, c.Base)
		assert.Equal(t, c.Want, resultText(n, err), "int(%.40q, %d)", c.S, c.Base)
	}
}

func TestParseFloat(t *testing.T) {
	for _, c := range loadTable[parseFloatCase](t, "parse_float") {
		f, err := ParseFloat(c.S)
		if c.Err != "" {
			assert.EqualError(t, err, c.Err, "float(%.40q)", c.S)
			continue
		}
		if !assert.NoError(t, err, "float(%.40q)", c.S) {
			continue
		}
		want := c.Want.float()
		if math.IsNaN(want) {
			// Go's and C's NaN payloads differ; Python shows only the sign.
			assert.True(t, math.IsNaN(f))
			assert.Equal(t, math.Signbit(want), math.Signbit(f), "float(%q) sign", c.S)
			continue
		}
		assert.Equal(t, uint64(c.Want), math.Float64bits(f), "float(%.40q) = %v, want %v", c.S, f, want)
	}
}

func TestDecimalValueMatchesPython(t *testing.T) {
	count := 0
	for _, rg := range loadTable[[2]rune](t, "decimal") {
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
	for _, r := range loadTable[rune](t, "spaces") {
		want[r] = true
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) != want[r] {
			t.Errorf("unicode.IsSpace(%U) = %v, Python's isspace says %v", r, !want[r], want[r])
		}
	}
}
