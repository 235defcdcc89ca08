package vm

// This file is the ClinicArgs style: Argument Clinic's keyword parser, which checks the
// counts first, then takes the parameters in order, so a missing required parameter is
// reported before a misspelt keyword.

// posOnly is the number of positional-only parameters: the leading unnamed entries of Kw.
func (s *Signature) posOnly() int {
	for i, name := range s.Kw {
		if name != "" {
			return i
		}
	}
	if s.Kw == nil {
		return s.Max
	}
	return len(s.Kw)
}

// checkClinicCount checks n positional and nkw keyword arguments against the totals, then
// the positional count against Max and against the required positional-only parameters.
func (s *Signature) checkClinicCount(n, nkw int) error {
	if err := s.checkTotal(n, nkw, s.Max+len(s.KwOnly)); err != nil {
		return err
	}
	if n > s.Max {
		if s.Max == 0 {
			return Errorf(TypeError, "%s() takes no positional arguments", s.Name)
		}
		return s.positionalCount("at most", s.Max, n)
	}
	if required := min(s.posOnly(), s.Min); n < required {
		return s.positionalCount("at least", required, n)
	}
	return nil
}

// positionalCount is Argument Clinic's error for n positional arguments where want were
// expected ("at most" or "at least", or exactly when the count is fixed).
func (s *Signature) positionalCount(how string, want, n int) error {
	if s.Min == s.Max {
		how = "exactly"
	}
	return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)", s.Name, how, want, plural(want), n)
}

// bindClinic stores keyword arguments into out, whose first taken positions hold the
// positional arguments, in parameter order, reporting the first required parameter missing;
// then it reports a keyword that repeats a positional argument, then an unknown one.
func (s *Signature) bindClinic(out []Value, taken int, kwargs *Dict) error {
	left := 0
	if kwargs != nil {
		left = kwargs.Len()
	}
	for i := max(taken, s.posOnly()); i < len(out); i++ {
		name := s.paramName(i)
		var v Value
		if left > 0 {
			v, _ = kwargs.GetStr(name)
		}
		switch {
		case v != nil:
			out[i] = v
			left--
		case i < s.Min:
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", s.Name, name, i+1)
		case left == 0:
			return nil
		}
	}
	if left == 0 {
		return nil
	}
	for i := s.posOnly(); i < taken; i++ {
		if _, ok := kwargs.GetStr(s.Kw[i]); ok {
			return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", s.Name, s.Kw[i], i+1)
		}
	}
	for _, k := range kwargs.Keys() {
		if name, _ := k.(Str); name == "" || indexOf(s.Kw, string(name)) < 0 && indexOf(s.KwOnly, string(name)) < 0 {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", name, s.Name)
		}
	}
	return nil
}

// paramName is the keyword of the i'th bound parameter: Kw's for a positional one, KwOnly's
// after them.
func (s *Signature) paramName(i int) string {
	if i < s.Max {
		return s.Kw[i]
	}
	return s.KwOnly[i-s.Max]
}
