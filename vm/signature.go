package vm

import "strings"

// ArgStyle selects which of CPython's argument-checking routines a built-in imitates: each
// words its errors differently, and scripts that print those errors must match exactly.
type ArgStyle int

const (
	// NoArgs is METH_NOARGS: "list.copy() takes no arguments (1 given)".
	NoArgs ArgStyle = iota
	// OneArg is METH_O: "list.append() takes exactly one argument (0 given)".
	OneArg
	// PosArgs is Argument Clinic's positional-only check: "pop expected at most 1 argument, got 2".
	PosArgs
	// TupleArgs is PyArg_ParseTuple(AndKeywords): "split() takes at most 2 arguments (3 given)".
	TupleArgs
	// KwOnlyArgs takes keyword arguments only, as list.sort: "sort() takes no positional arguments".
	KwOnlyArgs
	// VarArgs passes the positional arguments through, checking only that there are at least
	// Min of them ("max expected at least 1 argument, got 0").
	VarArgs
	// VarKwArgs passes the positional and keyword arguments through unchecked.
	VarKwArgs
	// ClinicArgs is Argument Clinic's parser for functions that take keywords
	// (_PyArg_UnpackKeywords): "isclose() missing required argument 'b' (pos 2)",
	// "prod() takes exactly 1 positional argument (0 given)".
	ClinicArgs
	// PyArgs is a function CPython defines in Python: Kw names all Max positional parameters,
	// the first Min required; "sleep() missing 1 required positional argument: 'delay'". Qual
	// is its __qualname__ ("BaseEventLoop.create_task").
	PyArgs
	// PyVarArgs is PyArgs with *args: the positional arguments beyond Max follow the
	// keyword-only ones in the bound arguments (loop.call_soon(callback, *args, context=None)).
	PyVarArgs
)

// Signature describes a built-in callable's parameters, so that one binder checks the
// arguments of every built-in function, method and constructor with CPython's wording.
type Signature struct {
	// Name is the bare name most wordings use: "append", "len".
	Name string
	// Qual is the name the NoArgs and OneArg wordings use: "list.append", "time.sleep", or
	// "int" for a constructor. Empty means Name.
	Qual  string
	Style ArgStyle
	// Min and Max bound the number of positional parameters (Max for KwOnlyArgs: of
	// keywords); NoArgs and OneArg need neither, VarArgs only Min.
	Min, Max int
	// Kw names the positional parameters that may also be passed by keyword, in positional
	// order ("" for one that may not); nil means none may.
	Kw []string
	// KwOnly names keyword-only parameters. Their values follow the positional ones in the
	// bound arguments, so print's are the last four of what Bind returns.
	KwOnly []string
	// Usage, when set, replaces the style's wording for a wrong number of arguments, for the
	// built-ins whose CPython code words that check itself: "Random() requires 0 or 1
	// argument", or Argument Clinic's optional groups, "math.log requires 1 to 2 arguments".
	Usage string
	// method is set for a method's signature: the PyArgs styles count its receiver among
	// the positional arguments, as Python does with self.
	method bool
	// owner, for a method whose Qual is empty, is its class's name: its qual is then
	// "owner.Name", joined only when an error needs it rather than for every method at start-up.
	owner string
}

// Bind checks a call's arguments against the signature and returns them by position: Max
// positional values (1 for OneArg; len(args) of them for VarArgs and VarKwArgs), then one per
// KwOnly name, then for PyVarArgs the positional arguments beyond Max; parameters not passed
// are nil. The result aliases args only when it is exactly args.
func (s *Signature) Bind(args []Value, kwargs *Dict) ([]Value, error) {
	return s.bind(args, kwargs, nil)
}

// bind is Bind, padding the arguments in room (a chunk from borrowArgs) when its capacity
// allows rather than in a new slice.
func (s *Signature) bind(args []Value, kwargs *Dict, room []Value) ([]Value, error) {
	if s.Style == PyArgs || s.Style == PyVarArgs {
		return s.bindPython(args, kwargs)
	}
	nkw := 0
	if kwargs != nil {
		nkw = kwargs.Len()
	}
	if nkw > 0 && s.Kw == nil && s.KwOnly == nil && s.Style != VarKwArgs {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", s.qual())
	}
	if err := s.checkCount(len(args), nkw); err != nil {
		if s.Usage != "" {
			return nil, Errorf(TypeError, "%s", s.Usage)
		}
		return nil, err
	}
	npos := s.Max
	switch s.Style {
	case OneArg:
		npos = 1 // whatever Min and Max say
	case VarKwArgs:
		return append([]Value(nil), args...), nil
	case VarArgs:
		npos = len(args)
	}
	if nkw == 0 && len(args) == npos && len(s.KwOnly) == 0 && s.Style != VarArgs {
		// Every parameter given positionally: the arguments are already in place. Built-ins
		// use them during the call only, so aliasing the caller's stack is safe.
		return args, nil
	}
	var out []Value
	if n := npos + len(s.KwOnly); n <= cap(room) && s.Style != VarArgs {
		// Borrowed chunks come back cleared. VarArgs built-ins may keep their arguments
		// (BaseException.__init__ keeps them as args), so they always get a copy.
		out = room[:n]
	} else {
		out = make([]Value, n)
	}
	copy(out, args)
	if s.Style == ClinicArgs {
		return out, s.bindClinic(out, len(args), kwargs)
	}
	if nkw > 0 {
		if err := s.bindKeywords(out, npos, len(args), kwargs); err != nil {
			return nil, err
		}
	}
	if s.Style == TupleArgs {
		return out, s.checkRequired(out, len(args)+nkw)
	}
	return out, nil
}

// passThrough is the number of positional arguments that bind, when no keyword comes, checks
// and hands back unchanged (its shortcut), or -1 when there is none. It depends on the
// signature only, so a built-in's wrapper decides it once and skips bind on its commonest
// calls.
func (s *Signature) passThrough() int {
	if len(s.KwOnly) > 0 {
		return -1
	}
	n := s.Max
	switch s.Style {
	case PyArgs:
		return n // bindPython's shortcut
	case PyVarArgs, VarArgs, VarKwArgs:
		return -1
	case OneArg:
		n = 1
	}
	if s.checkCount(n, 0) != nil {
		return -1
	}
	return n
}

// fewestPadded is the fewest positional arguments, below nargs (passThrough's count), that
// bind, when no keyword comes, accepts and only pads with nil up to nargs; nargs when there
// are none. Those are the positional-only and PyArg_ParseTuple styles' optional parameters,
// as long as the padded arguments fit in a lent chunk.
func (s *Signature) fewestPadded(nargs int) int {
	if (s.Style != PosArgs && s.Style != TupleArgs) || nargs > argChunk || s.Min > nargs {
		return nargs
	}
	return s.Min
}

// qual is the name the METH_NOARGS and METH_O wordings use.
func (s *Signature) qual() string {
	if s.Qual != "" {
		return s.Qual
	}
	if s.owner != "" {
		return s.owner + "." + s.Name
	}
	return s.Name
}

// isSlot reports whether the signature is a special method's, __next__ or __init__: CPython
// implements those of built-in types as slot wrappers, which word their errors differently.
func (s *Signature) isSlot() bool {
	return len(s.Name) > 4 && strings.HasPrefix(s.Name, "__") && strings.HasSuffix(s.Name, "__")
}

// checkCount checks the number of positional arguments n (and, for some styles, of keyword
// arguments nkw) with the style's wording.
func (s *Signature) checkCount(n, nkw int) error {
	switch s.Style {
	case NoArgs, OneArg:
		if want := int(s.Style - NoArgs); n != want && s.isSlot() {
			return Errorf(TypeError, "expected %d argument%s, got %d", want, plural(want), n)
		}
	}
	switch s.Style {
	case NoArgs:
		if n != 0 {
			return Errorf(TypeError, "%s() takes no arguments (%d given)", s.qual(), n)
		}
	case OneArg:
		if n != 1 {
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", s.qual(), n)
		}
	case PosArgs:
		switch {
		case s.Min == s.Max && n != s.Min:
			return Errorf(TypeError, "%s expected %d argument%s, got %d", s.Name, s.Min, plural(s.Min), n)
		case n < s.Min:
			return Errorf(TypeError, "%s expected at least %d argument%s, got %d", s.Name, s.Min, plural(s.Min), n)
		case n > s.Max:
			return Errorf(TypeError, "%s expected at most %d argument%s, got %d", s.Name, s.Max, plural(s.Max), n)
		}
	case VarArgs:
		if n < s.Min {
			return Errorf(TypeError, "%s expected at least %d argument%s, got %d", s.Name, s.Min, plural(s.Min), n)
		}
	case KwOnlyArgs:
		if n > 0 {
			return Errorf(TypeError, "%s() takes no positional arguments", s.Name)
		}
		if nkw > s.Max {
			return Errorf(TypeError, "%s() takes at most %d keyword argument%s (%d given)", s.Name, s.Max, plural(s.Max), nkw)
		}
	case TupleArgs:
		return s.checkTotal(n, nkw, s.Max)
	case ClinicArgs:
		return s.checkClinicCount(n, nkw)
	}
	return nil
}

// checkTotal is the check, shared by PyArg_ParseTupleAndKeywords and Argument Clinic, that
// at most max arguments were passed in all, n by position and nkw by keyword.
func (s *Signature) checkTotal(n, nkw, max int) error {
	if n+nkw > max {
		kind := ""
		if n == 0 {
			kind = "keyword "
		}
		return Errorf(TypeError, "%s() takes at most %d %sargument%s (%d given)", s.Name, max, kind, plural(max), n+nkw)
	}
	return nil
}

// checkRequired is PyArg_ParseTupleAndKeywords' check that the first Min parameters were
// all given, by position or by keyword; given counts all the arguments passed.
func (s *Signature) checkRequired(out []Value, given int) error {
	for _, v := range out[:s.Min] {
		if v == nil {
			how := "at least"
			if s.Min == s.Max {
				how = "exactly"
			}
			return Errorf(TypeError, "%s() takes %s %d argument%s (%d given)", s.Name, how, s.Min, plural(s.Min), given)
		}
	}
	return nil
}

// bindKeywords stores keyword arguments into their positions: a positional parameter's
// index, or npos plus a keyword-only parameter's index. The first taken positions hold
// positional arguments already.
func (s *Signature) bindKeywords(out []Value, npos, taken int, kwargs *Dict) error {
	for _, kv := range kwargs.Items() {
		name, _ := kv[0].(Str)
		i := indexOf(s.Kw, string(name))
		if i < 0 {
			if j := indexOf(s.KwOnly, string(name)); j >= 0 {
				i = npos + j
			}
		}
		if i < 0 || name == "" {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", name, s.Name)
		}
		if i < taken {
			return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", s.Name, name, i+1)
		}
		out[i] = kv[1]
	}
	return nil
}

// indexOf returns the position of name in names, or -1.
func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// OrNone gives None for an optional argument that was not passed (nil in bound arguments).
func OrNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}
