package bytecode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDisassembleNamesArguments(t *testing.T) {
	inner := &Code{Name: "f", QualName: "f", Filename: "x.as", FirstLine: 2,
		Varnames: []string{"n"},
		Instrs:   []uint32{Encode(LOAD_FAST, 0), Encode(RETURN_VALUE, 0)}}
	c := &Code{Name: "<module>", QualName: "<module>", Filename: "x.as", FirstLine: 1,
		Names:  []string{"f"},
		Consts: []any{inner, nil},
		Instrs: []uint32{Encode(LOAD_CONST, 0), Encode(MAKE_FUNCTION, 0), Encode(STORE_GLOBAL, 0),
			Encode(LOAD_CONST, 1), Encode(RETURN_VALUE, 0)}}
	out := Disassemble(c)
	assert.Contains(t, out, "LOAD_CONST           0 (<code f>)")
	assert.Contains(t, out, "STORE_GLOBAL         0 (f)")
	assert.Contains(t, out, "LOAD_FAST            0 (n)")
	assert.Contains(t, out, "Disassembly of <code f, file \"x.as\", line 2>:")
}
