package pyfmt

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// reprCase is a row of testdata/str_repr.json or bytes_repr.json.
type reprCase struct{ In, Want string }

// floatReprCase is a row of testdata/float_repr.json: repr() of the float with these bits.
type floatReprCase struct {
	Bits floatBits
	Want string
}

func TestFloatRepr(t *testing.T) {
	for _, c := range loadTable[floatReprCase](t, "float_repr") {
		assert.Equal(t, c.Want, FloatRepr(c.Bits.float()), "bits %#016x", uint64(c.Bits))
	}
}

func TestAppendFloatReprAppends(t *testing.T) {
	assert.Equal(t, "x=1e+16", string(AppendFloatRepr([]byte("x="), 1e16)))
}

func TestQuoteStr(t *testing.T) {
	for _, c := range loadTable[reprCase](t, "str_repr") {
		assert.Equal(t, c.Want, QuoteStr(c.In), "%q", c.In)
	}
	// Strings Python can hold but valid UTF-8 cannot: a WTF-8 surrogate,
	// and bytes that are not UTF-8 at all (shown as surrogateescape does).
	assert.Equal(t, `'a\ud800b'`, QuoteStr("a\xed\xa0\x80b"))
	assert.Equal(t, `'\udcff\udc80'`, QuoteStr("\xff\x80"))
}

func TestQuoteBytes(t *testing.T) {
	for _, c := range loadTable[reprCase](t, "bytes_repr") {
		// The table's inputs are Latin-1 text standing for the bytes.
		b := make([]byte, 0, len(c.In))
		for _, r := range c.In {
			b = append(b, byte(r))
		}
		assert.Equal(t, c.Want, QuoteBytes(b), "%q", c.In)
	}
}

// TestIsPrintableMatchesPython checks every code point, so a Unicode
// upgrade in Go that changes the answers is caught.
func TestIsPrintableMatchesPython(t *testing.T) {
	printable := make([]bool, unicode.MaxRune+1)
	for _, rg := range loadTable[[2]rune](t, "printable") {
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
