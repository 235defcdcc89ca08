package parser

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// Dump renders a syntax tree in the style of Python's ast.dump, without positions: each node
// as `Type(field=value, ...)`, leaving out empty fields. It makes test expectations and
// debugging output readable, e.g. `Assign(Targets=[Name(ID="x")], Value=Const(1))`.
func Dump(node any) string {
	var b strings.Builder
	dumpValue(&b, reflect.ValueOf(node))
	return b.String()
}

var (
	spanType = reflect.TypeOf(ast.Span{})
	posType  = reflect.TypeOf(ast.Pos{})
)

func dumpValue(b *strings.Builder, v reflect.Value) {
	if !v.IsValid() {
		b.WriteString("None")
		return
	}
	switch x := v.Interface().(type) {
	case *big.Int:
		b.WriteString(x.String())
		return
	case []byte:
		dumpBytes(b, x)
		return
	case ast.EllipsisType:
		b.WriteString("Ellipsis")
		return
	case rune:
		b.WriteString(strconv.QuoteRune(x))
		return
	case bool:
		b.WriteString(map[bool]string{true: "True", false: "False"}[x])
		return
	case float64:
		f := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(f, ".eIN") {
			f += ".0" // keep floats apart from ints, as Python's repr does
		}
		b.WriteString(f)
		return
	case string:
		b.WriteString(strconv.Quote(x))
		return
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		dumpValue(b, v.Elem())
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			dumpValue(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.Struct:
		dumpStruct(b, v)
	default:
		fmt.Fprint(b, v.Interface())
	}
}

func dumpStruct(b *strings.Builder, v reflect.Value) {
	t := v.Type()
	b.WriteString(t.Name() + "(")
	n := 0
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		isConst := t == reflect.TypeOf(ast.Const{})
		if f.Type == spanType || f.Type == posType || !isConst && (fv.IsZero() || fv.Kind() == reflect.Slice && fv.Len() == 0) {
			continue
		}
		if n > 0 {
			b.WriteString(", ")
		}
		n++
		// A Const's value is its whole content, so it needs no field name.
		if !isConst {
			b.WriteString(f.Name + "=")
		}
		dumpValue(b, fv)
	}
	b.WriteByte(')')
}

// dumpBytes writes a bytes literal as Python shows it: printable ASCII as is, other bytes as
// \xNN escapes (strconv.Quote would decode valid UTF-8 sequences into characters).
func dumpBytes(b *strings.Builder, data []byte) {
	b.WriteString(`b"`)
	for _, c := range data {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= ' ' && c < 0x7f:
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		default:
			fmt.Fprintf(b, `\x%02x`, c)
		}
	}
	b.WriteByte('"')
}
