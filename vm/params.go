package vm

// BindParams is the old binder, kept only for stdlib/asyncio until its callers move to
// Signature.Bind (which words its errors as CPython does); new code uses Signature.
//
// It binds a built-in's call arguments to named parameters, positional ones first,
// then keywords; parameters not passed are nil. Extra or unknown arguments are a TypeError
// naming fname.
func BindParams(fname string, args []Value, kwargs *Dict, names ...string) ([]Value, error) {
	if len(args) > len(names) {
		return nil, Errorf(TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args))
	}
	out := make([]Value, len(names))
	copy(out, args)
	if kwargs == nil {
		return out, nil
	}
	for _, kv := range kwargs.Items() {
		k := string(kv[0].(Str))
		found := false
		for i, n := range names {
			if n == k {
				if out[i] != nil {
					return nil, Errorf(TypeError, "%s() got multiple values for argument '%s'", fname, k)
				}
				out[i], found = kv[1], true
			}
		}
		if !found {
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return out, nil
}
