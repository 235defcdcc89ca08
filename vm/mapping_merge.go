package vm

// eachMappingItem calls fn with each key and value of a mapping, read the way CPython's
// dict_merge reads the source of dict(m), d.update(m), {**m} and f(**m): a dict, or a dict
// subclass that keeps dict's __iter__, by its own items (its keys() and __getitem__ are not
// consulted); any other object by calling its keys() and looking each key up. ok is false,
// and fn is never called, when m is not a dict and has no keys attribute.
func eachMappingItem(th *Thread, m Value, fn func(k, v Value) error) (ok bool, err error) {
	d, isDict := m.(*Dict)
	if !isDict {
		if b, isSub := baseOf(m); isSub {
			if bd, baseIsDict := b.(*Dict); baseIsDict && m.Type().overrideBefore(DictClass, "__iter__") == nil {
				d, isDict = bd, true
			}
		}
	}
	if isDict {
		for _, kv := range d.Items() {
			if err := fn(kv[0], kv[1]); err != nil {
				return true, err
			}
		}
		return true, nil
	}
	keys, err := GetAttr(th, m, "keys")
	if err != nil {
		if isAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	ks, err := th.Call(keys, nil, nil)
	if err != nil {
		return true, err
	}
	return true, Iterate(th, ks, func(k Value) error {
		v, err := GetItem(th, m, k)
		if err != nil {
			return err
		}
		return fn(k, v)
	})
}
