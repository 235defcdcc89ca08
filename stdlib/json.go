package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// newJSONCore is _json, the Go half of the json module (lib/json.py): the encoder and the
// decoder, which the Python half alone calls, with every option it has checked by position.
var newJSONCore = coreModule("_json",
	vm.NewFunc(vm.Signature{Name: "encode", Style: vm.PosArgs, Min: 10, Max: 10}, jsonEncode),
	vm.NewFunc(vm.Signature{Name: "decode", Style: vm.PosArgs, Min: 9, Max: 9}, jsonDecode),
)

// optional maps None to nil, for hooks that are off when None.
func optional(v vm.Value) vm.Value {
	if vm.IsNone(v) {
		return nil
	}
	return v
}

// jsonEncode is _json.encode(obj, indent, sort_keys, item_separator, key_separator,
// ensure_ascii, default, skipkeys, allow_nan, check_circular).
func jsonEncode(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	truth := func(v vm.Value) bool {
		t, _ := vm.Truth(th, v)
		return t
	}
	itemSep, ok1 := a[3].(vm.Str)
	keySep, ok2 := a[4].(vm.Str)
	if !ok1 || !ok2 {
		return nil, vm.Errorf(vm.TypeError, "make_encoder() argument 6 must be str, not %s", vm.TypeName(a[4]))
	}
	e := &jsonEncoder{th: th, indent: a[1], sortKeys: truth(a[2]), itemSep: string(itemSep), keySep: string(keySep),
		ensureASCII: truth(a[5]), defaultFn: optional(a[6]), skipKeys: truth(a[7]), allowNaN: truth(a[8]),
		checkCircular: truth(a[9]), inProgress: map[uintptr]bool{}}
	if err := e.encode(a[0], 0); err != nil {
		return nil, err
	}
	return vm.Str(e.out.String()), nil
}

// jsonDecode is _json.decode(s, object_hook, object_pairs_hook, parse_float, parse_int,
// parse_constant, strict, error_class, idx): the whole document s when idx is None, else
// JSONDecoder.raw_decode's (value, end) for the value starting at s[idx].
func jsonDecode(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	s, ok := a[0].(vm.Str)
	if !ok {
		if !vm.IsNone(a[8]) {
			return nil, vm.Errorf(vm.TypeError, "first argument must be a string, not %s", vm.TypeName(a[0]))
		}
		return nil, vm.Errorf(vm.TypeError, "the JSON object must be str, bytes or bytearray, not %s", vm.TypeName(a[0]))
	}
	strict, _ := vm.Truth(th, a[6])
	d := &jsonDecoder{th: th, s: string(s), objectHook: optional(a[1]), pairsHook: optional(a[2]),
		parseFloat: optional(a[3]), parseInt: optional(a[4]), parseConstant: optional(a[5]),
		strict: strict, errorClass: a[7]}
	if vm.IsNone(a[8]) {
		return d.decodeDocument()
	}
	idx, err := vm.IndexArg(th, a[8])
	if err != nil {
		return nil, err
	}
	return d.rawDecode(idx)
}
