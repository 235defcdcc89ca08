package bytecode

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// filler sets every field of a value, through reflection, to a value that differs from the
// zero value and from the other fields' values, so that a field Marshal forgets fails the
// round trip. depth bounds the nesting of slices of pointers.
type filler struct{ n int }

func (f *filler) next() int {
	f.n++
	if f.n%2 == 0 {
		return -f.n
	}
	return f.n
}

func (f *filler) fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + strconv.Itoa(f.next()))
	case reflect.Int:
		v.SetInt(int64(f.next()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		v.SetUint(uint64(f.next() & 0x7f))
	case reflect.Interface:
		v.Set(reflect.ValueOf("doc"))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		f.fill(v.Elem(), depth-1)
	case reflect.Struct:
		for i := range v.NumField() {
			f.fill(v.Field(i), depth)
		}
	case reflect.Slice:
		if depth == 0 {
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			f.fill(v.Index(i), depth)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(k, depth)
			f.fill(e, depth)
			v.SetMapIndex(k, e)
		}
	default:
		panic("filler: no rule for " + v.Type().String())
	}
}

// fullCode returns a code object with every field set and every kind of constant.
func fullCode() *Code {
	f := &filler{}
	code, inner, pat := &Code{}, &Code{}, &Pattern{}
	f.fill(reflect.ValueOf(code).Elem(), 3)
	f.fill(reflect.ValueOf(inner).Elem(), 3)
	f.fill(reflect.ValueOf(pat).Elem(), 3)
	inner.Doc, inner.Varnames, inner.Names = nil, []string{}, nil
	big30, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	code.Consts = []any{nil, false, true, big.NewInt(0), big.NewInt(-7), big.NewInt(math.MaxInt64),
		big30, new(big.Int).Neg(big30), 1.5, math.Copysign(0, -1), math.Inf(-1), "", "str",
		[]byte(nil), []byte{}, []byte("by\x00tes"), ast.Ellipsis, inner, pat, []string{"key", "word"}, []string{}}
	return code
}

// TestWireRoundTrip checks that Unmarshal rebuilds exactly what Marshal was given: every
// field, every kind of constant, negative numbers, and nil apart from empty.
func TestWireRoundTrip(t *testing.T) {
	code := fullCode()
	data, err := Marshal(code)
	require.NoError(t, err)
	got, err := Unmarshal(data)
	require.NoError(t, err)
	assert.Equal(t, code, got)
	again, err := Marshal(got)
	require.NoError(t, err)
	assert.Equal(t, data, again, "equal code serializes equally")
	nan, err := Marshal(&Code{Consts: []any{math.NaN()}})
	require.NoError(t, err)
	got, err = Unmarshal(nan)
	require.NoError(t, err)
	assert.Equal(t, math.Float64bits(math.NaN()), math.Float64bits(got.Consts[0].(float64)))
}

// TestWireUnserializable checks that Marshal refuses what Unmarshal could not rebuild.
func TestWireUnserializable(t *testing.T) {
	for name, code := range map[string]*Code{
		"unknown constant": {Consts: []any{int64(1)}},
		"nil code":         {Consts: []any{(*Code)(nil)}},
		"nil pattern":      {Consts: []any{&Pattern{Sub: []*Pattern{nil}}}},
	} {
		_, err := Marshal(code)
		assert.Error(t, err, name)
	}
	deep := &Code{}
	for range maxWireDepth {
		deep = &Code{Consts: []any{deep}}
	}
	_, err := Marshal(deep)
	assert.Error(t, err, "too deep")
}

// TestWireDamaged checks that every truncation of a serialized tree, every flipped byte and
// another version fail to decode, and that damage behind a valid checksum is an error too,
// never a panic.
func TestWireDamaged(t *testing.T) {
	data, err := Marshal(fullCode())
	require.NoError(t, err)
	for n := range len(data) {
		_, err := Unmarshal(data[:n])
		assert.Error(t, err, "truncated to %d bytes", n)
	}
	for i := range data {
		for _, flip := range []byte{0x01, 0x80, 0xff} {
			bad := append([]byte(nil), data...)
			bad[i] ^= flip
			_, err := Unmarshal(bad)
			assert.Error(t, err, "byte %d ^ %#x", i, flip)
		}
	}
	payload := data[len(wireMagic)+1 : len(data)-wireSumLen]
	for i := range payload {
		for _, flip := range []byte{0x01, 0x80, 0xff} {
			bad := append([]byte(nil), payload...)
			bad[i] ^= flip
			assert.NotPanics(t, func() { _, _ = decodePayload(bad) }, "payload byte %d ^ %#x", i, flip)
		}
		_, err := decodePayload(payload[:i])
		assert.Error(t, err, "payload truncated to %d", i)
	}
}
