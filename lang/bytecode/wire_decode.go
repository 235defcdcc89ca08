package bytecode

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// decoder rebuilds a Code tree from the payload of a serialized one (see wire.go). The first
// failure sets bad and empties data, so every later read fails too and every count reads 0:
// decoding runs to its end without allocating more, and the result is thrown away.
type decoder struct {
	data  []byte
	pos   int
	strs  []string
	depth int
	bad   bool
}

// decodePayload decodes what is inside the frame (see wire.go).
func decodePayload(payload []byte) (*Code, error) {
	d := &decoder{data: payload}
	d.strTable()
	code := d.code()
	if d.bad || d.pos != len(d.data) {
		return nil, errWire
	}
	return code, nil
}

func (d *decoder) fail() {
	d.bad = true
	d.data, d.pos = nil, 0
}

func (d *decoder) enter() bool {
	d.depth++
	if d.depth > maxWireDepth {
		d.fail()
		return false
	}
	return true
}

func (d *decoder) leave() { d.depth-- }

func (d *decoder) uint(max uint64) uint64 {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 || v > max {
		d.fail()
		return 0
	}
	d.pos += n
	return v
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.data[d.pos:])
	if n <= 0 || v < math.MinInt || v > math.MaxInt {
		d.fail()
		return 0
	}
	d.pos += n
	return int(v)
}

// tag reads a constant's tag byte.
func (d *decoder) tag() byte {
	if d.pos >= len(d.data) {
		d.fail()
		return 0
	}
	d.pos++
	return d.data[d.pos-1]
}

// bytes returns the next n bytes, which the caller must not keep: they are the input's.
func (d *decoder) bytes(n int) []byte {
	if n > len(d.data)-d.pos {
		d.fail()
		return nil
	}
	d.pos += n
	return d.data[d.pos-n : d.pos]
}

// count reads a slice's count (see putList); every item takes at least a byte, so a count
// larger than what is left is damage, caught before anything is allocated for it.
func (d *decoder) count() (n int, isNil bool) {
	v := d.uint(uint64(len(d.data) - d.pos + 1))
	return int(v) - 1, v == 0
}

// getList reads a slice that putList wrote.
func getList[T any](d *decoder, item func() T) []T {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	s := make([]T, n)
	for i := range s {
		s[i] = item()
	}
	return s
}

// strTable reads the string table: one string holds all the bytes, and each entry is a
// piece of it.
func (d *decoder) strTable() {
	n := int(d.uint(uint64(len(d.data))))
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = int(d.uint(uint64(len(d.data))))
		total += lens[i]
	}
	all := string(d.bytes(total))
	d.strs = make([]string, n)
	for i, l := range lens {
		if d.bad {
			return
		}
		d.strs[i], all = all[:l], all[l:]
	}
}

func (d *decoder) str() string {
	i := d.uint(uint64(len(d.strs)))
	if d.bad || i == uint64(len(d.strs)) {
		d.fail()
		return ""
	}
	return d.strs[i]
}

func (d *decoder) code() *Code {
	if !d.enter() {
		return nil
	}
	defer d.leave()
	c := &Code{Name: d.str(), QualName: d.str(), Filename: d.str()}
	c.Flags = Flags(d.uint(math.MaxUint16))
	c.Doc = d.constant()
	c.ArgCount, c.PosOnlyCount, c.KwOnlyCount = d.int(), d.int(), d.int()
	c.Varnames = getList(d, d.str)
	c.Cellvars = getList(d, d.str)
	c.Freevars = getList(d, d.str)
	c.CellArgs = getList(d, d.int)
	c.Names = getList(d, d.str)
	c.Consts = getList(d, d.constant)
	c.Instrs = getList(d, func() uint32 { return uint32(d.uint(math.MaxUint32)) })
	c.Spans = d.spans()
	c.Anchors = d.anchors()
	c.Handlers = getList(d, func() Handler {
		return Handler{Start: d.int(), End: d.int(), Target: d.int(), Depth: d.int()}
	})
	c.MaxStack, c.FirstLine = d.int(), d.int()
	return c
}

func (d *decoder) spans() []ast.Span {
	line := 0
	return getList(d, func() ast.Span {
		var s ast.Span
		s.Start.Line = line + d.int()
		s.Start.Col = d.int()
		s.End.Line = s.Start.Line + d.int()
		s.End.Col = d.int()
		line = s.Start.Line
		return s
	})
}

func (d *decoder) span() ast.Span {
	return ast.Span{Start: ast.Pos{Line: d.int(), Col: d.int()}, End: ast.Pos{Line: d.int(), Col: d.int()}}
}

func (d *decoder) anchors() map[int]ast.Span {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	m := make(map[int]ast.Span, n)
	for range n {
		i := d.int()
		m[i] = d.span()
	}
	return m
}

func (d *decoder) constant() any {
	switch d.tag() {
	case tagNone:
		return nil
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		return big.NewInt(int64(d.int()))
	case tagBigPos:
		return new(big.Int).SetBytes(d.bytes(int(d.uint(uint64(len(d.data))))))
	case tagBigNeg:
		k := new(big.Int).SetBytes(d.bytes(int(d.uint(uint64(len(d.data))))))
		return k.Neg(k)
	case tagFloat:
		b := d.bytes(8)
		if d.bad {
			return nil
		}
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	case tagStr:
		return d.str()
	case tagBytes:
		n, isNil := d.count()
		if isNil {
			return []byte(nil)
		}
		return append([]byte{}, d.bytes(n)...)
	case tagEllipsis:
		return ast.Ellipsis
	case tagCode:
		return d.code()
	case tagPattern:
		return d.pattern()
	case tagNames:
		return getList(d, d.str)
	}
	d.fail()
	return nil
}

func (d *decoder) pattern() *Pattern {
	if !d.enter() {
		return nil
	}
	defer d.leave()
	p := &Pattern{Kind: PatternKind(d.uint(math.MaxUint8))}
	p.Value, p.Capture, p.Star = d.int(), d.int(), d.int()
	p.Keys = getList(d, d.int)
	p.KwAttrs = getList(d, d.str)
	p.Sub = getList(d, d.pattern)
	return p
}
