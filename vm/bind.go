package vm

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// bindArgs fills a new frame's parameter slots from a call's arguments, following Python's
// rules: positional parameters, *args, keyword arguments by name, defaults, keyword-only
// parameters and **kwargs. The last len(kwnames) entries of args are keyword values.
func bindArgs(th *Thread, f *Function, slots []Value, args []Value, kwnames Tuple) error {
	code := f.Code
	npos := len(args) - len(kwnames)
	argc := code.ArgCount
	flags := code.Flags
	// The common case: exactly the positional parameters, nothing else.
	if len(kwnames) == 0 && npos == argc && flags&(bytecode.FlagVarargs|bytecode.FlagVarkw) == 0 && code.KwOnlyCount == 0 {
		copy(slots, args)
		return nil
	}
	total := argc + code.KwOnlyCount
	next := total
	var varargsSlot, varkwSlot = -1, -1
	if flags&bytecode.FlagVarargs != 0 {
		varargsSlot = next
		next++
	}
	if flags&bytecode.FlagVarkw != 0 {
		varkwSlot = next
	}

	n := npos
	if n > argc {
		n = argc
	}
	copy(slots, args[:n])
	if npos > argc {
		if varargsSlot < 0 {
			return tooManyPositional(f, npos, kwnames)
		}
		extra := make(Tuple, npos-argc)
		copy(extra, args[argc:npos])
		slots[varargsSlot] = extra
	} else if varargsSlot >= 0 {
		slots[varargsSlot] = EmptyTuple
	}
	var kwdict *Dict
	if varkwSlot >= 0 {
		kwdict = NewDictSize(len(kwnames)) // room for every keyword, most of which it gets
		slots[varkwSlot] = kwdict
	}
	var posOnlyAsKw []string
	for i, kn := range kwnames {
		name := string(kn.(Str))
		v := args[npos+i]
		j := -1
		for k := code.PosOnlyCount; k < total; k++ {
			if code.Varnames[k] == name {
				j = k
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				if err := kwdict.Set(th, kn, v); err != nil {
					return err
				}
				continue
			}
			for k := 0; k < code.PosOnlyCount; k++ {
				if code.Varnames[k] == name {
					posOnlyAsKw = append(posOnlyAsKw, name)
				}
			}
			if len(posOnlyAsKw) > 0 {
				continue
			}
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", f.QualName, name)
		}
		if slots[j] != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", f.QualName, name)
		}
		slots[j] = v
	}
	if len(posOnlyAsKw) > 0 {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
			f.QualName, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults fill the trailing positional parameters that are still empty.
	firstDefault := argc - len(f.Defaults)
	var missing []string
	for k := 0; k < argc; k++ {
		if slots[k] != nil {
			continue
		}
		if k >= firstDefault {
			slots[k] = f.Defaults[k-firstDefault]
		} else {
			missing = append(missing, code.Varnames[k])
		}
	}
	if len(missing) > 0 {
		return missingArgs(f.QualName, missing, "positional")
	}
	for k := argc; k < total; k++ {
		if slots[k] != nil {
			continue
		}
		if f.KwDefaults != nil {
			if v, ok := f.KwDefaults.GetStr(code.Varnames[k]); ok {
				slots[k] = v
				continue
			}
		}
		missing = append(missing, code.Varnames[k])
	}
	if len(missing) > 0 {
		return missingArgs(f.QualName, missing, "keyword-only")
	}
	return nil
}

// missingArgs is the error for a call of the Python function qual that left the named
// parameters of the kind ("positional", "keyword-only") without values.
func missingArgs(qual string, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return Errorf(TypeError, "%s() missing %d required %s argument%s: %s", qual, len(names), kind, plural(len(names)), list)
}

// tooManyPositional is the error for a call of f with given positional arguments, more than
// it takes; kwnames are the keywords passed.
func tooManyPositional(f *Function, given int, kwnames Tuple) error {
	code := f.Code
	argc := code.ArgCount
	kwOnlyGiven := 0
	for _, kn := range kwnames {
		for k := argc; k < argc+code.KwOnlyCount; k++ {
			if code.Varnames[k] == string(kn.(Str)) {
				kwOnlyGiven++
			}
		}
	}
	return tooManyPositionalError(f.QualName, argc-len(f.Defaults), argc, given, kwOnlyGiven)
}

// tooManyPositionalError is the error for a call of the Python function qual, which takes
// min to max positional arguments, with given positional and kwOnlyGiven keyword-only ones.
func tooManyPositionalError(qual string, min, max, given, kwOnlyGiven int) error {
	takes := fmt.Sprintf("%d positional argument%s", max, plural(max))
	if min < max {
		takes = fmt.Sprintf("from %d to %d positional arguments", min, max)
	}
	if kwOnlyGiven > 0 {
		return Errorf(TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			qual, takes, given, plural(given), kwOnlyGiven, plural(kwOnlyGiven))
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return Errorf(TypeError, "%s() takes %s but %d %s given", qual, takes, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
