package vm

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

func TestQuickenRewritesOnlyTheFirstOpcodeOfEachPair(t *testing.T) {
	enc := bytecode.Encode
	instrs := []uint32{
		enc(bytecode.LOAD_FAST, 0), enc(bytecode.LOAD_FAST, 1), enc(bytecode.LOAD_ATTR, 2),
		enc(bytecode.STORE_FAST, 3), enc(bytecode.LOAD_FAST, 4), enc(bytecode.RETURN_VALUE, 0),
	}
	compiled := append([]uint32(nil), instrs...)
	run := quicken(instrs)
	assert.Equal(t, compiled, instrs, "the compiled instructions are left as they were")
	assert.Equal(t, []uint32{
		enc(opLoadFastLoadFast, 0), enc(opLoadFastLoadAttr, 1), enc(bytecode.LOAD_ATTR, 2),
		enc(opStoreFastLoadFast, 3), enc(bytecode.LOAD_FAST, 4), enc(bytecode.RETURN_VALUE, 0),
	}, run)
}

func TestQuickenSharesInstructionsWhenNothingFuses(t *testing.T) {
	instrs := []uint32{bytecode.Encode(bytecode.LOAD_CONST, 0), bytecode.Encode(bytecode.RETURN_VALUE, 0)}
	run := quicken(instrs)
	assert.Same(t, &instrs[0], &run[0])
}
