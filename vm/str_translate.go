package vm

import "strings"

// str.maketrans builds the table str.translate reads: a dict from code points to a
// replacement (a str, a code point, or None to delete).
func init() {
	StrClass.Dict["maketrans"] = &StaticMethod{Func: NewFunc(
		Signature{Name: "maketrans", Style: PosArgs, Min: 1, Max: 3}, strMaketrans)}
	StrClass.DefineMethods([]MethodDef{{Name: "translate", Style: OneArg, Min: 1, Max: 1, Fn: strTranslate}})
}

func strMaketrans(th *Thread, a []Value, _ *Dict) (Value, error) {
	table := NewDict()
	if a[1] == nil {
		src, ok := a[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range src.Items() {
			key := kv[0]
			switch k := key.(type) {
			case Str:
				r := []rune(string(k))
				if len(r) != 1 {
					return nil, Errorf(ValueError, "string keys in translate table must be of length 1")
				}
				key = MakeInt(int64(r[0]))
			default:
				if !isInt(k) {
					return nil, Errorf(TypeError, "keys in translate table must be strings or integers")
				}
			}
			if err := table.Set(th, key, kv[1]); err != nil {
				return nil, err
			}
		}
		return table, nil
	}
	var args [3][]rune
	for i, v := range a {
		if v == nil {
			break
		}
		s, ok := unwrap(v).(Str)
		if !ok {
			return nil, Errorf(TypeError, "maketrans() argument %d must be str, not %s", i+1, TypeName(v))
		}
		args[i] = []rune(string(s))
	}
	from, to, deleted := args[0], args[1], args[2]
	if len(from) != len(to) {
		return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i, r := range from {
		if err := table.Set(th, MakeInt(int64(r)), MakeInt(int64(to[i]))); err != nil {
			return nil, err
		}
	}
	for _, r := range deleted {
		if err := table.Set(th, MakeInt(int64(r)), None); err != nil {
			return nil, err
		}
	}
	return table, nil
}

// strTranslate is str.translate(table): each character is looked up by its code point with
// table[ord(c)]; a LookupError keeps it, None deletes it, a str or a code point replaces it.
func strTranslate(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	table := a[0]
	var out strings.Builder
	for _, r := range string(self.(Str)) {
		v, err := GetItem(th, table, MakeInt(int64(r)))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubclass(LookupError) {
				out.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch v := v.(type) {
		case Str:
			out.WriteString(string(v))
		case NoneType:
		default:
			n, ok := asInt64(v)
			if !ok {
				if isInt(v) {
					return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
				}
				return nil, Errorf(TypeError, "character mapping must return integer, None or str")
			}
			if n < 0 || n > 0x10ffff {
				return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			out.WriteRune(rune(n))
		}
	}
	return Str(out.String()), nil
}
