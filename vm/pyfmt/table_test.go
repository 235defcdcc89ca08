package pyfmt

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// loadTable reads the rows of testdata/NAME.json, a table of answers that
// testdata/gen_tables.py recorded from CPython. Rows are JSON objects whose
// keys name T's fields (or bare values, for the range and code point tables).
// An empty table fails the test, so a broken generator cannot pass unseen.
func loadTable[T any](t *testing.T, name string) []T {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	require.NoError(t, err)
	var table struct{ Rows []T }
	require.NoError(t, json.Unmarshal(data, &table), name)
	require.NotEmpty(t, table.Rows, name)
	return table.Rows
}

// floatBits is a float64's bit pattern, written in the tables as hex text
// ("0x3ff0000000000000") so that NaN payloads and -0.0 survive exactly.
type floatBits uint64

// UnmarshalText reads the hex text of a bit pattern.
func (b *floatBits) UnmarshalText(text []byte) error {
	n, err := strconv.ParseUint(string(text), 0, 64)
	*b = floatBits(n)
	return err
}

// float is the float64 the bit pattern stands for.
func (b floatBits) float() float64 { return math.Float64frombits(uint64(b)) }

// resultText renders a call's outcome as the tables record it: the value's
// text, or the error's "Type: message".
func resultText(v fmt.Stringer, err error) string {
	if err != nil {
		return err.Error()
	}
	return v.String()
}
