package vm

func init() {
	defineMethods(DictClass, []methodDef{
		{"get", posArgs, 1, 2, nil, func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			v, ok, err := self.(*Dict).Get(th, a[0])
			if err != nil || ok {
				return v, err
			}
			return orNone(a[1]), nil
		}},
		{"keys", noArgs, 0, 0, nil, dictViewMethod(0)},
		{"values", noArgs, 0, 0, nil, dictViewMethod(1)},
		{"items", noArgs, 0, 0, nil, dictViewMethod(2)},
		{"pop", posArgs, 1, 2, nil, dictPop},
		{"popitem", noArgs, 0, 0, nil, dictPopitem},
		{"setdefault", posArgs, 1, 2, nil, func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			d := self.(*Dict)
			v, ok, err := d.Get(th, a[0])
			if err != nil || ok {
				return v, err
			}
			def := orNone(a[1])
			return def, d.Set(th, a[0], def)
		}},
		{"update", varKwArgs, 0, 0, nil, func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
			return None, dictUpdateArgs(th, self.(*Dict), "update", a, kw)
		}},
		{"copy", noArgs, 0, 0, nil, func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(*Dict).Copy(), nil
		}},
		{"clear", noArgs, 0, 0, nil, func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			self.(*Dict).Clear()
			return None, nil
		}},
	})
	// fromkeys is a classmethod: dict.fromkeys(...) and d.fromkeys(...) both receive the class.
	fromkeys := &signature{qual: "dict.fromkeys", name: "fromkeys", style: posArgs, min: 1, max: 2}
	DictClass.Dict["fromkeys"] = &ClassMethod{Func: NewBuiltin("fromkeys", func(th *Thread, args []Value, kwargs *Dict) (Value, error) {
		a, err := fromkeys.bind(args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		d := NewDict()
		value := orNone(a[1])
		return d, Iterate(th, a[0], func(k Value) error { return d.Set(th, k, value) })
	})}
}

// orNone gives None for an optional argument that was not passed.
func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// dictViewMethod makes keys (kind 0), values (1) and items (2).
func dictViewMethod(kind int) methodFunc {
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
