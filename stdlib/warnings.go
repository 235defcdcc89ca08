package stdlib

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// warningFilter is one entry of warnings.filters: the first whose parts all match a warning
// decides its action.
type warningFilter struct {
	action   string
	message  *regexp.Regexp // nil matches every message
	category *vm.Class
	module   *regexp.Regexp
	lineno   int
}

// warningState is the warnings module of one interpreter: its filters, the locations
// already warned about (for the "default", "module" and "once" actions), and the lists of
// the catch_warnings(record=True) blocks being run.
type warningState struct {
	filters []warningFilter
	seen    map[string]bool
	record  *vm.List
}

var (
	catchWarningsClass  = vm.NewBuiltinClass("catch_warnings", vm.ObjectClass)
	warningMessageClass = vm.NewBuiltinClass("WarningMessage", vm.ObjectClass)
)

// catchWarnings is a warnings.catch_warnings context manager.
type catchWarnings struct {
	ws     *warningState
	record bool
	saved  []warningFilter
	list   *vm.List
	prev   *vm.List
}

// Type implements vm.Value.
func (*catchWarnings) Type() *vm.Class { return catchWarningsClass }

// warningMessage is what catch_warnings(record=True) records for one warning.
type warningMessage struct {
	message  *vm.Exception
	category *vm.Class
	filename string
	lineno   int
}

// Type implements vm.Value.
func (*warningMessage) Type() *vm.Class { return warningMessageClass }

// Attr implements vm.AttrGetter: message, category, filename, lineno, line.
func (w *warningMessage) Attr(name string) (vm.Value, bool) {
	switch name {
	case "message":
		return w.message, true
	case "category":
		return w.category, true
	case "filename":
		return vm.Str(w.filename), true
	case "lineno":
		return vm.MakeInt(int64(w.lineno)), true
	case "line", "file", "source":
		return vm.None, true
	}
	return nil, false
}

// defaultFilters are CPython 3.11's filters for a release build.
func defaultFilters() []warningFilter {
	return []warningFilter{
		{action: "default", category: vm.DeprecationWarning, module: regexp.MustCompile(`^__main__\z`)},
		{action: "ignore", category: vm.DeprecationWarning},
	}
}

func init() {
	catchWarningsClass.Module = "warnings"
	warningMessageClass.Module = "warnings"
	// catch_warnings is a Python class in CPython.
	catchWarningsClass.DefineMethods([]vm.MethodDef{
		{Name: "__enter__", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			c := self.(*catchWarnings)
			c.saved = append([]warningFilter(nil), c.ws.filters...)
			if !c.record {
				return vm.None, nil
			}
			c.prev, c.list = c.ws.record, vm.NewList(nil)
			c.ws.record = c.list
			return c.list, nil
		}},
		{Name: "__exit__", Style: vm.PyVarArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			c := self.(*catchWarnings)
			c.ws.filters = c.saved
			if c.record {
				c.ws.record = c.prev
			}
			return vm.False, nil
		}},
	})
}

// newWarningsModule builds warnings.
func (h *host) newWarningsModule(in *vm.Interp) (*vm.Module, error) {
	ws := &warningState{filters: defaultFilters(), seen: map[string]bool{}}
	m := vm.NewModule("warnings")
	// warn is C code (_warnings); the rest of the module is Python.
	pyFunc := func(name string, min int, kw, kwOnly []string, f vm.BoundFunc) {
		m.Set(name, vm.NewFunc(vm.Signature{Name: name, Style: vm.PyArgs, Min: min, Max: len(kw), Kw: kw, KwOnly: kwOnly}, f))
	}
	m.Set("warn", vm.NewFunc(vm.Signature{Name: "warn", Style: vm.ClinicArgs, Min: 1, Max: 4,
		Kw: []string{"message", "category", "stacklevel", "source"}}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		level := 1
		if p[2] != nil {
			var err error
			if level, err = intArg("warn", p[2]); err != nil {
				return nil, err
			}
		}
		return vm.None, h.warn(th, ws, p[0], p[1], level)
	}))
	pyFunc("simplefilter", 1, []string{"action", "category", "lineno", "append"}, nil, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.None, ws.addFilter(th, p[0], nil, p[1], nil, p[2], p[3])
	})
	pyFunc("filterwarnings", 1, []string{"action", "message", "category", "module", "lineno", "append"}, nil, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.None, ws.addFilter(th, p[0], p[1], p[2], p[3], p[4], p[5])
	})
	pyFunc("resetwarnings", 0, nil, nil, func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		ws.filters = nil
		return vm.None, nil
	})
	pyFunc("catch_warnings", 0, nil, []string{"record", "module", "action", "category", "lineno", "append"}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		record := false
		if p[0] != nil {
			record, _ = vm.Truth(th, p[0])
		}
		return &catchWarnings{ws: ws, record: record}, nil
	})
	return m, nil
}

// addFilter is filterwarnings/simplefilter: the new filter goes first, or last with append.
func (ws *warningState) addFilter(th *vm.Thread, action, message, category, module, lineno, appendFlag vm.Value) error {
	a, ok := action.(vm.Str)
	switch a {
	case "error", "ignore", "always", "default", "module", "once":
	default:
		if !ok {
			return vm.Errorf(vm.TypeError, "action must be a string, not '%s'", vm.TypeName(action))
		}
		// CPython 3.11 checks the action with an assert statement.
		return vm.Errorf(vm.AssertionError, "invalid action: %s", mustRepr(action))
	}
	f := warningFilter{action: string(a), category: vm.Warning}
	if c, ok := category.(*vm.Class); ok {
		f.category = c
	} else if category != nil && !vm.IsNone(category) {
		return vm.Errorf(vm.TypeError, "category must be a class")
	}
	var err error
	if f.message, err = warningPattern(message, "(?i)"); err != nil {
		return err
	}
	if f.module, err = warningPattern(module, ""); err != nil {
		return err
	}
	if lineno != nil {
		if f.lineno, err = intArg("filterwarnings", lineno); err != nil {
			return err
		}
	}
	if appendFlag == nil {
		appendFlag = vm.False
	}
	if t, _ := vm.Truth(th, appendFlag); t {
		ws.filters = append(ws.filters, f)
	} else {
		ws.filters = append([]warningFilter{f}, ws.filters...)
	}
	return nil
}

// warningPattern compiles a filter's message or module regular expression, which must match
// at the start (re.match); the module pattern must match the whole name as CPython appends \Z.
func warningPattern(v vm.Value, flags string) (*regexp.Regexp, error) {
	s, _ := v.(vm.Str)
	if s == "" {
		return nil, nil
	}
	re, err := regexp.Compile(flags + "^(?:" + string(s) + ")")
	if err != nil {
		return nil, vm.Errorf(vm.NotImplementedError, "asyncscript cannot use the warning filter pattern %s: %v", mustRepr(v), err)
	}
	return re, nil
}

func mustRepr(v vm.Value) string {
	r, _ := vm.Repr(nil, v)
	return r
}

// warn is warnings.warn: it finds the caller stacklevel frames up, applies the filters, and
// prints, records or raises the warning.
func (h *host) warn(th *vm.Thread, ws *warningState, message, category vm.Value, level int) error {
	cat := vm.UserWarning
	if category != nil && !vm.IsNone(category) {
		c, ok := category.(*vm.Class)
		if !ok || !c.IsSubclass(vm.Warning) {
			name := vm.TypeName(category)
			if ok {
				name = c.Name
			}
			return vm.Errorf(vm.TypeError, "category must be a Warning subclass, not '%s'", name)
		}
		cat = c
	}
	exc, isExc := message.(*vm.Exception)
	if isExc && exc.Class.IsSubclass(vm.Warning) {
		cat = exc.Class
	} else {
		text, err := vm.ToStr(th, message)
		if err != nil {
			return err
		}
		exc = vm.NewException(cat, vm.Str(text))
	}
	text, err := vm.ToStr(th, exc)
	if err != nil {
		return err
	}
	filename, lineno, module := "sys", 1, "sys"
	if stack := th.CurrentStack(); level >= 1 && level <= len(stack) {
		f := stack[len(stack)-level]
		filename, lineno = f.Code.Filename, f.Line
		module = "__main__"
		if strings.HasPrefix(filename, "<asyncscript>/") {
			module = strings.TrimSuffix(strings.TrimPrefix(filename, "<asyncscript>/"), ".py")
		}
	}
	action := "default"
	for _, f := range ws.filters {
		if cat.IsSubclass(f.category) && (f.message == nil || f.message.MatchString(text)) &&
			(f.module == nil || f.module.MatchString(module)) && (f.lineno == 0 || f.lineno == lineno) {
			action = f.action
			break
		}
	}
	var key string
	switch action {
	case "ignore":
		return nil
	case "error":
		return exc
	case "once":
		key = text + "\x00" + cat.Name
	case "module":
		key = text + "\x00" + cat.Name + "\x00" + filename
	case "default":
		key = fmt.Sprintf("%s\x00%s\x00%s\x00%d", text, cat.Name, filename, lineno)
	}
	if key != "" {
		if ws.seen[key] {
			return nil
		}
		ws.seen[key] = true
	}
	if ws.record != nil {
		ws.record.Append(&warningMessage{message: exc, category: cat, filename: filename, lineno: lineno})
		return nil
	}
	out := fmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, cat.Name, text)
	if src := strings.TrimSpace(th.Interp().SourceLine(filename, lineno)); src != "" {
		out += "  " + src + "\n"
	}
	return h.writeErr(th, nil, out)
}
