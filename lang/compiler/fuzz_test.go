package compiler

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/internal/testscripts"
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// Fuzz the compiler with
//
//	go test -run XXX -fuzz FuzzCompile -fuzztime 60s ./lang/compiler
//
// Inputs that failed once are kept in testdata/fuzz/FuzzCompile and rerun by plain `go test`.

// compileSnippets are hand-written seeds for the constructs whose code generation is the most
// intricate: control flow leaving try/finally and with blocks, nested scopes, comprehensions,
// generators, unpacking and deep nesting.
var compileSnippets = []string{
	"x = " + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150) + "\n",
	"x = " + strings.Repeat("1 + ", 2000) + "1\n",
	"x = f" + strings.Repeat("()", 500) + ".a.b[0]\n",
	"def f():\n    for i in range(3):\n        try:\n            try:\n                return i\n            finally:\n                break\n        finally:\n            continue\n    return -1\n",
	"def g():\n    try:\n        yield 1\n    finally:\n        try:\n            return 2\n        finally:\n            pass\n",
	"async def h(m):\n    async with m as a, m as b:\n        async for x in a:\n            await b\n            if x: break\n    return [y async for y in m if await y]\n",
	"def outer():\n    x = 1\n    def mid():\n        nonlocal x\n        def inner():\n            global x\n            x = 3\n        x = 2\n        return inner\n    class C:\n        x = x\n        def m(self): return x, __class__\n    return mid, C\n",
	"a, *b, c = d = [1, *range(3), *'ab']\n(e, (f, *g)), h = [(1, (2, 3, 4)), 5]\n{**{'k': 1}, 'j': 2}\nprint(*a, *b, sep='', **{'end': ''})\n",
	"r = [[x * y for x in range(y) if x % 2 for z in (1,)] for y in range(5)]\ns = {k: v for k, v in zip('ab', 'cd')}\nt = (w for w in r if (n := len(w)))\n",
	"f'{x!r:>{w}.{p}} {y=} {{literal}} {f\"{z}\"}'\n",
	"class A(B, metaclass=M):\n    x: int = 1\n    @staticmethod\n    @deco(1)\n    def s(a, /, b=2, *c, d, e=3, **f) -> None:\n        del a, b[0], c.d\n        assert a, b\n        raise E from c\n",
	"try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"while x:\n    with a as (b, c), d:\n        try:\n            continue\n        except E as e:\n            break\n        else:\n            x -= 1\nelse:\n    y = lambda *a, k=1, **kw: (yield)\n",
	"def gen():\n    x = yield from range(3)\n    y = yield\n    return (yield x) + y\n",
	"import a.b.c as d\nfrom .e import f as g, h\nfrom i import *\n",
	"def m(v):\n    for i in v:\n        match i, v:\n            case [1, *r] | (2, *r), _ if r:\n                continue\n            case {'k': K.v, **kw}, [C(a, b=(c | c))]:\n                return kw\n            case str() as s, _:\n                break\n            case _:\n                pass\n",
}

// FuzzCompile checks that every module the parser accepts either compiles to well-formed code
// (see verify) or is rejected with an *ast.Error that points inside the input; Compile must
// never panic.
func FuzzCompile(f *testing.F) { compileTarget.Fuzz(f) }

// compileTarget is FuzzCompile's check with its seeds: the golden scripts and
// compileSnippets.
var compileTarget = testscripts.SnippetTarget(compileSnippets, checkCompile)

// TestCompileSeeds runs the seed corpus of FuzzCompile through the same checks, so that plain
// `go test` exercises them without -fuzz.
func TestCompileSeeds(t *testing.T) { compileTarget.CheckSeeds(t) }

// checkCompile compiles src when it parses, and fails on a panic, a malformed error or
// code that verify rejects.
func checkCompile(t *testing.T, src []byte) {
	mod, err := parser.Parse("fuzz.as", src)
	if err != nil {
		return
	}
	code, err := Compile(mod)
	if err != nil {
		var e *ast.Error
		if !errors.As(err, &e) {
			t.Fatalf("Compile returned %T, not *ast.Error: %v", err, err)
		}
		// The parser normalises \r\n and \r to \n, so this is an upper bound on the lines.
		lines := strings.Count(string(src), "\n") + strings.Count(string(src), "\r") + 1
		if e.Pos.Line < 1 || e.Pos.Line > lines || e.Pos.Col < 1 {
			t.Fatalf("error position %d:%d outside the input (%d lines): %v", e.Pos.Line, e.Pos.Col, lines, e)
		}
		if (e.Kind != "SyntaxError" && e.Kind != "RecursionError") || e.Msg == "" || e.Filename != "fuzz.as" {
			t.Fatalf("malformed error %#v", e)
		}
		return
	}
	if err := verify(code); err != nil {
		t.Fatalf("%v\n%s", err, bytecode.Disassemble(code))
	}
}

// verify checks a code object and the ones nested in it the way the VM relies on them: operand
// indices within their tables, jumps and handlers inside the code, and an operand stack depth
// that is the same on every path to an instruction, never negative, never above MaxStack, and
// never below the depth a handler covering a fallible instruction unwinds to. Execution must not run
// past the last instruction.
func verify(code *bytecode.Code) error {
	if err := verifyCode(code); err != nil {
		return fmt.Errorf("%s: %w", code.QualName, err)
	}
	for _, k := range code.Consts {
		if nested, ok := k.(*bytecode.Code); ok {
			if err := verify(nested); err != nil {
				return err
			}
		}
	}
	return nil
}

func verifyCode(code *bytecode.Code) error {
	n := len(code.Instrs)
	if n == 0 || len(code.Spans) != n {
		return fmt.Errorf("%d instructions, %d spans", n, len(code.Spans))
	}
	for _, h := range code.Handlers {
		if h.Start < 0 || h.Start >= h.End || h.End > n || h.Target < 0 || h.Target >= n ||
			h.Depth < 0 || h.Depth+1 > code.MaxStack {
			return fmt.Errorf("bad handler %+v", h)
		}
	}
	ncells := len(code.Cellvars) + len(code.Freevars)
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	// reach records that instruction i is entered with the stack d deep.
	reach := func(from, i, d int) error {
		switch {
		case i < 0 || i >= n:
			return fmt.Errorf("instruction %d goes to %d, outside the code", from, i)
		case d < 0 || d > code.MaxStack:
			return fmt.Errorf("instruction %d leaves the stack %d deep (MaxStack %d)", from, d, code.MaxStack)
		case depth[i] == -1:
			depth[i] = d
			work = append(work, i)
		case depth[i] != d:
			return fmt.Errorf("instruction %d is reached with depth %d and %d", i, depth[i], d)
		}
		return nil
	}
	if err := reach(-1, 0, 0); err != nil {
		return err
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		op, arg, d := code.Op(i), code.Arg(i), depth[i]
		if err := checkOperand(code, op, arg, ncells); err != nil {
			return fmt.Errorf("instruction %d %s %d: %w", i, op, arg, err)
		}
		if h, ok := code.HandlerFor(i); ok {
			if d < h.Depth && canRaise(code, i) {
				return fmt.Errorf("instruction %d runs %d deep under a handler unwinding to %d", i, d, h.Depth)
			}
			if err := reach(i, h.Target, h.Depth+1); err != nil {
				return err
			}
		}
		var err error
		switch op {
		case bytecode.RETURN_VALUE, bytecode.RERAISE, bytecode.RAISE_VARARGS:
			if d+stackEffect(op, arg) < 0 {
				err = fmt.Errorf("instruction %d %s pops an empty stack", i, op)
			}
		case bytecode.JUMP:
			err = reach(i, arg, d)
		case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
			if err = reach(i, arg, d-1); err == nil {
				err = reach(i, i+1, d-1)
			}
		case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
			if err = reach(i, arg, d); err == nil {
				err = reach(i, i+1, d-1)
			}
		case bytecode.FOR_ITER:
			if err = reach(i, arg, d-1); err == nil {
				err = reach(i, i+1, d+1)
			}
		case bytecode.YIELD_FROM:
			// [it sent] → [it value] and on to the YIELD_VALUE, or → [result] at the target.
			if err = reach(i, arg, d-1); err == nil {
				err = reach(i, i+1, d)
			}
		default:
			err = reach(i, i+1, d+stackEffect(op, arg))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// checkOperand checks that an instruction's argument indexes a table that has the entry.
func checkOperand(code *bytecode.Code, op bytecode.Opcode, arg, ncells int) error {
	limit := -1
	switch op {
	case bytecode.LOAD_CONST:
		limit = len(code.Consts)
	case bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST:
		limit = len(code.Varnames)
	case bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_CLOSURE:
		limit = ncells
	case bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL, bytecode.LOAD_NAME,
		bytecode.STORE_NAME, bytecode.DELETE_NAME, bytecode.LOAD_ATTR, bytecode.STORE_ATTR,
		bytecode.DELETE_ATTR, bytecode.LOAD_METHOD, bytecode.IMPORT_NAME, bytecode.IMPORT_MODULE, bytecode.IMPORT_FROM:
		limit = len(code.Names)
	default:
		if op.String() == "ILLEGAL" {
			return errors.New("unknown opcode")
		}
	}
	if limit >= 0 && arg >= limit {
		return fmt.Errorf("index outside its table of %d", limit)
	}
	return nil
}

// canRaise reports whether instruction i may raise an exception, as far as its handler's
// depth matters: the stores and the clean-up of an `except ... as name` clause cannot.
func canRaise(code *bytecode.Code, i int) bool {
	switch op := code.Op(i); op {
	case bytecode.NOP, bytecode.POP_TOP, bytecode.POP_ITER, bytecode.COPY, bytecode.SWAP, bytecode.LOAD_CONST,
		bytecode.STORE_FAST, bytecode.STORE_DEREF, bytecode.STORE_GLOBAL, bytecode.STORE_NAME,
		bytecode.LOAD_CLOSURE, bytecode.POP_EXCEPT, bytecode.PUSH_EXC_INFO, bytecode.IS_OP:
		return false
	case bytecode.JUMP:
		return code.Arg(i) <= i // a backward jump checks for interrupts and the step limit
	case bytecode.DELETE_FAST, bytecode.DELETE_DEREF, bytecode.DELETE_GLOBAL, bytecode.DELETE_NAME:
		// `name = None; del name` cannot fail.
		store := map[bytecode.Opcode]bytecode.Opcode{bytecode.DELETE_FAST: bytecode.STORE_FAST,
			bytecode.DELETE_DEREF: bytecode.STORE_DEREF, bytecode.DELETE_GLOBAL: bytecode.STORE_GLOBAL,
			bytecode.DELETE_NAME: bytecode.STORE_NAME}[op]
		return i == 0 || code.Op(i-1) != store || code.Arg(i-1) != code.Arg(i)
	}
	return true
}
