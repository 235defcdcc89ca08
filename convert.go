package asyncscript

import (
	"fmt"
	"math/big"
	"reflect"
	"sort"

	"github.com/asyncscript/asyncscript/vm"
)

// toValue converts a Go value to a script value:
//
//	nil, a nil pointer/slice/map/func   None
//	bool                                 bool
//	int*, uint*, *big.Int                int
//	float32, float64                     float
//	string                               str
//	[]byte                               bytes
//	other slices and arrays              list
//	map[string]T                         dict, in sorted key order
//	struct (or pointer to one)           dict of its exported fields
//	error                                an exception (RuntimeError or the *Error's class)
//	func                                 a built-in function (see Func)
//	vm.Value                             itself
func (it *Interpreter) toValue(x any) (vm.Value, error) {
	switch x := x.(type) {
	case nil:
		return vm.None, nil
	case vm.Value:
		return x, nil
	case *big.Int:
		if x == nil {
			return vm.None, nil
		}
		return vm.MakeBigInt(new(big.Int).Set(x)), nil
	case error:
		return it.goException(x), nil
	}
	return it.reflectValue(reflect.ValueOf(x))
}

func (it *Interpreter) reflectValue(rv reflect.Value) (vm.Value, error) {
	switch rv.Kind() {
	case reflect.Bool:
		return vm.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return vm.MakeInt(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u := rv.Uint(); u > 1<<63-1 {
			return vm.MakeBigInt(new(big.Int).SetUint64(u)), nil
		}
		return vm.MakeInt(int64(rv.Uint())), nil
	case reflect.Float32, reflect.Float64:
		return vm.Float(rv.Float()), nil
	case reflect.String:
		return vm.Str(rv.String()), nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return vm.None, nil
		}
		return it.toValue(rv.Elem().Interface())
	case reflect.Slice:
		if rv.IsNil() {
			return vm.None, nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return vm.Bytes(rv.Bytes()), nil
		}
		return it.listValue(rv)
	case reflect.Array:
		return it.listValue(rv)
	case reflect.Map:
		return it.mapValue(rv)
	case reflect.Struct:
		return it.structValue(rv)
	case reflect.Func:
		if rv.IsNil() {
			return vm.None, nil
		}
		return it.builtin("<go func>", rv)
	}
	return nil, fmt.Errorf("asyncscript: cannot convert a Go %s to a script value", rv.Type())
}

func (it *Interpreter) listValue(rv reflect.Value) (vm.Value, error) {
	items := make([]vm.Value, rv.Len())
	for i := range items {
		v, err := it.reflectValue(rv.Index(i))
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return vm.NewList(items), nil
}

// mapValue converts a map with string keys; the dict's order is the keys' sorted order, so
// a script sees the same dict every run.
func (it *Interpreter) mapValue(rv reflect.Value) (vm.Value, error) {
	if rv.IsNil() {
		return vm.None, nil
	}
	if rv.Type().Key().Kind() != reflect.String {
		return nil, fmt.Errorf("asyncscript: cannot convert a Go %s to a dict: keys must be strings", rv.Type())
	}
	keys := rv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	d := vm.NewDict()
	for _, k := range keys {
		v, err := it.reflectValue(rv.MapIndex(k))
		if err != nil {
			return nil, err
		}
		d.SetStr(k.String(), v)
	}
	return d, nil
}

// structValue converts a struct to a dict of its exported fields, named as in Go.
func (it *Interpreter) structValue(rv reflect.Value) (vm.Value, error) {
	d := vm.NewDict()
	t := rv.Type()
	for i := 0; i < t.NumField(); i++ {
		if !t.Field(i).IsExported() {
			continue
		}
		v, err := it.reflectValue(rv.Field(i))
		if err != nil {
			return nil, err
		}
		d.SetStr(t.Field(i).Name, v)
	}
	return d, nil
}

// fromValue converts a script value to Go: None is nil, bool bool, int int64 (or *big.Int
// beyond int64), float float64, str string, bytes []byte, list, tuple, set and frozenset
// []any, and a dict map[string]any when its keys are all str (map[any]any otherwise, with
// keys converted by mapKey). Any other value (a function, an instance) is returned as the
// vm.Value itself.
func fromValue(v vm.Value) any {
	switch v := v.(type) {
	case nil, vm.NoneType:
		return nil
	case vm.Bool:
		return bool(v)
	case vm.Int:
		return int64(v)
	case *vm.BigInt:
		return v.Big()
	case vm.Float:
		return float64(v)
	case vm.Str:
		return string(v)
	case vm.Bytes:
		return []byte(v)
	case *vm.List:
		return sliceOf(v.Items())
	case vm.Tuple:
		return sliceOf(v)
	case *vm.Set:
		return sliceOf(v.Members())
	case *vm.Dict:
		return mapOf(v)
	}
	return v
}

func sliceOf(items []vm.Value) []any {
	out := make([]any, len(items))
	for i, x := range items {
		out[i] = fromValue(x)
	}
	return out
}

func mapOf(d *vm.Dict) any {
	items := d.Items()
	strs := make(map[string]any, len(items))
	for _, kv := range items {
		k, ok := kv[0].(vm.Str)
		if !ok {
			anys := make(map[any]any, len(items))
			for _, kv := range items {
				anys[mapKey(kv[0])] = fromValue(kv[1])
			}
			return anys
		}
		strs[string(k)] = fromValue(kv[1])
	}
	return strs
}

// mapKey converts a dict key for a map[any]any: a tuple becomes an array ([2]any for a
// pair), whose elements convert likewise, and a key whose Go form is still not comparable
// (bytes) becomes its repr.
func mapKey(k vm.Value) any {
	if t, ok := k.(vm.Tuple); ok {
		arr := reflect.New(reflect.ArrayOf(len(t), anyType)).Elem()
		for i, x := range t {
			if e := mapKey(x); e != nil {
				arr.Index(i).Set(reflect.ValueOf(e))
			}
		}
		return arr.Interface()
	}
	g := fromValue(k)
	if g != nil && !reflect.TypeOf(g).Comparable() {
		r, _ := vm.Repr(nil, k)
		return r
	}
	return g
}
