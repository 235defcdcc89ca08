package bytecode

import (
	"fmt"
	"strings"
)

// Disassemble lists the instructions of a code object and of every code object nested in its
// constants, in the spirit of `python3 -m dis`: line number, offset, opcode, argument, and
// what the argument refers to.
func Disassemble(c *Code) string {
	var b strings.Builder
	disassemble(&b, c)
	return b.String()
}

func disassemble(b *strings.Builder, c *Code) {
	fmt.Fprintf(b, "Disassembly of <code %s, file %q, line %d>:\n", c.QualName, c.Filename, c.FirstLine)
	lastLine := -1
	for i := range c.Instrs {
		op, arg := c.Op(i), c.Arg(i)
		line := "    "
		if l := c.Line(i); l != lastLine {
			line = fmt.Sprintf("%4d", l)
			lastLine = l
		}
		fmt.Fprintf(b, "%s %6d %-20s", line, i, op)
		if op >= LOAD_CONST || op == COPY || op == SWAP {
			fmt.Fprintf(b, " %d", arg)
			if note := c.describeArg(op, arg); note != "" {
				fmt.Fprintf(b, " (%s)", note)
			}
		}
		b.WriteString("\n")
	}
	for _, h := range c.Handlers {
		fmt.Fprintf(b, "  handler: %d to %d -> %d [depth %d]\n", h.Start, h.End, h.Target, h.Depth)
	}
	for _, k := range c.Consts {
		if inner, ok := k.(*Code); ok {
			b.WriteString("\n")
			disassemble(b, inner)
		}
	}
}

// describeArg explains an instruction argument: the name, constant or operator it selects.
func (c *Code) describeArg(op Opcode, arg int) string {
	switch op {
	case LOAD_CONST:
		switch k := c.Consts[arg].(type) {
		case *Code:
			return "<code " + k.QualName + ">"
		case string:
			return fmt.Sprintf("%q", k)
		case nil:
			return "None"
		case *Pattern:
			return "pattern " + k.String()
		default:
			return fmt.Sprint(k)
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return c.Varnames[arg]
	case MATCH_PATTERN:
		n, k := MatchCounts(arg)
		return fmt.Sprintf("%d values, %d captures", n, k)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE:
		if arg < len(c.Cellvars) {
			return c.Cellvars[arg]
		}
		return c.Freevars[arg-len(c.Cellvars)]
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_MODULE, IMPORT_FROM:
		return c.Names[arg]
	case BINARY_OP:
		if arg >= int(InplaceOffset) {
			return BinaryOpSymbols[arg-int(InplaceOffset)] + "="
		}
		return BinaryOpSymbols[arg]
	case COMPARE_OP:
		return CompareOpSymbols[arg]
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		FOR_ITER, YIELD_FROM:
		return fmt.Sprintf("to %d", arg)
	}
	return ""
}
