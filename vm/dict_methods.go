package vm

func init() {
	DictClass.DefineMethods([]MethodDef{
		{Name: "get", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			v, ok, err := self.(*Dict).Get(th, a[0])
			if err != nil || ok {
				return v, err
			}
			return OrNone(a[1]), nil
		}},
		{Name: "keys", Style: NoArgs, Fn: dictViewMethod(0)},
		{Name: "values", Style: NoArgs, Fn: dictViewMethod(1)},
		{Name: "items", Style: NoArgs, Fn: dictViewMethod(2)},
		{Name: "pop", Style: PosArgs, Min: 1, Max: 2, Fn: dictPop},
		{Name: "popitem", Style: NoArgs, Fn: dictPopitem},
		{Name: "setdefault", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			d := self.(*Dict)
			v, ok, err := d.Get(th, a[0])
			if err != nil || ok {
				return v, err
			}
			def := OrNone(a[1])
			return def, d.Set(th, a[0], def)
		}},
		{Name: "update", Style: VarKwArgs, Fn: func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
			return None, dictUpdateArgs(th, self.(*Dict), "update", a, kw)
		}},
		{Name: "copy", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(*Dict).Copy(), nil
		}},
		{Name: "clear", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			self.(*Dict).Clear()
			return None, nil
		}},
	})
	// fromkeys is a classmethod: dict.fromkeys(...) and d.fromkeys(...) both receive the class.
	DictClass.DefineClassMethods([]MethodDef{
		{Name: "fromkeys", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, _ Value, a []Value, _ *Dict) (Value, error) {
			d := NewDict()
			value := OrNone(a[1])
			return d, Iterate(th, a[0], func(k Value) error { return d.Set(th, k, value) })
		}},
	})
}

// dictViewMethod makes keys (kind 0), values (1) and items (2).
func dictViewMethod(kind int) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return &DictView{D: self.(*Dict), Kind: kind}, nil
	}
}

func dictPop(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	d := self.(*Dict)
	v, ok, err := d.Get(th, a[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		if a[1] != nil {
			return a[1], nil
		}
		return nil, NewException(KeyError, a[0])
	}
	_, err = d.Delete(th, a[0])
	return v, err
}

// dictPopitem removes and returns the last inserted item.
func dictPopitem(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	d := self.(*Dict)
	d.pull()
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if _, err := d.Delete(th, e.key); err != nil {
			return nil, err
		}
		return Tuple{e.key, e.value}, nil
	}
	return nil, Errorf(KeyError, "popitem(): dictionary is empty")
}
