package stdlib

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// newTracebackModule builds traceback on the interpreter's own traceback formatter, so what
// scripts print matches what an uncaught exception prints.
func (h *host) newTracebackModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("traceback")
	for name, f := range map[string]fn{
		"format_exception": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			e, err := exceptionArg("format_exception", args, kwargs)
			if err != nil {
				return nil, err
			}
			return strList(tracebackChunks(formatHandled(in, e))), nil
		},
		"format_exception_only": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			e, err := exceptionArg("format_exception_only", args, kwargs)
			if err != nil {
				return nil, err
			}
			if e == nil {
				return strList([]string{"NoneType: None\n"}), nil
			}
			return strList([]string{vm.ExceptionLine(th, e) + "\n"}), nil
		},
		"print_exception": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			file, _ := kwarg(kwargs, "file")
			e, err := exceptionArg("print_exception", args, kwargs)
			if err != nil {
				return nil, err
			}
			return vm.None, h.writeErr(th, file, formatHandled(in, e))
		},
		"format_exc": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if _, err := vm.BindParams("format_exc", args, kwargs, "limit", "chain"); err != nil {
				return nil, err
			}
			return vm.Str(formatHandled(in, th.Handled())), nil
		},
		"print_exc": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			p, err := vm.BindParams("print_exc", args, kwargs, "limit", "file", "chain")
			if err != nil {
				return nil, err
			}
			return vm.None, h.writeErr(th, p[1], formatHandled(in, th.Handled()))
		},
		"format_stack": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if _, err := vm.BindParams("format_stack", args, kwargs, "f", "limit"); err != nil {
				return nil, err
			}
			return strList(stackEntries(in, th)), nil
		},
		"print_stack": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			p, err := vm.BindParams("print_stack", args, kwargs, "f", "limit", "file")
			if err != nil {
				return nil, err
			}
			return vm.None, h.writeErr(th, p[2], strings.Join(stackEntries(in, th), ""))
		},
	} {
		m.Set(name, vm.NewBuiltin(name, f))
	}
	return m, nil
}

// exceptionArg takes the exception of format_exception and its kin: exc alone (3.10+), or
// the old (type, value, tb) form; None means no exception. Keywords limit and chain are
// accepted and ignored: the whole chain is always formatted.
func exceptionArg(name string, args []vm.Value, kwargs *vm.Dict) (*vm.Exception, error) {
	kwarg(kwargs, "limit")
	kwarg(kwargs, "chain")
	kwarg(kwargs, "value")
	kwarg(kwargs, "tb")
	if err := rejectRest(name, kwargs); err != nil {
		return nil, err
	}
	if err := checkArgs(name, args, 1, 3); err != nil {
		return nil, err
	}
	v := args[0]
	if len(args) > 1 {
		v = args[1]
	}
	if v == vm.None {
		return nil, nil
	}
	e, ok := v.(*vm.Exception)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "Exception expected for value, %s found", vm.TypeName(v))
	}
	return e, nil
}

// formatHandled formats an exception as format_exc does; no exception is "NoneType: None".
func formatHandled(in *vm.Interp, e *vm.Exception) string {
	if e == nil {
		return "NoneType: None\n"
	}
	return in.FormatException(e)
}

// tracebackChunks splits a formatted traceback into the strings format_exception returns:
// the header, one per frame (with its source and caret lines), the chaining messages, and
// the exception line.
func tracebackChunks(s string) []string {
	var chunks []string
	joining := false // inside a chaining message, which runs to the next header
	for _, line := range strings.SplitAfter(s, "\n") {
		if line == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "    ") && len(chunks) > 0 && !joining:
			chunks[len(chunks)-1] += line
		case line == "\n":
			if joining {
				chunks[len(chunks)-1] += line
			} else {
				chunks = append(chunks, line)
				joining = true
			}
		case joining && !strings.HasPrefix(line, "Traceback"):
			chunks[len(chunks)-1] += line
		default:
			joining = false
			chunks = append(chunks, line)
		}
	}
	return chunks
}

// stackEntries formats the frames running now, outermost first, leaving out the library's
// own frames, as format_stack does.
func stackEntries(in *vm.Interp, th *vm.Thread) []string {
	var out []string
	for _, f := range th.CurrentStack() {
		if strings.HasPrefix(f.Code.Filename, "<asyncscript>/") {
			continue
		}
		entry := fmt.Sprintf("  File \"%s\", line %d, in %s\n", f.Code.Filename, f.Line, f.Code.Name)
		if src := strings.TrimSpace(in.SourceLine(f.Code.Filename, f.Line)); src != "" {
			entry += "    " + src + "\n"
		}
		out = append(out, entry)
	}
	return out
}

// writeErr writes text to file, or to sys.stderr when file is absent or None.
func (h *host) writeErr(th *vm.Thread, file vm.Value, text string) error {
	if file == nil || file == vm.None {
		file = h.stderrOf(th.Interp())
	}
	return printTo(th, file, []vm.Value{vm.Str(text)}, "", "", nil)
}

// stderrOf is sys.stderr: what a script set it to, or the console stream.
func (h *host) stderrOf(in *vm.Interp) vm.Value {
	if sys, ok := in.Modules()["sys"]; ok {
		if v, ok := sys.Get("stderr"); ok {
			return v
		}
	}
	_, stderr := h.consoleStreams(in)
	return stderr
}

func strList(items []string) *vm.List {
	vals := make([]vm.Value, len(items))
	for i, s := range items {
		vals[i] = vm.Str(s)
	}
	return vm.NewList(vals)
}
