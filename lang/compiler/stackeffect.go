package compiler

import "github.com/asyncscript/asyncscript/lang/bytecode"

// stackEffect is how an instruction changes the stack depth when execution falls through to the
// next instruction. Jumps that leave a different depth at their target are handled where they are
// emitted (see adjust).
func stackEffect(op bytecode.Opcode, arg int) int {
	switch op {
	case bytecode.NOP, bytecode.SWAP, bytecode.DELETE_FAST, bytecode.DELETE_DEREF,
		bytecode.DELETE_GLOBAL, bytecode.DELETE_NAME, bytecode.LOAD_ATTR,
		bytecode.UNARY_NEGATIVE, bytecode.UNARY_POSITIVE, bytecode.UNARY_INVERT,
		bytecode.UNARY_NOT, bytecode.GET_ITER, bytecode.JUMP, bytecode.LIST_TO_TUPLE,
		bytecode.GET_YIELD_FROM, bytecode.GET_AWAITABLE, bytecode.AWAIT, bytecode.GET_AITER,
		bytecode.YIELD_VALUE, bytecode.CHECK_EXC_MATCH, bytecode.CHECK_EG_MATCH:
		return 0
	case bytecode.POP_TOP, bytecode.POP_ITER, bytecode.STORE_FAST, bytecode.STORE_DEREF, bytecode.STORE_GLOBAL,
		bytecode.STORE_NAME, bytecode.DELETE_ATTR, bytecode.POP_JUMP_IF_FALSE,
		bytecode.POP_JUMP_IF_TRUE, bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP,
		bytecode.BINARY_OP, bytecode.COMPARE_OP, bytecode.IS_OP, bytecode.CONTAINS_OP,
		bytecode.BINARY_SUBSCR, bytecode.RETURN_VALUE, bytecode.LIST_APPEND, bytecode.SET_ADD,
		bytecode.LIST_EXTEND, bytecode.SET_UPDATE, bytecode.DICT_UPDATE, bytecode.DICT_MERGE,
		bytecode.POP_EXCEPT, bytecode.RERAISE, bytecode.IMPORT_STAR,
		bytecode.PREP_RERAISE_STAR, bytecode.PRINT_EXPR:
		return -1
	case bytecode.COPY, bytecode.LOAD_CONST, bytecode.LOAD_FAST, bytecode.LOAD_DEREF,
		bytecode.LOAD_CLOSURE, bytecode.LOAD_GLOBAL, bytecode.LOAD_NAME, bytecode.LOAD_ASSERTION,
		bytecode.IMPORT_NAME, bytecode.IMPORT_MODULE, bytecode.IMPORT_FROM, bytecode.FOR_ITER, bytecode.BEFORE_WITH,
		bytecode.BEFORE_ASYNC_WITH, bytecode.WITH_EXCEPT_START, bytecode.LOAD_METHOD,
		bytecode.GET_ANEXT, bytecode.PUSH_EXC_INFO:
		return 1
	case bytecode.STORE_ATTR, bytecode.MAP_ADD, bytecode.DELETE_SUBSCR, bytecode.END_ASYNC_FOR:
		return -2
	case bytecode.STORE_SUBSCR:
		return -3
	case bytecode.BUILD_SLICE:
		return 1 - arg
	case bytecode.BUILD_FSTRING:
		return -arg // n values and the parts list make one str
	case bytecode.BUILD_TUPLE, bytecode.BUILD_LIST, bytecode.BUILD_SET, bytecode.BUILD_STRING:
		return 1 - arg
	case bytecode.BUILD_MAP:
		return 1 - 2*arg
	case bytecode.UNPACK_SEQUENCE:
		return arg - 1
	case bytecode.UNPACK_EX:
		return (arg & 0xff) + (arg >> 8)
	case bytecode.FORMAT_VALUE:
		if arg&bytecode.FormatHasSpec != 0 {
			return -1
		}
		return 0
	case bytecode.MAKE_FUNCTION:
		n := 0
		for _, f := range []int{bytecode.MakeFuncDefaults, bytecode.MakeFuncKwDefaults, bytecode.MakeFuncAnnotations, bytecode.MakeFuncClosure} {
			if arg&f != 0 {
				n++
			}
		}
		return -n
	case bytecode.BUILD_CLASS:
		nkw := arg >> bytecode.ClassKeywordsShift
		if nkw > 0 {
			nkw++ // the names tuple
		}
		return -1 - arg&bytecode.ClassBasesMask - nkw
	case bytecode.CALL:
		return -arg
	case bytecode.CALL_METHOD:
		return -arg - 1
	case bytecode.CALL_KW:
		return -arg - 1
	case bytecode.CALL_EX:
		return -2
	case bytecode.RAISE_VARARGS:
		return -arg
	case bytecode.MATCH_PATTERN:
		n, k := bytecode.MatchCounts(arg)
		return k - n - 1 // the subject, the values and the pattern become the captures and ok
	case bytecode.YIELD_FROM:
		return -1 // falls through with the result in place of the iterator and value
	}
	panic("compiler: no stack effect for " + op.String())
}
