package bytecode

import (
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// encoder serializes a Code tree (see wire.go): buf receives the tree, strs the string
// table, in order of first use.
type encoder struct {
	buf   []byte
	strs  []string
	index map[string]int
	depth int
	err   error
}

func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// enter and leave bracket a nested code object or pattern (what); enter refuses a nil one
// and one nested too deep.
func (e *encoder) enter(isNil bool, what string) bool {
	switch {
	case isNil:
		e.fail(fmt.Errorf("bytecode: a nil %s cannot be serialized", what))
		return false
	case e.depth == maxWireDepth:
		e.fail(fmt.Errorf("bytecode: nesting deeper than %d cannot be serialized", maxWireDepth))
		return false
	}
	e.depth++
	return true
}

func (e *encoder) leave() { e.depth-- }

func (e *encoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

func (e *encoder) int(v int) { e.buf = binary.AppendVarint(e.buf, int64(v)) }

func (e *encoder) ints(vs ...int) {
	for _, v := range vs {
		e.int(v)
	}
}

func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = len(e.strs)
		e.index[s] = i
		e.strs = append(e.strs, s)
	}
	e.uint(uint64(i))
}

// putList writes a slice: its count plus one (0 for nil), then each item.
func putList[T any](e *encoder, s []T, item func(T)) {
	if s == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(s)) + 1)
	for _, x := range s {
		item(x)
	}
}

func (e *encoder) code(c *Code) {
	if !e.enter(c == nil, "code object") {
		return
	}
	defer e.leave()
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	e.uint(uint64(c.Flags))
	e.constant(c.Doc)
	e.ints(c.ArgCount, c.PosOnlyCount, c.KwOnlyCount)
	putList(e, c.Varnames, e.str)
	putList(e, c.Cellvars, e.str)
	putList(e, c.Freevars, e.str)
	putList(e, c.CellArgs, e.int)
	putList(e, c.Names, e.str)
	putList(e, c.Consts, e.constant)
	putList(e, c.Instrs, func(i uint32) { e.uint(uint64(i)) })
	e.spans(c.Spans)
	e.anchors(c.Anchors)
	putList(e, c.Handlers, func(h Handler) { e.ints(h.Start, h.End, h.Target, h.Depth) })
	e.ints(c.MaxStack, c.FirstLine)
}

// spans writes each span's start line as the change from the previous span's, and its end
// line as the change from its start: most are 0, one byte each.
func (e *encoder) spans(spans []ast.Span) {
	line := 0
	putList(e, spans, func(s ast.Span) {
		e.ints(s.Start.Line-line, s.Start.Col, s.End.Line-s.Start.Line, s.End.Col)
		line = s.Start.Line
	})
}

// anchors writes the map in order of instruction, so that equal code serializes equally.
func (e *encoder) anchors(m map[int]ast.Span) {
	if m == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(m)) + 1)
	for _, i := range slices.Sorted(maps.Keys(m)) {
		s := m[i]
		e.ints(i, s.Start.Line, s.Start.Col, s.End.Line, s.End.Col)
	}
}

func (e *encoder) constant(k any) {
	switch k := k.(type) {
	case nil:
		e.buf = append(e.buf, tagNone)
	case bool:
		e.buf = append(e.buf, tagFalse)
		if k {
			e.buf[len(e.buf)-1] = tagTrue
		}
	case *big.Int:
		e.bigInt(k)
	case float64:
		e.buf = append(e.buf, tagFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(k))
	case string:
		e.buf = append(e.buf, tagStr)
		e.str(k)
	case []byte: // b'' compiles to nil
		e.buf = append(e.buf, tagBytes)
		putList(e, k, func(b byte) { e.buf = append(e.buf, b) })
	case ast.EllipsisType:
		e.buf = append(e.buf, tagEllipsis)
	case *Code:
		e.buf = append(e.buf, tagCode)
		e.code(k)
	case *Pattern:
		e.buf = append(e.buf, tagPattern)
		e.pattern(k)
	case []string:
		e.buf = append(e.buf, tagNames)
		putList(e, k, e.str)
	default:
		e.fail(fmt.Errorf("bytecode: a constant of type %T cannot be serialized", k))
	}
}

func (e *encoder) bigInt(k *big.Int) {
	if k == nil {
		e.fail(fmt.Errorf("bytecode: a nil int constant cannot be serialized"))
		return
	}
	if k.IsInt64() {
		e.buf = append(e.buf, tagInt)
		e.buf = binary.AppendVarint(e.buf, k.Int64())
		return
	}
	tag := tagBigPos
	if k.Sign() < 0 {
		tag = tagBigNeg
	}
	e.buf = append(e.buf, tag)
	mag := k.Bytes()
	e.uint(uint64(len(mag)))
	e.buf = append(e.buf, mag...)
}

func (e *encoder) pattern(p *Pattern) {
	if !e.enter(p == nil, "pattern") {
		return
	}
	defer e.leave()
	e.uint(uint64(p.Kind))
	e.ints(p.Value, p.Capture, p.Star)
	putList(e, p.Keys, e.int)
	putList(e, p.KwAttrs, e.str)
	putList(e, p.Sub, e.pattern)
}
