package compiler

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

var binaryOps = map[string]bytecode.BinaryOp{
	"+": bytecode.OpAdd, "-": bytecode.OpSub, "*": bytecode.OpMul, "/": bytecode.OpTrueDiv,
	"//": bytecode.OpFloorDiv, "%": bytecode.OpMod, "**": bytecode.OpPow, "@": bytecode.OpMatMul,
	"<<": bytecode.OpLShift, ">>": bytecode.OpRShift, "&": bytecode.OpAnd, "|": bytecode.OpOr,
	"^": bytecode.OpXor,
}

var compareOps = map[string]bytecode.CompareOp{
	"<": bytecode.CmpLT, "<=": bytecode.CmpLE, "==": bytecode.CmpEQ, "!=": bytecode.CmpNE,
	">": bytecode.CmpGT, ">=": bytecode.CmpGE,
}

func (c *compiler) expr(e ast.Expr) {
	defer c.restoreSpan(c.setSpan(e))
	switch e := e.(type) {
	case *ast.Name:
		c.loadName(e.ID)
	case *ast.Const:
		c.emitConst(e.Value)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e)
	case *ast.UnaryOp:
		c.expr(e.X)
		c.emit(map[string]bytecode.Opcode{"-": bytecode.UNARY_NEGATIVE, "+": bytecode.UNARY_POSITIVE,
			"~": bytecode.UNARY_INVERT, "not": bytecode.UNARY_NOT}[e.Op], 0)
	case *ast.BinOp:
		c.expr(e.X)
		c.expr(e.Y)
		c.setSpan(e)
		c.emit(bytecode.BINARY_OP, int(binaryOps[e.Op]))
		c.anchor(e.X.Range().End, e.Y.Range().Start)
	case *ast.BoolOp:
		end := c.newLabel()
		op := bytecode.JUMP_IF_FALSE_OR_POP
		if e.Op == "or" {
			op = bytecode.JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.emitJump(op, end)
			}
		}
		c.place(end)
	case *ast.Compare:
		c.compare(e)
	case *ast.IfExp:
		orElse, end := c.newLabel(), c.newLabel()
		c.condJump(e.Test, false, orElse)
		c.expr(e.Body)
		c.emitJump(bytecode.JUMP, end)
		c.adjust(-1)
		c.place(orElse)
		c.expr(e.OrElse)
		c.place(end)
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.emit(bytecode.COPY, 1)
		c.storeName(e.Target.ID)
	case *ast.Lambda:
		c.lambda(e)
	case *ast.Call:
		c.call(e)
	case *ast.Attribute:
		c.expr(e.X)
		c.setSpan(e)
		c.emit(bytecode.LOAD_ATTR, c.name(e.Name))
	case *ast.Subscript:
		c.expr(e.X)
		c.expr(e.Index)
		c.setSpan(e)
		c.emit(bytecode.BINARY_SUBSCR, 0)
		c.anchor(e.X.Range().End, e.End)
	case *ast.Slice:
		c.optional(e.Lower)
		c.optional(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			c.emit(bytecode.BUILD_SLICE, 3)
		} else {
			c.emit(bytecode.BUILD_SLICE, 2)
		}
	case *ast.Starred:
		c.errorf(e, "can't use starred expression here")
	case *ast.List:
		c.sequence(e.Elts, bytecode.BUILD_LIST)
	case *ast.Tuple:
		c.sequence(e.Elts, bytecode.BUILD_TUPLE)
	case *ast.Set:
		c.sequence(e.Elts, bytecode.BUILD_SET)
	case *ast.Dict:
		c.dict(e)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, bytecode.BUILD_LIST, e.Elt)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, bytecode.BUILD_SET, e.Elt)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, bytecode.BUILD_MAP, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, bytecode.NOP, e.Elt)
	case *ast.Await:
		c.requireAsync(e, "'await' outside async function")
		if c.u.scope.kind == functionScope && isComprehension(c.u.scope.node) && !c.u.scope.parent.isAsync &&
			c.u.scope.parent.kind != moduleScope {
			c.errorf(e, "asynchronous comprehension outside of an asynchronous function")
		}
		c.expr(e.X)
		c.emit(bytecode.GET_AWAITABLE, 0)
		c.emit(bytecode.AWAIT, 0)
	case *ast.Yield:
		c.requireGenerator(e)
		c.optional(e.X)
		c.emit(bytecode.YIELD_VALUE, 0)
	case *ast.YieldFrom:
		c.requireGenerator(e)
		if c.u.scope.isAsync {
			c.errorf(e, "'yield from' inside async function")
		}
		c.expr(e.X)
		c.emit(bytecode.GET_YIELD_FROM, 0)
		c.emitConst(nil)
		c.yieldFrom()
	default:
		c.errorf(e, "unsupported expression")
	}
}

// yieldFrom emits the delegation loop of `yield from`: [it sent] → [result].
func (c *compiler) yieldFrom() {
	top, done := c.newLabel(), c.newLabel()
	c.place(top)
	c.emitJump(bytecode.YIELD_FROM, done) // [it sent] → [it value]; done: [result]
	c.adjust(1)
	c.emit(bytecode.YIELD_VALUE, 0) // [it sent]
	c.emitJump(bytecode.JUMP, top)
	c.adjust(-1)
	c.place(done)
}

func (c *compiler) requireGenerator(e ast.Expr) {
	if c.u.scope.kind != functionScope {
		c.errorf(e, "'yield' outside function")
	}
}

// optional pushes an expression, or None when it is absent.
func (c *compiler) optional(e ast.Expr) {
	if e == nil {
		c.emitConst(nil)
		return
	}
	c.expr(e)
}

func (c *compiler) compare(e *ast.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.expr(e.Comparators[0])
		c.setSpan(e)
		c.compareOp(e.Ops[0])
		return
	}
	// a < b < c: each middle operand is evaluated once and kept for the next comparison.
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		if i < len(e.Ops)-1 {
			c.emit(bytecode.SWAP, 2)
			c.emit(bytecode.COPY, 2)
			c.compareOp(op)
			c.emitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.compareOp(op)
		}
	}
	c.emitJump(bytecode.JUMP, end)
	c.place(cleanup) // [b false]
	c.adjust(1)
	c.emit(bytecode.SWAP, 2)
	c.emit(bytecode.POP_TOP, 0)
	c.place(end)
}

func (c *compiler) compareOp(op string) {
	switch op {
	case "is":
		c.emit(bytecode.IS_OP, 0)
	case "is not":
		c.emit(bytecode.IS_OP, 1)
	case "in":
		c.emit(bytecode.CONTAINS_OP, 0)
	case "not in":
		c.emit(bytecode.CONTAINS_OP, 1)
	default:
		c.emit(bytecode.COMPARE_OP, int(compareOps[op]))
	}
}

// sequence builds a list, tuple or set display, with `*x` unpacking where present.
func (c *compiler) sequence(elts []ast.Expr, build bytecode.Opcode) {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			starred = true
		}
	}
	if !starred {
		for _, e := range elts {
			c.expr(e)
		}
		c.emit(build, len(elts))
		return
	}
	// With unpacking, build a list (or set) piece by piece.
	build2, add, extend := bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND
	if build == bytecode.BUILD_SET {
		build2, add, extend = bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE
	}
	c.emit(build2, 0)
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.X)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	if build == bytecode.BUILD_TUPLE {
		c.emit(bytecode.LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *ast.Dict) {
	n := 0
	built := false
	flush := func() {
		if !built {
			c.emit(bytecode.BUILD_MAP, n)
			built = true
		} else if n > 0 {
			c.emit(bytecode.BUILD_MAP, n)
			c.emit(bytecode.DICT_UPDATE, 1)
		}
		n = 0
	}
	for i, k := range e.Keys {
		if k == nil {
			flush()
			c.expr(e.Values[i])
			c.emit(bytecode.DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		n++
	}
	if !built || n > 0 {
		flush()
	}
}

func (c *compiler) joinedStr(e *ast.JoinedStr) {
	if parts, ok := constantFString(e); ok {
		n := 0
		for _, v := range e.Values {
			if fv, isField := v.(*ast.FormattedValue); isField {
				c.expr(fv.Value)
				n++
			}
		}
		c.emit(bytecode.LOAD_CONST, c.constIndexOf(parts))
		c.setSpan(e)
		c.emit(bytecode.BUILD_FSTRING, n)
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) != 1 {
		c.emit(bytecode.BUILD_STRING, len(e.Values))
	}
}

// constantFString describes an f-string for BUILD_FSTRING when every format spec in it is
// constant text; an f-string with a nested field in a spec ({x:{width}}) takes the general
// FORMAT_VALUE path.
func constantFString(e *ast.JoinedStr) ([]string, bool) {
	parts := make([]string, 0, len(e.Values))
	for _, v := range e.Values {
		switch v := v.(type) {
		case *ast.Const:
			s, ok := v.Value.(string)
			if !ok {
				return nil, false
			}
			parts = append(parts, string(rune(bytecode.FStringLiteral))+s)
		case *ast.FormattedValue:
			spec := ""
			if v.Spec != nil {
				for _, sv := range v.Spec.Values {
					k, ok := sv.(*ast.Const)
					if !ok {
						return nil, false
					}
					s, ok := k.Value.(string)
					if !ok {
						return nil, false
					}
					spec += s
				}
			}
			conv := v.Conversion
			if conv == 0 {
				conv = '-'
			}
			parts = append(parts, string([]rune{bytecode.FStringField, conv})+spec)
		default:
			return nil, false
		}
	}
	return parts, true
}

func (c *compiler) formattedValue(e *ast.FormattedValue) {
	c.expr(e.Value)
	flags := map[rune]int{0: bytecode.FormatConvNone, 's': bytecode.FormatConvStr,
		'r': bytecode.FormatConvRepr, 'a': bytecode.FormatConvASCII}[e.Conversion]
	if e.Spec != nil {
		c.joinedStr(e.Spec)
		flags |= bytecode.FormatHasSpec
	}
	c.emit(bytecode.FORMAT_VALUE, flags)
}

// call compiles a call, choosing the cheapest calling sequence its arguments allow.
func (c *compiler) call(e *ast.Call) {
	unpacking := false
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			unpacking = true
		}
	}
	for _, k := range e.Keywords {
		if k.Name == "" {
			unpacking = true
		}
	}
	if attr, ok := e.Func.(*ast.Attribute); ok && !unpacking && len(e.Keywords) == 0 {
		c.expr(attr.X)
		c.setSpan(attr)
		c.emit(bytecode.LOAD_METHOD, c.name(attr.Name))
		for _, a := range e.Args {
			c.expr(a)
		}
		c.setSpan(e)
		c.emit(bytecode.CALL_METHOD, len(e.Args))
		return
	}
	c.expr(e.Func)
	if unpacking {
		if s, ok := soleStarred(e.Args); ok {
			c.expr(s.X) // CALL_EX takes any iterable, as CPython's f(*xs) does
		} else {
			c.sequence(e.Args, bytecode.BUILD_TUPLE)
		}
		if len(e.Keywords) > 0 {
			c.keywordsDict(e.Keywords)
		} else {
			c.emitConst(nil)
		}
		c.setSpan(e)
		c.emit(bytecode.CALL_EX, 0)
		return
	}
	for _, a := range e.Args {
		c.expr(a)
	}
	if len(e.Keywords) == 0 {
		c.setSpan(e)
		c.emit(bytecode.CALL, len(e.Args))
		return
	}
	names := make([]string, len(e.Keywords))
	for i, k := range e.Keywords {
		for _, seen := range names[:i] {
			if seen == k.Name {
				c.errorf(&e.Keywords[i], "keyword argument repeated: %s", k.Name)
			}
		}
		names[i] = k.Name
		c.expr(k.Value)
	}
	c.emit(bytecode.LOAD_CONST, c.constIndexOf(names))
	c.setSpan(e)
	c.emit(bytecode.CALL_KW, len(e.Args)+len(names))
}

// soleStarred reports whether a call's positional arguments are just one `*xs`.
func soleStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

// keywordsDict builds the **kwargs dict of a call that unpacks: name=value pairs and **maps,
// merged with a TypeError on repeated keys.
func (c *compiler) keywordsDict(kws []ast.Keyword) {
	c.emit(bytecode.BUILD_MAP, 0)
	for _, k := range kws {
		if k.Name == "" {
			c.expr(k.Value)
		} else {
			c.emitConst(k.Name)
			c.expr(k.Value)
			c.emit(bytecode.BUILD_MAP, 1)
		}
		c.emit(bytecode.DICT_MERGE, 1)
	}
}
