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

func TestDisassembleMatchPattern(t *testing.T) {
	// [1, *rest] | P(x, k=None) as whole
	p := &Pattern{Kind: PatAs, Capture: 2, Sub: []*Pattern{{Kind: PatOr, Sub: []*Pattern{
		{Kind: PatSequence, Star: 1, Sub: []*Pattern{{Kind: PatValue, Value: 0}, {Kind: PatStar, Capture: 0}}},
		{Kind: PatClass, Value: 1, KwAttrs: []string{"k"}, Sub: []*Pattern{
			{Kind: PatAs, Capture: 1}, {Kind: PatIdentity, Value: 2}}},
		{Kind: PatMapping, Keys: []int{3}, Capture: -1, Sub: []*Pattern{{Kind: PatAs, Capture: -1}}},
	}}}}
	c := &Code{Name: "<module>", QualName: "<module>", Filename: "x.as", FirstLine: 1,
		Consts: []any{p}, Instrs: []uint32{Encode(LOAD_CONST, 0), Encode(MATCH_PATTERN, MatchArg(4, 3))}}
	out := Disassemble(c)
	assert.Contains(t, out, "LOAD_CONST           0 (pattern [==v0, *$0] | v1($1, k=is v2) | {v3: _} as $2)")
	assert.Contains(t, out, "MATCH_PATTERN        12292 (4 values, 3 captures)")
}
