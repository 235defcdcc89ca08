package vm

import (
	"fmt"
	"math"
	"sync/atomic"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// argStyle selects which of CPython's argument-checking routines a built-in imitates: each
// words its errors differently, and scripts that print those errors must match exactly.
type argStyle int

const (
	// noArgs is METH_NOARGS: "list.copy() takes no arguments (1 given)".
	noArgs argStyle = iota
	// oneArg is METH_O: "list.append() takes exactly one argument (0 given)".
	oneArg
	// posArgs is Argument Clinic's positional-only check: "pop expected at most 1 argument, got 2".
	posArgs
	// tupleArgs is PyArg_ParseTuple(AndKeywords): "split() takes at most 2 arguments (3 given)".
	tupleArgs
	// kwOnlyArgs takes keyword arguments only, as list.sort: "sort() takes no positional arguments".
	kwOnlyArgs
	// varArgs passes the positional arguments through unchecked, and takes no keywords.
	varArgs
	// varKwArgs passes the positional and keyword arguments through unchecked.
	varKwArgs
)

// signature describes a built-in callable's parameters for argument checking.
type signature struct {
	// qual is the name CPython's METH_NOARGS/METH_O errors use: "list.append", or "int" for a
	// constructor; name is the bare name the other routines use: "append".
	qual, name string
	style      argStyle
	min, max   int
	// kw names the parameters that may be passed by keyword, in positional order; nil means
	// the callable takes no keyword arguments.
	kw []string
}

// bind checks a call's arguments against the signature and returns them by position: a
// slice of length max where parameters not passed are nil. For varArgs and varKwArgs, it is
// a copy of args. The result never aliases args.
func (s *signature) bind(args []Value, kwargs *Dict) ([]Value, error) {
	nkw := 0
	if kwargs != nil {
		nkw = kwargs.Len()
	}
	if nkw > 0 && s.kw == nil && s.style != varKwArgs {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", s.qual)
	}
	n := len(args)
	switch s.style {
	case varArgs, varKwArgs:
		return append([]Value(nil), args...), nil
	case noArgs:
		if n != 0 {
			return nil, Errorf(TypeError, "%s() takes no arguments (%d given)", s.qual, n)
		}
	case oneArg:
		if n != 1 {
			return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", s.qual, n)
		}
	case posArgs:
		switch {
		case s.min == s.max && n != s.min:
			return nil, Errorf(TypeError, "%s expected %d argument%s, got %d", s.name, s.min, plural(s.min), n)
		case n < s.min:
			return nil, Errorf(TypeError, "%s expected at least %d argument%s, got %d", s.name, s.min, plural(s.min), n)
		case n > s.max:
			return nil, Errorf(TypeError, "%s expected at most %d argument%s, got %d", s.name, s.max, plural(s.max), n)
		}
	case kwOnlyArgs:
		if n > 0 {
			return nil, Errorf(TypeError, "%s() takes no positional arguments", s.name)
		}
		if nkw > s.max {
			return nil, Errorf(TypeError, "%s() takes at most %d keyword argument%s (%d given)", s.name, s.max, plural(s.max), nkw)
		}
	case tupleArgs:
		if n+nkw > s.max {
			kind := ""
			if n == 0 {
				kind = "keyword "
			}
			return nil, Errorf(TypeError, "%s() takes at most %d %sargument%s (%d given)", s.name, s.max, kind, plural(s.max), n+nkw)
		}
	}
	if nkw == 0 && n == s.max {
		// Every parameter given positionally: the arguments are already in place. Methods
		// use them during the call only, so aliasing the caller's stack is safe.
		return args, nil
	}
	out := make([]Value, s.max)
	copy(out, args)
	if nkw > 0 {
		if err := s.bindKeywords(out, n, kwargs); err != nil {
			return nil, err
		}
	}
	if s.style == tupleArgs {
		given := 0
		for _, v := range out[:s.min] {
			if v != nil {
				given++
			}
		}
		if given < s.min {
			how := "at least"
			if s.min == s.max {
				how = "exactly"
			}
			return nil, Errorf(TypeError, "%s() takes %s %d argument%s (%d given)", s.name, how, s.min, plural(s.min), n+nkw)
		}
	}
	return out, nil
}

// bindKeywords stores keyword arguments into their positions; npos positions are taken by
// positional arguments already.
func (s *signature) bindKeywords(out []Value, npos int, kwargs *Dict) error {
	for _, kv := range kwargs.Items() {
		name, _ := kv[0].(Str)
		i := -1
		for j, k := range s.kw {
			if k == string(name) {
				i = j
			}
		}
		if i < 0 {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", name, s.name)
		}
		if i < npos {
			return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", s.name, name, i+1)
		}
		out[i] = kv[1]
	}
	return nil
}

// methodFunc implements a built-in method once its arguments are checked: args holds the
// bound parameters (see signature.bind); kwargs is only non-nil for varKwArgs methods.
type methodFunc func(th *Thread, self Value, args []Value, kwargs *Dict) (Value, error)

// methodDef declares one built-in method for defineMethods.
type methodDef struct {
	name     string
	style    argStyle
	min, max int
	kw       []string
	fn       methodFunc
}

// defineMethods installs methods on cls, each checking its receiver and arguments the way
// CPython does before running.
func defineMethods(cls *Class, defs []methodDef) {
	m := make(map[string]NativeFunc, len(defs))
	for _, d := range defs {
		sig := &signature{qual: cls.Name + "." + d.name, name: d.name, style: d.style, min: d.min, max: d.max, kw: d.kw}
		m[d.name] = wrapMethod(cls, sig, d.fn)
	}
	cls.AddMethods(m)
}

// wrapMethod checks the receiver (which is missing or foreign when the method is called
// through the class, as list.append(x, 1)) and the arguments, then calls fn.
func wrapMethod(cls *Class, sig *signature, fn methodFunc) NativeFunc {
	// Methods of list, str and the other subclassable types work on the built-in value
	// inside an instance of a subclass.
	_, unwrapSelf := subclassableBuiltins[cls]
	return func(th *Thread, args []Value, kwargs *Dict) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "unbound method %s() needs an argument", sig.qual)
		}
		self := args[0]
		if !self.Type().IsSubclass(cls) {
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				sig.name, cls.Name, TypeName(self))
		}
		bound, err := sig.bind(args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		if sig.style != varKwArgs {
			kwargs = nil
		}
		if unwrapSelf {
			self = unwrap(self)
		}
		return fn(th, self, bound, kwargs)
	}
}

// defineConstructor makes calling the built-in class cls run fn with its checked arguments.
func defineConstructor(cls *Class, style argStyle, min, max int, kw []string, fn func(th *Thread, args []Value, kwargs *Dict) (Value, error)) {
	sig := &signature{qual: cls.Name, name: cls.Name, style: style, min: min, max: max, kw: kw}
	cls.construct = func(th *Thread, args []Value, kwargs *Dict) (Value, error) {
		bound, err := sig.bind(args, kwargs)
		if err != nil {
			return nil, err
		}
		if style != varKwArgs {
			kwargs = nil
		}
		return fn(th, bound, kwargs)
	}
}

// indexValue converts an argument that must be an integer (a count, a position, a width),
// calling a user __index__ if there is one, with CPython's errors.
func indexValue(th *Thread, v Value) (int, error) {
	v = unwrap(v)
	if m, ok := v.Type().userMethod("__index__"); ok && !isInt(v) {
		r, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if !isInt(r) {
			return 0, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
		v = r
	}
	if i, ok := asInt64(v); ok {
		return int(i), nil
	}
	if _, ok := v.(*BigInt); ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// intArgument converts an argument that must be an int of any size, calling a user
// __index__ if there is one.
func intArgument(th *Thread, v Value) (Value, error) {
	if isInt(v) {
		if b, ok := v.(Bool); ok {
			return MakeInt(map[Bool]int64{true: 1, false: 0}[b]), nil
		}
		return v, nil
	}
	n, err := indexValue(th, v)
	return MakeInt(int64(n)), err
}

// optIndex is indexValue for an optional argument, giving def when it was not passed.
func optIndex(th *Thread, v Value, def int) (int, error) {
	if v == nil {
		return def, nil
	}
	return indexValue(th, v)
}

// sliceBound converts a start or end argument of find, index, count and friends: ints clamp
// instead of overflowing, as in CPython's _PyEval_SliceIndex; None (when allowed) and a
// missing argument give def.
func sliceBound(v Value, def int, allowNone bool) (int, error) {
	if v == nil || (allowNone && v == None) {
		return def, nil
	}
	if i, ok := asInt64(v); ok {
		return int(i), nil
	}
	if b, ok := v.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	if allowNone {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
}

// adjustIndices resolves start and end against a length n as CPython's ADJUST_INDICES does:
// negative values count from the end, and both are clamped to [0, n].
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end
}

func init() {
	defineConstructor(IntClass, tupleArgs, 0, 2, []string{"", "base"}, constructInt)
	defineConstructor(BoolClass, posArgs, 0, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if a[0] == nil {
			return False, nil
		}
		t, err := Truth(th, a[0])
		return Bool(t), err
	})
	defineConstructor(FloatClass, posArgs, 0, 1, nil, constructFloat)
	defineConstructor(StrClass, tupleArgs, 0, 3, []string{"object", "encoding", "errors"}, constructStr)
	defineConstructor(ListClass, posArgs, 0, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		items, err := iterableItems(th, a[0])
		return NewList(items), err
	})
	defineConstructor(TupleClass, posArgs, 0, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if t, ok := a[0].(Tuple); ok {
			return t, nil
		}
		items, err := iterableItems(th, a[0])
		return Tuple(items), err
	})
	defineConstructor(DictClass, varKwArgs, 0, 0, nil, func(th *Thread, a []Value, kw *Dict) (Value, error) {
		d := NewDict()
		return d, dictUpdateArgs(th, d, "dict", a, kw)
	})
	defineConstructor(SetClass, posArgs, 0, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return newSetFrom(th, a[0], false)
	})
	defineConstructor(FrozenSetClass, posArgs, 0, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if s, ok := a[0].(*Set); ok && s.frozen {
			return s, nil
		}
		return newSetFrom(th, a[0], true)
	})
	defineConstructor(RangeClass, posArgs, 1, 3, nil, constructRange)
	defineConstructor(SliceClass, posArgs, 1, 3, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		for i := range a {
			if a[i] == nil {
				a[i] = None
			}
		}
		if len(a) == 3 && a[1] == None && a[2] == None {
			// slice(stop): the single argument is the upper bound.
			return &Slice{Lower: None, Upper: a[0], Step: None}, nil
		}
		return &Slice{Lower: a[0], Upper: a[1], Step: a[2]}, nil
	})
	defineConstructor(ObjectClass, varKwArgs, 0, 0, nil, func(th *Thread, a []Value, kw *Dict) (Value, error) {
		if len(a) > 0 || (kw != nil && kw.Len() > 0) {
			return nil, Errorf(TypeError, "object() takes no arguments")
		}
		return &Instance{Class: ObjectClass}, nil
	})
	defineConstructor(TypeClass, varKwArgs, 0, 0, nil, constructType)
	defineConstructor(StaticMethodClass, posArgs, 1, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return &StaticMethod{Func: a[0]}, nil
	})
	defineConstructor(ClassMethodClass, posArgs, 1, 1, nil, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return &ClassMethod{Func: a[0]}, nil
	})
	defineConstructor(PropertyClass, tupleArgs, 0, 4, []string{"fget", "fset", "fdel", "doc"}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return &Property{Get: noneToNil(a[0]), Set: noneToNil(a[1]), Del: noneToNil(a[2]), Doc: noneToNil(a[3])}, nil
	})
	defineConstructor(SuperClass, posArgs, 0, 2, nil, constructSuper)
	defineMethods(PropertyClass, []methodDef{
		{"getter", oneArg, 1, 1, nil, propertyCopier(func(p *Property, f Value) { p.Get = f })},
		{"setter", oneArg, 1, 1, nil, propertyCopier(func(p *Property, f Value) { p.Set = f })},
		{"deleter", oneArg, 1, 1, nil, propertyCopier(func(p *Property, f Value) { p.Del = f })},
	})
	defineObjectMethods()
	defineTypeMethods()
}

// noneToNil maps None to nil, how Property marks a missing accessor.
func noneToNil(v Value) Value {
	if v == None {
		return nil
	}
	return v
}

// propertyCopier makes the decorator methods (@p.setter): each returns a new property with
// one accessor replaced, leaving the original unchanged as Python does.
func propertyCopier(set func(p *Property, f Value)) methodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		p := *self.(*Property)
		set(&p, noneToNil(a[0]))
		return &p, nil
	}
}

// iterableItems returns a new slice of an iterable's items (empty for a missing argument).
func iterableItems(th *Thread, v Value) ([]Value, error) {
	if v == nil {
		return []Value{}, nil
	}
	items, err := ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	return append(make([]Value, 0, len(items)), items...), nil
}

// newSetFrom makes a set or frozenset of an iterable's items (empty for nil).
func newSetFrom(th *Thread, v Value, frozen bool) (*Set, error) {
	s := NewSet()
	s.frozen = frozen
	if v == nil {
		return s, nil
	}
	return s, setUpdate(th, s, v)
}

// constructInt is int(x=0, base=10).
func constructInt(th *Thread, a []Value, _ *Dict) (Value, error) {
	x, baseV := unwrap(a[0]), a[1]
	if x == nil {
		if baseV != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if baseV != nil {
		base, err := indexValue(th, baseV)
		if err != nil {
			return nil, err
		}
		if base != 0 && (base < 2 || base > 36) {
			return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := x.(Str)
		if !ok {
			if b, isBytes := x.(Bytes); isBytes {
				s = Str(b)
			} else {
				return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
			}
		}
		return parseIntValue(string(s), base)
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return MakeBigInt(toBig(v)), nil
	case Float:
		return floatToInt(float64(v))
	case Str:
		return parseIntValue(string(v), 10)
	case Bytes:
		return parseIntValue(string(v), 10)
	}
	for _, name := range [...]string{"__int__", "__index__", "__trunc__"} {
		if m, ok := x.Type().userMethod(name); ok {
			r, err := th.Call(m, []Value{x}, nil)
			if err != nil {
				return nil, err
			}
			if !isInt(r) {
				return nil, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeName(r))
			}
			return MakeBigInt(toBig(r)), nil
		}
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// parseIntValue parses int literal text in the given base.
func parseIntValue(s string, base int) (Value, error) {
	b, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return nil, PyError(err)
	}
	return MakeBigInt(b), nil
}

// constructFloat is float(x=0.0).
func constructFloat(th *Thread, a []Value, _ *Dict) (Value, error) {
	a[0] = unwrap(a[0])
	switch v := a[0].(type) {
	case nil:
		return Float(0), nil
	case Float:
		return v, nil
	case Str:
		return parseFloatValue(string(v))
	case Bytes:
		return parseFloatValue(string(v))
	case Int, *BigInt, Bool:
		f, _, err := asFloat(v)
		return Float(f), err
	}
	x := a[0]
	if m, ok := x.Type().userMethod("__float__"); ok {
		r, err := th.Call(m, []Value{x}, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Float); !ok {
			return nil, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
		}
		return r, nil
	}
	if m, ok := x.Type().userMethod("__index__"); ok {
		r, err := th.Call(m, []Value{x}, nil)
		if err != nil {
			return nil, err
		}
		f, ok, err := asFloat(r)
		if !ok || isFloat(r) {
			return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
		return Float(f), err
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(x))
}

func parseFloatValue(s string) (Value, error) {
	f, err := pyfmt.ParseFloat(s)
	if err != nil {
		return nil, PyError(err)
	}
	if math.IsNaN(f) {
		return freshNaN(math.Signbit(f)), nil
	}
	return Float(f), nil
}

// nanSerial numbers the NaNs float() makes. Each gets its own payload bits, so two NaNs
// from two calls are different objects to `is` (see Is), as in CPython.
var nanSerial atomic.Uint64

func freshNaN(negative bool) Value {
	const quietNaN = 0x7FF8000000000000
	bits := uint64(quietNaN) | nanSerial.Add(1)&(1<<51-1)
	if negative {
		bits |= 1 << 63
	}
	return Float(math.Float64frombits(bits))
}

// constructStr is str(object=”), or str(bytes, encoding, errors) decoding UTF-8.
func constructStr(th *Thread, a []Value, _ *Dict) (Value, error) {
	x, enc, errs := a[0], a[1], a[2]
	if enc == nil && errs == nil {
		if x == nil {
			return Str(""), nil
		}
		s, err := ToStr(th, x)
		return Str(s), err
	}
	b, ok := x.(Bytes)
	if !ok {
		if _, isStr := x.(Str); isStr {
			return nil, Errorf(TypeError, "decoding str is not supported")
		}
		return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(x))
	}
	if enc != nil {
		if _, err := encodingName(enc, "str"); err != nil {
			return nil, err
		}
	}
	return Str(b), nil
}

// constructRange is range(stop) or range(start, stop[, step]).
func constructRange(th *Thread, a []Value, _ *Dict) (Value, error) {
	var nums [3]Value
	for i, v := range a {
		if v == nil {
			continue
		}
		n, err := intArgument(th, v)
		if err != nil {
			return nil, err
		}
		nums[i] = n
	}
	switch {
	case a[1] == nil:
		return newRange(MakeInt(0), nums[0], MakeInt(1))
	case a[2] == nil:
		return newRange(nums[0], nums[1], MakeInt(1))
	}
	return newRange(nums[0], nums[1], nums[2])
}

// dictUpdateArgs implements dict(...) and d.update(...): at most one positional mapping or
// iterable of pairs, then the keyword arguments.
func dictUpdateArgs(th *Thread, d *Dict, name string, args []Value, kwargs *Dict) error {
	if len(args) > 1 {
		return Errorf(TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := dictMerge(th, d, args[0]); err != nil {
			return err
		}
	}
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			if err := d.Set(th, kv[0], kv[1]); err != nil {
				return err
			}
		}
	}
	return nil
}

// dictMerge adds a mapping's items (a dict, or an object with keys() and __getitem__) or an
// iterable of key-value pairs to d.
func dictMerge(th *Thread, d *Dict, src Value) error {
	if m, ok := src.(*Dict); ok {
		for _, kv := range m.Items() {
			if err := d.Set(th, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, ok := src.Type().userMethod("keys"); ok {
		ks, err := th.Call(keys, []Value{src}, nil)
		if err != nil {
			return err
		}
		return Iterate(th, ks, func(k Value) error {
			v, err := GetItem(th, src, k)
			if err != nil {
				return err
			}
			return d.Set(th, k, v)
		})
	}
	i := 0
	return Iterate(th, src, func(item Value) error {
		pair, err := ToSlice(th, item)
		if err != nil {
			if _, iterErr := Iter(th, item); iterErr != nil {
				return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.Set(th, pair[0], pair[1])
	})
}

// Super is what super() returns: attribute lookup on Obj that starts after Class in the MRO
// of Obj's class (or of Obj itself, when Obj is a class, as in a classmethod).
type Super struct {
	Class *Class
	Obj   Value
}

// SuperClass is the class of super objects. GetAttr asks a super object first, so the
// attributes after Class in the MRO win over those of super itself.
var SuperClass = newBuiltinClass("super", ObjectClass)

// Type implements Value.
func (*Super) Type() *Class { return SuperClass }

// Repr gives super's repr, <super: <class 'C'>, <C object>>.
func (s *Super) Repr() string {
	cls, _ := Repr(nil, s.Class)
	return fmt.Sprintf("<super: %s, <%s object>>", cls, TypeName(s.Obj))
}

// attr finds name in the classes after s.Class in the MRO and binds it to the object as
// an ordinary attribute access would (to the class itself in a classmethod).
func (s *Super) attr(th *Thread, name string) (Value, bool, error) {
	start := s.Obj.Type()
	c, onClass := s.Obj.(*Class)
	if onClass && c.IsSubclass(s.Class) {
		start = c
	} else {
		onClass = false
	}
	mro := start.MRO()
	for i, k := range mro {
		if k != s.Class {
			continue
		}
		for _, base := range mro[i+1:] {
			v, ok := base.Dict[name]
			if !ok {
				if v, ok = baseDunders[base][name]; !ok {
					continue
				}
			}
			var r Value
			var err error
			if onClass {
				r, err = classDescrGet(th, v, start)
			} else {
				r, err = descrGet(th, v, s.Obj, start)
			}
			return r, true, err
		}
	}
	return nil, false, nil
}

// constructSuper is super(), which finds its class and object in the calling method, or
// super(cls, obj).
func constructSuper(th *Thread, a []Value, _ *Dict) (Value, error) {
	if a[0] == nil {
		return zeroArgSuper(th)
	}
	cls, ok := a[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(a[0]))
	}
	obj := a[1]
	if obj == nil {
		return nil, Errorf(TypeError, "super() with one argument is not supported")
	}
	if c, isClass := obj.(*Class); !obj.Type().IsSubclass(cls) && !(isClass && c.IsSubclass(cls)) {
		return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Class: cls, Obj: obj}, nil
}

// zeroArgSuper implements super() with no arguments: the compiler gives every method that
// mentions super a __class__ free variable holding the class being defined, and the object
// is the method's first argument.
func zeroArgSuper(th *Thread) (Value, error) {
	fr := th.frame
	if fr == nil || fr.code.ArgCount == 0 {
		return nil, Errorf(RuntimeError, "super(): no arguments")
	}
	code := fr.code
	obj := fr.slots[0]
	for i, name := range code.Cellvars {
		// The first argument may live in a cell when an inner function captures it.
		if name == code.Varnames[0] && fr.cells[i] != nil && fr.cells[i].Value != nil {
			obj = fr.cells[i].Value
		}
	}
	if obj == nil {
		return nil, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range code.Freevars {
		if name != "__class__" {
			continue
		}
		cell := fr.cells[len(code.Cellvars)+i]
		if cell == nil || cell.Value == nil {
			return nil, Errorf(RuntimeError, "super(): empty __class__ cell")
		}
		cls, ok := cell.Value.(*Class)
		if !ok {
			return nil, Errorf(RuntimeError, "super(): __class__ is not a type (%s)", TypeName(cell.Value))
		}
		return constructSuper(th, []Value{cls, obj}, nil)
	}
	return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
}

// compareLess is a < b as sorting and min/max use it: the truth of the rich comparison.
func compareLess(th *Thread, a, b Value) (bool, error) {
	r, err := Compare(th, bytecode.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}
