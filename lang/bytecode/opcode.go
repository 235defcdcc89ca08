// Package bytecode defines asyncscript's compiled form: opcodes, code objects, line tables and
// exception tables, and a disassembler.
//
// The machine is a stack machine in the manner of CPython's. An instruction is one uint32: the
// opcode in the low 8 bits and its argument in the upper 24. Each opcode's comment gives its stack
// picture, `before → after`, with the top of the stack on the right.
//
// Exceptions are handled with a static table instead of a runtime block stack: every protected
// range of instructions names a handler and the stack depth to restore before jumping there
// (as CPython 3.11 does). `finally` bodies are compiled twice, once on the normal path and once
// in the handler, so `return`, `break` and `continue` inside `try` need no runtime bookkeeping.
//
// Of the project it imports only lang/ast (source spans); lang/compiler produces its code
// objects and vm runs them.
package bytecode

// Opcode is the operation of one instruction.
type Opcode uint8

// The opcodes. NOP must stay first and every opcode needs a name in opcodeNames.
const (
	NOP Opcode = iota

	// Stack shuffling.
	POP_TOP // x →
	COPY    // x(arg) ... → x ... x: push a copy of the arg-th item (1 = top)
	SWAP    // swap the top with the arg-th item (2 = the one below the top)

	// Constants and names.
	LOAD_CONST     // → consts[arg]
	LOAD_FAST      // → locals[arg]; UnboundLocalError if unset
	STORE_FAST     // x →; locals[arg] = x
	DELETE_FAST    // locals[arg] = unset
	LOAD_DEREF     // → cells[arg].value
	STORE_DEREF    // x →; cells[arg].value = x
	DELETE_DEREF   // cells[arg].value = unset
	LOAD_CLOSURE   // → cells[arg] (the cell itself, for MAKE_FUNCTION)
	LOAD_GLOBAL    // → globals[names[arg]] or builtins[names[arg]]
	STORE_GLOBAL   // x →
	DELETE_GLOBAL  //
	LOAD_NAME      // → class namespace, then globals, then builtins (class bodies)
	STORE_NAME     // x →; namespace[names[arg]] = x
	DELETE_NAME    //
	LOAD_ATTR      // obj → obj.names[arg]
	STORE_ATTR     // x obj →; obj.names[arg] = x
	DELETE_ATTR    // obj →
	LOAD_METHOD    // obj → fn self | callable NULL (NULL is nil: CALL_METHOD then passes no self)
	LOAD_ASSERTION // → AssertionError

	// Operators.
	UNARY_NEGATIVE // x → -x
	UNARY_POSITIVE // x → +x
	UNARY_INVERT   // x → ~x
	UNARY_NOT      // x → not x
	BINARY_OP      // x y → x op y; arg is a BinaryOp (in-place forms included)
	COMPARE_OP     // x y → x op y; arg is a CompareOp
	IS_OP          // x y → x is y (arg 1: is not)
	CONTAINS_OP    // x y → x in y (arg 1: not in)
	BINARY_SUBSCR  // x i → x[i]
	STORE_SUBSCR   // v x i →; x[i] = v
	DELETE_SUBSCR  // x i →
	BUILD_SLICE    // lo hi → slice (arg 2) | lo hi step → slice (arg 3)

	// Control flow. Jump arguments are absolute instruction indices.
	JUMP                 // pc = arg
	POP_JUMP_IF_FALSE    // x →; jump if not x
	POP_JUMP_IF_TRUE     // x →; jump if x
	JUMP_IF_FALSE_OR_POP // x → x (and jump) | → (and fall through)
	JUMP_IF_TRUE_OR_POP  // x → x (and jump) | →
	GET_ITER             // x → iter(x)
	FOR_ITER             // it → it next | → (exhausted: pop and jump to arg)
	RETURN_VALUE         // x → (returns x to the caller)

	// Building values.
	BUILD_TUPLE     // x1..xn → (x1, ..., xn)
	BUILD_LIST      // x1..xn → [x1, ..., xn]
	BUILD_SET       // x1..xn → {x1, ..., xn}
	BUILD_MAP       // k1 v1 .. kn vn → {k1: v1, ...}
	BUILD_STRING    // s1..sn → s1 + ... + sn
	LIST_APPEND     // list(arg) ... x → list ...; list.append(x), list is arg below x
	SET_ADD         // like LIST_APPEND, for sets
	MAP_ADD         // dict(arg) ... k v → dict ...; dict[k] = v
	LIST_EXTEND     // list(arg) ... it → list ...; list.extend(it)
	SET_UPDATE      // set(arg) ... it → set ...
	DICT_UPDATE     // dict(arg) ... m → dict ...; {**m} in a display
	DICT_MERGE      // like DICT_UPDATE, but a repeated key is a TypeError (f(**a, **b))
	LIST_TO_TUPLE   // list → tuple
	UNPACK_SEQUENCE // seq → x_n .. x_1 (x_1 on top), exactly arg items
	UNPACK_EX       // seq → ...; arg = before | after<<8, the starred part as a list
	FORMAT_VALUE    // x [spec] → str; arg = conversion (FormatConv*) | FormatHasSpec
	BUILD_FSTRING   // x1..xn parts → str: an f-string whose specs are constant (see FStringParts)
	PRINT_EXPR      // x → ; the interactive prompt shows x (an expression statement's value)
	MAKE_FUNCTION   // [defaults] [kwdefaults] [closure] code → function; arg = MakeFunc* flags
	BUILD_CLASS     // body name base1..basen [kw1..kwk kwnames] → class; arg = n | k<<ClassKeywordsShift
	CALL            // fn a1..an → result: arg = n
	CALL_METHOD     // fn self|NULL a1..an → result: after LOAD_METHOD
	CALL_KW         // fn a1..an kwnames → result: the last len(kwnames) args are keywords
	CALL_EX         // fn args kwargs|NULL → result (f(*a, **k)); args is a tuple

	// Exceptions. The handler of a protected range starts with the exception on the stack.
	RAISE_VARARGS     // arg 0: re-raise the handled exception; 1: exc →; 2: exc cause →
	PUSH_EXC_INFO     // exc → prev exc; exc becomes the exception being handled
	POP_EXCEPT        // prev → ; prev becomes the exception being handled again
	CHECK_EXC_MATCH   // exc type → exc bool
	CHECK_EG_MATCH    // eg type → rest match (except*: split a group; match is None if nothing)
	RERAISE           // exc → (raises exc again, keeping its traceback)
	PREP_RERAISE_STAR // orig list → exc|None: what an except* statement raises at its end
	BEFORE_WITH       // mgr → exit enter_result (calls __enter__)
	BEFORE_ASYNC_WITH // mgr → exit awaitable (calls __aenter__)
	WITH_EXCEPT_START // exit ... exc → exit ... exc result: result = exit(type(exc), exc, tb)

	// Imports.
	IMPORT_NAME   // → module: imports names[arg], pushes its top-level package (import a.b)
	IMPORT_MODULE // → module: imports names[arg], pushes that module (from a.b import, import a.b as c)
	IMPORT_FROM   // module → module module.names[arg]
	IMPORT_STAR   // module → ; copies the module's public names into the namespace

	// Pattern matching.
	MATCH_PATTERN // subject v1..vn pattern → c1..ck ok: matches subject against the *Pattern
	// constant; arg = MatchArg(n, k); the k capture slots are None when ok is False

	// Generators and coroutines.
	YIELD_VALUE    // x → sent: suspends the frame, handing x to whoever resumed it
	GET_YIELD_FROM // x → iterator for `yield from x`
	YIELD_FROM     // it sent → it sent' | → result (jump to arg when the sub-iterator is done)
	GET_AWAITABLE  // x → awaitable (a coroutine, or the iterator from __await__)
	AWAIT          // aw → result: runs a coroutine, or suspends the task on a pending future
	GET_AITER      // x → x.__aiter__()
	GET_ANEXT      // ait → ait awaitable(ait.__anext__())
	END_ASYNC_FOR  // ait exc → (StopAsyncIteration ends the loop, anything else re-raises)

	// POP_ITER drops a for loop's iterator when a break or return leaves the loop: it → . A
	// generator that only the loop could reach is closed there, as CPython's refcounting
	// closes it (see GetIterOwned).
	POP_ITER

	// OpcodeCount is the number of opcodes. The compiler emits none from here on: the VM
	// numbers its own superinstructions from it, keeping every opcode in one dense range.
	OpcodeCount
)

// GetIterOwned is GET_ITER's argument when the iterator goes where only a loop reaches it: a
// for statement's iterator slot, or the hidden argument of a comprehension; and GET_AITER's
// for an async for statement's. A generator made right there (by the call just before, or
// by a generator __iter__ or __aiter__) is then closed (an async generator finalized) when
// the loop drops it early, by POP_ITER or by an exception unwinding the stack.
const GetIterOwned = 1

// BinaryOp is the argument of BINARY_OP. The in-place forms (`x += y`) try __iadd__ and friends
// first and fall back to the plain operator.
type BinaryOp uint8

// The binary operators, plain then in-place in the same order.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpMatMul
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	// InplaceOffset is added to a plain operator to make its in-place form.
	InplaceOffset
)

// BinaryOpSymbols is the source spelling of each plain operator, indexed by BinaryOp.
var BinaryOpSymbols = [...]string{"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"}

// CompareOp is the argument of COMPARE_OP.
type CompareOp uint8

// The rich comparisons.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

// CompareOpSymbols is the source spelling of each comparison, indexed by CompareOp.
var CompareOpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// Flags of FORMAT_VALUE's argument.
const (
	FormatConvNone  = 0
	FormatConvStr   = 1
	FormatConvRepr  = 2
	FormatConvASCII = 3
	FormatConvMask  = 3
	FormatHasSpec   = 4
)

// FStringParts describes an f-string to BUILD_FSTRING: a constant list of strings, one per
// part. A literal part is FStringLiteral followed by its text; a field is FStringField, the
// conversion ('-' for none, or 's', 'r', 'a'), then the format spec. Fields take their
// values from the stack in order.
const (
	FStringLiteral = 'L'
	FStringField   = 'F'
)

// Flags of MAKE_FUNCTION's argument: which optional operands lie below the code object.
// BUILD_CLASS's argument holds the number of bases in its low bits and the number of
// keyword arguments (metaclass=..., and those for __init_subclass__) above them.
const (
	ClassBasesMask     = 0xff
	ClassKeywordsShift = 8
)

const (
	MakeFuncDefaults    = 1
	MakeFuncKwDefaults  = 2
	MakeFuncAnnotations = 4
	MakeFuncClosure     = 8
)
