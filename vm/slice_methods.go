package vm

// slice.indices(length), the start, stop and step a slice selects from a sequence of that
// length; bounds convert through __index__ as in subscripts.
func init() {
	SliceClass.DefineMethods([]MethodDef{{Name: "indices", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		n, err := IndexArg(th, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "length should not be negative")
		}
		s, err := indexBounds(th, self.(*Slice))
		if err != nil {
			return nil, err
		}
		start, stop, step, err := s.Indices(n)
		if err != nil {
			return nil, err
		}
		return Tuple{MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))}, nil
	}}})
}
