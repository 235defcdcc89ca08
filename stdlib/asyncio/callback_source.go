package asyncio

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// formatCallback describes a callback with its arguments as CPython's handles and error
// messages do (asyncio.format_helpers), running __repr__ methods on th: "name(arg, ...)",
// where name is the callable's __qualname__ (or __name__, or repr), a functools.partial
// shows its function with its own arguments first ("f(1, b=2)(3)"), and " at file:line"
// follows when that is a function written in the script. The arguments are shortened as
// reprlib does (see reprlib.go).
func formatCallback(th *vm.Thread, callback vm.Value, args []vm.Value) string {
	fn, text := unwrapPartials(th, callback, formatArgs(th, args, nil))
	if f, ok := fn.(*vm.Function); ok {
		text += " at " + f.Code.Filename + ":" + strconv.Itoa(f.Code.FirstLine)
	}
	return text
}

// unwrapPartials names fn followed by suffix, looking through functools.partial objects;
// it returns the innermost callable too (the one whose source CPython shows).
func unwrapPartials(th *vm.Thread, fn vm.Value, suffix string) (vm.Value, string) {
	for {
		inner, args, kwargs, ok := partialParts(th, fn)
		if !ok {
			return fn, qualNameOf(th, fn) + suffix
		}
		fn, suffix = inner, formatArgs(th, args, kwargs)+suffix
	}
}

// partialParts reads func, args and keywords of a functools.partial object.
func partialParts(th *vm.Thread, v vm.Value) (fn vm.Value, args []vm.Value, kwargs *vm.Dict, ok bool) {
	cls := v.Type()
	if th == nil || cls.Name != "partial" || cls.Module != "functools" {
		return nil, nil, nil, false
	}
	fn, err1 := vm.GetAttr(th, v, "func")
	a, err2 := vm.GetAttr(th, v, "args")
	k, err3 := vm.GetAttr(th, v, "keywords")
	t, okArgs := a.(vm.Tuple)
	d, okKw := k.(*vm.Dict)
	if err1 != nil || err2 != nil || err3 != nil || !okArgs || !okKw {
		return nil, nil, nil, false
	}
	return fn, t, d, true
}

// qualNameOf is how format_helpers names a callable: its __qualname__, else its
// __name__, else its repr.
func qualNameOf(th *vm.Thread, fn vm.Value) string {
	switch f := fn.(type) {
	case *vm.Function:
		return f.QualName
	case *vm.Class:
		return f.QualName
	}
	if th != nil {
		for _, attr := range []string{"__qualname__", "__name__"} {
			if v, err := vm.GetAttr(th, fn, attr); err == nil {
				if s, ok := v.(vm.Str); ok && s != "" {
					return string(s)
				}
			}
		}
	}
	return reprIn(th, fn)
}

// formatArgs is format_helpers._format_args_and_kwargs: "(a, b, k=v)", each value
// shortened as reprlib does.
func formatArgs(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		parts = append(parts, shortRepr(th, a))
	}
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			k, _ := vm.ToStr(nil, kv[0])
			parts = append(parts, k+"="+shortRepr(th, kv[1]))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
