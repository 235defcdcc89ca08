package vm

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unsafe"

	"github.com/asyncscript/asyncscript/lang/bytecode"

	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// Repr is repr(v). th may be nil (see detached).
func Repr(th *Thread, v Value) (string, error) {
	th = detached(th)
	switch x := v.(type) {
	case NoneType:
		return "None", nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case Int, *BigInt:
		return intString(x)
	case Float:
		return floatRepr(float64(x)), nil
	case Str:
		return strRepr(string(x)), nil
	case Bytes:
		return pyfmt.QuoteBytes([]byte(x)), nil
	case *ByteArray:
		return byteArrayRepr(x.B), nil
	case *List:
		return reprSeq(th, x, "[", "]", x.Items(), false)
	case Tuple:
		return reprSeq(th, x, "(", ")", x, len(x) == 1)
	case *Dict:
		return reprDict(th, x)
	case *Set:
		return reprSet(th, x)
	case *Range:
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step), nil
	case *Slice:
		return reprSeq(th, x, "slice(", ")", []Value{x.Lower, x.Upper, x.Step}, false)
	case *Class:
		if x.meta != nil {
			if m := x.meta.metaHook("__repr__", typeReprFn); m != nil {
				return callStrMethod(th, m, v, "__repr__")
			}
		}
		return classRepr(x), nil
	case *Function:
		return fmt.Sprintf("<function %s at %s>", x.QualName, Addr(x)), nil
	case *Builtin:
		if x.Self != nil {
			return fmt.Sprintf("<built-in method %s of %s object at %s>", x.Name, TypeName(x.Self), Addr(x.Self)), nil
		}
		if x.isMethod {
			return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.qualPrefix), nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *BoundMethod:
		if b, ok := x.Func.(*Builtin); ok {
			// A built-in class method bound to its class: dict.fromkeys.
			return fmt.Sprintf("<built-in method %s of %s object at %s>", b.Name, TypeName(x.Self), Addr(x.Self)), nil
		}
		self, err := Repr(th, x.Self)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("<bound method %s of %s>", funcQualName(x.Func), self), nil
	case *Module:
		if f, ok := x.Get("__file__"); ok {
			if s, ok := f.(Str); ok {
				return "<module '" + x.Name + "' from '" + string(s) + "'>", nil
			}
		}
		if spec, ok := x.Get("__spec__"); ok && IsNone(spec) {
			return "<module '" + x.Name + "'>", nil // made by types.ModuleType, not imported
		}
		return "<module '" + x.Name + "' (built-in)>", nil
	case *DictView:
		inner, err := Repr(th, NewList(viewItems(x)))
		if err != nil {
			return "", err
		}
		return x.Type().Name + "(" + inner + ")", nil
	case *ClassMethod:
		return wrapperRepr(th, "classmethod", x.Func)
	case *StaticMethod:
		return wrapperRepr(th, "staticmethod", x.Func)
	case EllipsisValue:
		return "Ellipsis", nil
	case NotImplementedValue:
		return "NotImplemented", nil
	}
	if m, ok := v.Type().userMethod("__repr__"); ok {
		return callStrMethod(th, m, v, "__repr__")
	}
	if m, ok := baseDunder(v, "__repr__"); ok {
		return callStrMethod(th, m, v, "__repr__")
	}
	return reprObject(th, v)
}

// reprObject is the repr of a value whose class defines no __repr__.
func reprObject(th *Thread, v Value) (string, error) {
	if e, ok := v.(*Exception); ok {
		return exceptionRepr(th, e)
	}
	if r, ok := v.(interface{ Repr() string }); ok {
		return r.Repr(), nil
	}
	cls := v.Type()
	if cls.Module == "" || cls.Module == "builtins" {
		return fmt.Sprintf("<%s object at %s>", cls.QualName, Addr(v)), nil
	}
	return fmt.Sprintf("<%s.%s object at %s>", cls.Module, cls.QualName, Addr(v)), nil
}

func funcQualName(f Value) string {
	switch f := f.(type) {
	case *Function:
		return f.QualName
	case *Builtin:
		return f.Name
	}
	return "?"
}

// Addr is the address shown in default reprs, as CPython shows id() in hex.
func Addr(v Value) string { return fmt.Sprintf("0x%012x", ID(v)) }

// ID is id(v): the object's address for heap objects.
func ID(v Value) uintptr {
	type iface struct{ typ, data unsafe.Pointer }
	return uintptr((*iface)(unsafe.Pointer(&v)).data)
}

// callStrMethod calls a user-defined __repr__ or __str__, which must return a str; on a
// detached thread, which cannot run Python code, it gives the default repr instead.
func callStrMethod(th *Thread, m, v Value, name string) (string, error) {
	if th.interp == nil {
		return reprObject(th, v)
	}
	r, err := th.Call(m, []Value{v}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", Errorf(TypeError, "%s returned non-string (type %s)", name, TypeName(r))
	}
	return string(s), nil
}

// ReprGuard reports whether v is already being printed further up (a container that contains
// itself), and marks it otherwise; the caller must call the returned function when done.
func (th *Thread) ReprGuard(v Value) (bool, func()) {
	for _, x := range th.reprStack {
		if Is(x, v) {
			return true, func() {}
		}
	}
	th.reprStack = append(th.reprStack, v)
	return false, func() { th.reprStack = th.reprStack[:len(th.reprStack)-1] }
}

// reprNesting completes the RecursionError of a too deeply nested repr.
const reprNesting = " while getting the repr of an object"

func reprSeq(th *Thread, self Value, open, close string, items []Value, trailingComma bool) (string, error) {
	if err := th.enterNested(reprNesting, 1); err != nil {
		return "", err
	}
	defer th.leaveNested()
	if _, isList := self.(*List); isList {
		seen, done := th.ReprGuard(self)
		defer done()
		if seen {
			return "[...]", nil
		}
	}
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String(), nil
}

func reprDict(th *Thread, d *Dict) (string, error) {
	if err := th.enterNested(reprNesting, 1); err != nil {
		return "", err
	}
	defer th.leaveNested()
	seen, done := th.ReprGuard(d)
	defer done()
	if seen {
		return "{...}", nil
	}
	var b strings.Builder
	b.WriteString("{")
	for i, kv := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := Repr(th, kv[0])
		if err != nil {
			return "", err
		}
		v, err := Repr(th, kv[1])
		if err != nil {
			return "", err
		}
		b.WriteString(k + ": " + v)
	}
	b.WriteString("}")
	return b.String(), nil
}

func reprSet(th *Thread, s *Set) (string, error) {
	members := s.Members()
	if len(members) == 0 {
		if s.frozen {
			return "frozenset()", nil
		}
		return "set()", nil
	}
	inner, err := reprSeq(th, s, "{", "}", members, false)
	if s.frozen {
		return "frozenset(" + inner + ")", err
	}
	return inner, err
}

func viewItems(v *DictView) []Value {
	var out []Value
	for _, kv := range v.D.Items() {
		switch v.Kind {
		case 0:
			out = append(out, kv[0])
		case 1:
			out = append(out, kv[1])
		default:
			out = append(out, Tuple{kv[0], kv[1]})
		}
	}
	return out
}

// ToStr is str(v). th may be nil (see detached).
func ToStr(th *Thread, v Value) (string, error) {
	th = detached(th)
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return intString(x)
	case Float:
		return floatRepr(float64(x)), nil
	}
	if m, ok := v.Type().userMethod("__str__"); ok {
		return callStrMethod(th, m, v, "__str__")
	}
	if e, ok := v.(*Exception); ok {
		return exceptionStr(th, e)
	}
	if b, ok := baseOf(v); ok {
		if s, isStr := b.(Str); isStr {
			return string(s), nil // str.__str__; the other built-ins' str is their repr
		}
	}
	return Repr(th, v)
}

// Format is format(v, spec).
func Format(th *Thread, v Value, spec string) (string, error) {
	var (
		s   string
		err error
	)
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x), nil
		}
		sp, perr := pyfmt.ParseSpec(spec, "str")
		if perr != nil {
			return "", PyError(perr)
		}
		s, err = pyfmt.FormatStr(string(x), sp)
	case Bool:
		if spec == "" {
			return Repr(th, x)
		}
		return Format(th, MakeInt(map[Bool]int64{true: 1, false: 0}[x]), spec)
	case Int, *BigInt:
		if spec == "" {
			return intString(x)
		}
		sp, perr := pyfmt.ParseSpec(spec, TypeName(x))
		if perr != nil {
			return "", PyError(perr)
		}
		s, err = pyfmt.FormatInt(toBig(x), sp)
	case Float:
		if spec == "" {
			return floatRepr(float64(x)), nil
		}
		sp, perr := pyfmt.ParseSpec(spec, "float")
		if perr != nil {
			return "", PyError(perr)
		}
		s, err = pyfmt.FormatFloat(float64(x), sp)
	default:
		// Only other types can define __format__: the core types above cannot be subclassed.
		if m, ok := v.Type().userMethod("__format__"); ok {
			r, err := th.Call(m, []Value{v, Str(spec)}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeError, "__format__ must return a str, not %s", TypeName(r))
			}
			return string(s), nil
		}
		if b, ok := baseOf(v); ok && spec != "" {
			return Format(th, b, spec)
		}
		if spec != "" {
			return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
		}
		return ToStr(th, v)
	}
	if err != nil {
		return "", PyError(err)
	}
	return s, nil
}

// PyError converts an error from pyfmt into the Python exception it describes.
func PyError(err error) error {
	if e, ok := err.(*pyfmt.Error); ok {
		cls := ValueError
		for _, c := range ExceptionClasses {
			if c.Name == e.Type {
				cls = c
			}
		}
		return Errorf(cls, "%s", e.Msg)
	}
	return err
}

// formatValue implements an f-string field: conversion, then the format spec.
func formatValue(th *Thread, v Value, conv int, spec Value) (Value, error) {
	var err error
	switch conv {
	case 1:
		var s string
		s, err = ToStr(th, v)
		v = Str(s)
	case 2, 3:
		var s string
		s, err = Repr(th, v)
		if conv == 3 {
			s = asciiEscape(s)
		}
		v = Str(s)
	}
	if err != nil {
		return nil, err
	}
	sp := string(spec.(Str))
	if s, ok := v.(Str); ok && sp == "" {
		return s, nil
	}
	s, err := Format(th, v, sp)
	return Str(s), err
}

// concatStrings joins the str values of an f-string.
func concatStrings(parts []Value) Value {
	n := 0
	for _, p := range parts {
		n += len(p.(Str))
	}
	v, b := newStrValue(n)
	w := 0
	for _, p := range parts {
		w += copy(b[w:], p.(Str))
	}
	return v
}

func sortedKeys(m map[string]Value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// asciiEscape is ascii()'s treatment of a repr: non-ASCII characters become escapes.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// ASCII is ascii(v): repr with non-ASCII characters escaped.
func ASCII(th *Thread, v Value) (string, error) {
	s, err := Repr(th, v)
	return asciiEscape(s), err
}

// buildFString formats an f-string in one pass: literal parts are copied, fields formatted
// straight into the result, so no intermediate str values are made.
func buildFString(th *Thread, parts Tuple, values []Value) (Value, error) {
	size := 16 * len(values)
	for _, p := range parts {
		size += len(p.(Str))
	}
	b := make([]byte, 0, size)
	next := 0
	for _, p := range parts {
		part := string(p.(Str))
		if part[0] == bytecode.FStringLiteral {
			b = append(b, part[1:]...)
			continue
		}
		v := values[next]
		next++
		conv, spec := part[1], part[2:]
		if conv == '-' && spec == "" {
			switch x := v.(type) {
			case Str:
				b = append(b, x...)
				continue
			case Int:
				b = strconv.AppendInt(b, int64(x), 10)
				continue
			case Float:
				b = pyfmt.AppendFloatRepr(b, float64(x))
				continue
			}
		}
		if conv == '-' {
			s, err := Format(th, v, spec)
			if err != nil {
				return nil, err
			}
			b = append(b, s...)
			continue
		}
		s, err := formatValue(th, v, fstringConv[conv], Str(spec))
		if err != nil {
			return nil, err
		}
		b = append(b, s.(Str)...)
	}
	if len(b) == 0 {
		return Str(""), nil
	}
	// b is never written again, so the str can share its bytes instead of copying them.
	return Str(unsafe.String(&b[0], len(b))), nil
}

// fstringConv maps BUILD_FSTRING's conversion letters to FORMAT_VALUE's conversion codes.
var fstringConv = map[byte]int{'-': bytecode.FormatConvNone, 's': bytecode.FormatConvStr,
	'r': bytecode.FormatConvRepr, 'a': bytecode.FormatConvASCII}

// wrapperRepr is the repr of a classmethod or staticmethod object: CPython's
// <classmethod(<function C.f at 0x...>)>.
func wrapperRepr(th *Thread, kind string, fn Value) (string, error) {
	inner, err := Repr(th, fn)
	if err != nil {
		return "", err
	}
	return "<" + kind + "(" + inner + ")>", nil
}
