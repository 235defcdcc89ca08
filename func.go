package asyncscript

import (
	"context"
	"fmt"
	"math/big"
	"reflect"

	"github.com/asyncscript/asyncscript/vm"
)

var (
	contextType = reflect.TypeFor[context.Context]()
	errorType   = reflect.TypeFor[error]()
	valueType   = reflect.TypeFor[vm.Value]()
	anyType     = reflect.TypeFor[any]()
	bigIntType  = reflect.TypeFor[*big.Int]()
)

// Func makes fn, any Go function, a global function of the __main__ module. Script
// arguments are converted to fn's parameter types (ints, floats, strings, bools, []byte,
// slices, map[string]T, *big.Int, any, vm.Value); a first parameter of type
// context.Context receives the context of the running Run, Call or Eval, so a function that
// blocks can stop when the run is cancelled. Results: none is None, one is the value, more
// make a tuple; a last result of type error raises an exception when not nil (see Error).
// A panic in fn raises RuntimeError in the script.
func (it *Interpreter) Func(name string, fn any) error {
	rv := reflect.ValueOf(fn)
	if rv.Kind() != reflect.Func || rv.IsNil() {
		return fmt.Errorf("asyncscript: Func %s: %T is not a function", name, fn)
	}
	b, err := it.builtin(name, rv)
	if err != nil {
		return err
	}
	it.main.Set(name, b)
	return nil
}

// builtin wraps a Go function as a built-in function named name.
func (it *Interpreter) builtin(name string, fn reflect.Value) (vm.Value, error) {
	sig := newSignature(name, fn.Type())
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		in, err := sig.bind(args, kwargs)
		if err != nil {
			return nil, err
		}
		if sig.takesContext {
			in = append([]reflect.Value{reflect.ValueOf(it.ctx)}, in...)
		}
		out, err := callGo(name, fn, in)
		if err != nil {
			return nil, err
		}
		return it.results(sig, out)
	}), nil
}

// signature is how a Go function's parameters and results meet a script call.
type signature struct {
	name         string
	t            reflect.Type
	takesContext bool
	// params are the types of the parameters the script passes (after any context).
	params []reflect.Type
	// returnsError marks a last result of type error.
	returnsError bool
}

// newSignature describes a Go function type.
func newSignature(name string, t reflect.Type) *signature {
	s := &signature{name: name, t: t}
	first := 0
	if t.NumIn() > 0 && t.In(0) == contextType {
		s.takesContext, first = true, 1
	}
	for i := first; i < t.NumIn(); i++ {
		s.params = append(s.params, t.In(i))
	}
	s.returnsError = t.NumOut() > 0 && t.Out(t.NumOut()-1) == errorType
	return s
}

// bind converts a script call's arguments to the Go parameters.
func (s *signature) bind(args []vm.Value, kwargs *vm.Dict) ([]reflect.Value, error) {
	if kwargs != nil && kwargs.Len() > 0 {
		return nil, vm.Errorf(vm.TypeError, "%s() takes no keyword arguments", s.name)
	}
	fixed := len(s.params)
	if s.t.IsVariadic() {
		fixed--
		if len(args) < fixed {
			return nil, vm.Errorf(vm.TypeError, "%s() takes at least %d argument%s (%d given)", s.name, fixed, plural(fixed), len(args))
		}
	} else if len(args) != fixed {
		return nil, vm.Errorf(vm.TypeError, "%s() takes exactly %d argument%s (%d given)", s.name, fixed, plural(fixed), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		t := s.params[min(i, len(s.params)-1)]
		if i >= fixed {
			t = t.Elem() // the variadic parameter's element type
		}
		v, err := toGo(a, t)
		if err != nil {
			return nil, vm.Errorf(vm.TypeError, "%s() argument %d must be %s, not %s", s.name, i+1, err.Error(), vm.TypeName(a))
		}
		in[i] = v
	}
	return in, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// callGo calls fn, turning a panic into RuntimeError.
func callGo(name string, fn reflect.Value, in []reflect.Value) (out []reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = vm.Errorf(vm.RuntimeError, "Go function %s panicked: %v", name, r)
		}
	}()
	return fn.Call(in), nil
}

// results converts a Go function's results to the value of the script call.
func (it *Interpreter) results(s *signature, out []reflect.Value) (vm.Value, error) {
	if s.returnsError {
		if e := out[len(out)-1]; !e.IsNil() {
			return nil, it.goException(e.Interface().(error))
		}
		out = out[:len(out)-1]
	}
	switch len(out) {
	case 0:
		return vm.None, nil
	case 1:
		return it.reflectValue(out[0])
	}
	items := make(vm.Tuple, len(out))
	for i, o := range out {
		v, err := it.reflectValue(o)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

// toGo converts a script value to Go type t; the error names the type expected, in
// Python's words.
func toGo(v vm.Value, t reflect.Type) (reflect.Value, error) {
	switch t {
	case valueType:
		return reflect.ValueOf(&v).Elem(), nil
	case anyType:
		g := fromValue(v)
		if g == nil {
			return reflect.Zero(t), nil
		}
		return reflect.ValueOf(&g).Elem(), nil
	case bigIntType:
		switch n := v.(type) {
		case vm.Int:
			return reflect.ValueOf(big.NewInt(int64(n))), nil
		case *vm.BigInt:
			return reflect.ValueOf(n.Big()), nil
		}
		return reflect.Value{}, fmt.Errorf("int")
	}
	out := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Bool:
		b, ok := v.(vm.Bool)
		if !ok {
			return out, fmt.Errorf("bool")
		}
		out.SetBool(bool(b))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(vm.Int)
		if !ok || out.OverflowInt(int64(n)) {
			return out, fmt.Errorf("int fitting Go %s", t)
		}
		out.SetInt(int64(n))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, ok := v.(vm.Int)
		if !ok || n < 0 || out.OverflowUint(uint64(n)) {
			return out, fmt.Errorf("int fitting Go %s", t)
		}
		out.SetUint(uint64(n))
	case reflect.Float32, reflect.Float64:
		switch n := v.(type) {
		case vm.Float:
			out.SetFloat(float64(n))
		case vm.Int:
			out.SetFloat(float64(n))
		default:
			return out, fmt.Errorf("float")
		}
	case reflect.String:
		s, ok := v.(vm.Str)
		if !ok {
			return out, fmt.Errorf("str")
		}
		out.SetString(string(s))
	case reflect.Slice:
		return sliceToGo(v, t)
	case reflect.Map:
		return mapToGo(v, t)
	default:
		return out, fmt.Errorf("convertible to Go %s", t)
	}
	return out, nil
}

// sliceToGo converts bytes to []byte, and a list or tuple to a slice of t's elements.
func sliceToGo(v vm.Value, t reflect.Type) (reflect.Value, error) {
	if b, ok := v.(vm.Bytes); ok && t.Elem().Kind() == reflect.Uint8 {
		return reflect.ValueOf([]byte(b)).Convert(t), nil
	}
	var items []vm.Value
	switch x := v.(type) {
	case *vm.List:
		items = x.Items()
	case vm.Tuple:
		items = x
	default:
		return reflect.Value{}, fmt.Errorf("list")
	}
	out := reflect.MakeSlice(t, len(items), len(items))
	for i, x := range items {
		e, err := toGo(x, t.Elem())
		if err != nil {
			return reflect.Value{}, fmt.Errorf("list of %s", err.Error())
		}
		out.Index(i).Set(e)
	}
	return out, nil
}

// mapToGo converts a dict with str keys to a map[string]T.
func mapToGo(v vm.Value, t reflect.Type) (reflect.Value, error) {
	d, ok := v.(*vm.Dict)
	if !ok || t.Key().Kind() != reflect.String {
		return reflect.Value{}, fmt.Errorf("dict")
	}
	out := reflect.MakeMapWithSize(t, d.Len())
	for _, kv := range d.Items() {
		k, ok := kv[0].(vm.Str)
		if !ok {
			return reflect.Value{}, fmt.Errorf("dict with str keys")
		}
		e, err := toGo(kv[1], t.Elem())
		if err != nil {
			return reflect.Value{}, fmt.Errorf("dict of %s", err.Error())
		}
		out.SetMapIndex(reflect.ValueOf(string(k)).Convert(t.Key()), e)
	}
	return out, nil
}
