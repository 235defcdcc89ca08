package pyfmt

import (
	"math"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFloatRepr(t *testing.T) {
	require.NotEmpty(t, floatReprCases)
	for _, c := range floatReprCases {
		f := math.Float64frombits(c.bits)
		assert.Equal(t, c.want, FloatRepr(f), "bits %#016x", c.bits)
	}
}

func TestAppendFloatReprAppends(t *testing.T) {
	assert.Equal(t, "x=1e+16", string(AppendFloatRepr([]byte("x="), 1e16)))
}

func TestQuoteStr(t *testing.T) {
	for _, c := range strReprCases {
		assert.Equal(t, c.want, QuoteStr(c.in), "%q", c.in)
	}
	// Strings Python can hold but valid UTF-8 cannot: a WTF-8 surrogate,
	// and bytes that are not UTF-8 at all (shown as surrogateescape does).
	assert.Equal(t, `'a\ud800b'`, QuoteStr("a\xed\xa0\x80b"))
	assert.Equal(t, `'\udcff\udc80'`, QuoteStr("\xff\x80"))
}

func TestQuoteBytes(t *testing.T) {
	for _, c := range bytesReprCases {
		// The table's inputs are Latin-1 text standing for the bytes.
		b := make([]byte, 0, len(c.in))
		for _, r := range c.in {
			b = append(b, byte(r))
		}
		assert.Equal(t, c.want, QuoteBytes(b), "%q", c.in)
	}
}

// TestIsPrintableMatchesPython checks every code point, so a Unicode
// upgrade in Go that changes the answers is caught.
func TestIsPrintableMatchesPython(t *testing.T) {
	printable := make([]bool, unicode.MaxRune+1)
	for _, rg := range printableRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			printable[r] = true
		}
	}
	mismatches := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isPrintable(r) != printable[r] {
			mismatches++
			if mismatches < 10 {
				t.Errorf("isPrintable(%U) = %v, Python says %v", r, !printable[r], printable[r])
			}
		}
	}
	assert.Zero(t, mismatches)
}
