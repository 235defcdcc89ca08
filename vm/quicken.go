package vm

import (
	"slices"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Superinstructions: the dispatch loop runs the commonest pairs of instructions as one, so
// a pair costs one trip round the loop instead of two (a LOAD_FAST starts a quarter of all
// pairs in the bench/ programs). The compiler never emits them: when a code object is
// loaded, quicken writes them into the copy of its instructions the dispatch loop runs.
// Only the first instruction of a pair is rewritten, and only its opcode: the second keeps
// its place and its argument, which the superinstruction reads, so a jump to it, the
// inline caches (indexed by position) and everything that reads the compiled instructions
// see the program unchanged. Each superinstruction does exactly what its two instructions
// do, and moves pc past the first before starting the second, so an exception, a call out
// of the second, or a frame suspended there, sees the pc the pair would have left.
const (
	opLoadFastLoadFast   = bytecode.OpcodeCount + iota // LOAD_FAST a; LOAD_FAST b
	opLoadFastLoadConst                                // LOAD_FAST a; LOAD_CONST k
	opLoadFastLoadAttr                                 // LOAD_FAST a; LOAD_ATTR name
	opLoadFastLoadMethod                               // LOAD_FAST a; LOAD_METHOD name
	opLoadFastStoreAttr                                // LOAD_FAST a; STORE_ATTR name
	opStoreFastLoadFast                                // STORE_FAST a; LOAD_FAST b
	opLoadConstBinaryOp                                // LOAD_CONST k; BINARY_OP op
	opLoadConstCompareOp                               // LOAD_CONST k; COMPARE_OP op

	// Three instructions as one, each the pair after it with a LOAD_FAST before: n - 1, i < n.
	opLoadFastLoadConstBinaryOp  // LOAD_FAST a; LOAD_CONST k; BINARY_OP op
	opLoadFastLoadConstCompareOp // LOAD_FAST a; LOAD_CONST k; COMPARE_OP op
)

// superinstruction is the opcode that runs first and then second, if there is one.
func superinstruction(first, second bytecode.Opcode) (bytecode.Opcode, bool) {
	switch {
	case first == bytecode.LOAD_FAST && second == bytecode.LOAD_FAST:
		return opLoadFastLoadFast, true
	case first == bytecode.LOAD_FAST && second == bytecode.LOAD_CONST:
		return opLoadFastLoadConst, true
	case first == bytecode.LOAD_FAST && second == bytecode.LOAD_ATTR:
		return opLoadFastLoadAttr, true
	case first == bytecode.LOAD_FAST && second == bytecode.LOAD_METHOD:
		return opLoadFastLoadMethod, true
	case first == bytecode.LOAD_FAST && second == bytecode.STORE_ATTR:
		return opLoadFastStoreAttr, true
	case first == bytecode.STORE_FAST && second == bytecode.LOAD_FAST:
		return opStoreFastLoadFast, true
	case first == bytecode.LOAD_CONST && second == bytecode.BINARY_OP:
		return opLoadConstBinaryOp, true
	case first == bytecode.LOAD_CONST && second == bytecode.COMPARE_OP:
		return opLoadConstCompareOp, true
	}
	return 0, false
}

// triple is the superinstruction that runs a LOAD_FAST and then the pair the opcode pair
// starts with, if there is one.
func triple(pair bytecode.Opcode) (bytecode.Opcode, bool) {
	switch pair {
	case opLoadConstBinaryOp:
		return opLoadFastLoadConstBinaryOp, true
	case opLoadConstCompareOp:
		return opLoadFastLoadConstCompareOp, true
	}
	return 0, false
}

// quicken returns the instructions the dispatch loop runs for instrs: instrs itself when
// no pair fuses, else a copy in which every instruction that starts a pair is rewritten.
// The decision at each place looks only at the compiled instructions, so an instruction
// that is the second of one pair can still start the next (for a jump that lands on it).
func quicken(instrs []uint32) []uint32 {
	var run []uint32
	for i := 0; i+1 < len(instrs); i++ {
		op := bytecode.Opcode(instrs[i] & 0xff)
		fused, ok := superinstruction(op, bytecode.Opcode(instrs[i+1]&0xff))
		if i+2 < len(instrs) && op == bytecode.LOAD_FAST {
			if pair, paired := superinstruction(bytecode.Opcode(instrs[i+1]&0xff), bytecode.Opcode(instrs[i+2]&0xff)); paired {
				if t, isTriple := triple(pair); isTriple {
					fused, ok = t, true
				}
			}
		}
		if !ok {
			continue
		}
		if run == nil {
			run = slices.Clone(instrs)
		}
		run[i] = instrs[i]&^0xff | uint32(fused)
	}
	if run == nil {
		return instrs
	}
	return run
}

// loadLocal pushes local slot's value, reporting false, with nothing pushed, when the local
// is unbound.
func loadLocal(stack []Value, sp, slot int) (int, bool) {
	v := stack[slot]
	if v == nil {
		return sp, false
	}
	stack[sp] = v
	return sp + 1, true
}

// storesLocal reports whether an instruction of the dispatch loop's starts with a
// STORE_FAST. Every place holds a whole instruction, so the loop may run just that store
// and go on at the next place.
func storesLocal(op bytecode.Opcode) bool {
	return op == bytecode.STORE_FAST || op == opStoreFastLoadFast
}

// secondArg is the argument of the second instruction of a pair, with pc, which is past the
// first, moved past it.
func secondArg(instrs []uint32, pc int) (int, int) {
	return int(instrs[pc] >> 8), pc + 1
}
