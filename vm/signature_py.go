package vm

// This file is the PyArgs style: the functions CPython defines in Python (asyncio.sleep,
// traceback.print_exc, os.makedirs) report wrong arguments as every Python function does,
// "sleep() missing 1 required positional argument: 'delay'".

// bindPython binds args and kwargs as a Python function with the parameters Kw (the first
// Min of them required), KwOnly and, for PyVarArgs, *args would, checking keywords first as
// CPython does.
func (s *Signature) bindPython(args []Value, kwargs *Dict) ([]Value, error) {
	if s.Style == PyArgs && len(args) == s.Max && len(s.KwOnly) == 0 && (kwargs == nil || kwargs.Len() == 0) {
		return args, nil // as Bind's own shortcut
	}
	npos := min(len(args), s.Max)
	out := make([]Value, s.Max+len(s.KwOnly), s.Max+len(s.KwOnly)+len(args)-npos)
	copy(out, args[:npos])
	kwOnlyGiven := 0
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			name, _ := kv[0].(Str)
			i := indexOf(s.Kw, string(name))
			if j := indexOf(s.KwOnly, string(name)); i < 0 && j >= 0 {
				i = s.Max + j
				kwOnlyGiven++
			}
			if i < 0 || name == "" {
				return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", s.qual(), name)
			}
			if out[i] != nil {
				return nil, Errorf(TypeError, "%s() got multiple values for argument '%s'", s.qual(), name)
			}
			out[i] = kv[1]
		}
	}
	self := 0
	if s.method {
		self = 1 // Python counts the receiver
	}
	if len(args) > s.Max && s.Style != PyVarArgs {
		return nil, tooManyPositionalError(s.qual(), s.Min+self, s.Max+self, len(args)+self, kwOnlyGiven)
	}
	var missing []string
	for i, v := range out[:s.Min] {
		if v == nil {
			missing = append(missing, s.Kw[i])
		}
	}
	if missing != nil {
		return nil, missingArgs(s.qual(), missing, "positional")
	}
	return append(out, args[npos:]...), nil
}
