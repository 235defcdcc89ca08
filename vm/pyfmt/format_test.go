package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formatValue runs ParseSpec and the Format function for one table case and
// renders the outcome as the table does.
func formatValue(t *testing.T, kind, value, spec string) string {
	spec1, err := ParseSpec(spec, kind)
	if err == nil {
		var out string
		switch kind {
		case "int", "bool":
			n, ok := new(big.Int).SetString(value, 10)
			require.True(t, ok, value)
			out, err = FormatInt(n, spec1)
		case "float":
			b, perr := strconv.ParseUint(value, 0, 64)
			require.NoError(t, perr)
			out, err = FormatFloat(math.Float64frombits(b), spec1)
		case "str":
			out, err = FormatStr(value, spec1)
		default:
			t.Fatalf("unknown kind %q", kind)
		}
		if err == nil {
			return out
		}
	}
	return err.Error()
}

// formatCase is a row of testdata/format.json: format(value, spec) in CPython.
type formatCase struct{ Kind, Value, Spec, Want string }

func TestFormat(t *testing.T) {
	for _, c := range loadTable[formatCase](t, "format") {
		if c.Kind == "bool" && c.Spec == "" {
			continue // an empty spec means str(value), which the VM handles
		}
		got := formatValue(t, c.Kind, c.Value, c.Spec)
		assert.Equal(t, c.Want, got, "format(%s %s, %q)", c.Kind, c.Value, c.Spec)
	}
}

// TestFormatInt64MatchesBig checks the int64 path, including its fast
// path, against the general one on the int table cases that fit.
func TestFormatInt64MatchesBig(t *testing.T) {
	for _, c := range loadTable[formatCase](t, "format") {
		if c.Kind != "int" {
			continue
		}
		v, err := strconv.ParseInt(c.Value, 10, 64)
		if err != nil {
			continue
		}
		spec, err := ParseSpec(c.Spec, "int")
		if err != nil {
			continue
		}
		got, err := FormatInt64(v, spec)
		if err != nil {
			got = err.Error()
		}
		assert.Equal(t, c.Want, got, "format(%d, %q)", v, c.Spec)
	}
}

func TestFormatIntDigitLimit(t *testing.T) {
	big4301 := new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil)
	for _, code := range []string{"", "d", ",", "n", ">5"} {
		spec, err := ParseSpec(code, "int")
		require.NoError(t, err)
		_, err = FormatInt(big4301, spec)
		assert.EqualError(t, err, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", code)
	}
	spec, _ := ParseSpec("x", "int")
	out, err := FormatInt(big4301, spec)
	require.NoError(t, err)
	assert.Equal(t, big4301.Text(16), out)
}

func TestParseSpecFields(t *testing.T) {
	s, err := ParseSpec("*^+z#012_.3f", "float")
	require.NoError(t, err)
	// With an explicit fill, the '0' is just the start of the width.
	assert.Equal(t, Spec{Fill: '*', FillSet: true, Align: '^', Sign: '+', NoNegZero: true, Alt: true,
		Width: 12, Grouping: '_', Precision: 3, Type: 'f', TypeName: "float"}, s)

	s, err = ParseSpec("^012", "int")
	require.NoError(t, err)
	assert.Equal(t, Spec{Fill: ' ', Align: '^', ZeroPad: true, Width: 12, Precision: -1, TypeName: "int"}, s)

	s, err = ParseSpec("", "int")
	require.NoError(t, err)
	assert.Equal(t, Spec{Fill: ' ', Width: -1, Precision: -1, TypeName: "int"}, s)
}

func TestErrorType(t *testing.T) {
	_, err := ParseSpec(".", "int")
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, &Error{Type: "ValueError", Msg: "Format specifier missing precision"}, e)
}

func TestIntToString(t *testing.T) {
	cases := []struct {
		n      int64
		base   int
		prefix bool
		want   string
	}{
		// hex(), oct(), bin() as CPython 3.11 prints them.
		{-255, 16, true, "-0xff"},
		{255, 16, true, "0xff"},
		{0, 16, true, "0x0"},
		{8, 8, true, "0o10"},
		{-5, 2, true, "-0b101"},
		{35, 36, false, "z"},
		{-35, 36, true, "-z"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, IntToString(big.NewInt(c.n), c.base, c.prefix))
	}
}

func TestIntToDecimal(t *testing.T) {
	s, err := IntToDecimal(big.NewInt(-42))
	require.NoError(t, err)
	assert.Equal(t, "-42", s)

	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil) // 4301 digits
	_, err = IntToDecimal(limit)
	assert.EqualError(t, err, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
	s, err = IntToDecimal(limit.Sub(limit, big.NewInt(1)).Neg(limit)) // 4300 nines
	require.NoError(t, err)
	assert.Len(t, s, 4301)
	_, err = IntToDecimal(new(big.Int).Lsh(big.NewInt(1), 100000))
	assert.Error(t, err)
}
