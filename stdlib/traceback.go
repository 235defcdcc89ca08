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
	// The module is written in Python: pyFunc makes its functions, with the parameters kw,
	// the first min of them required.
	pyFunc := func(name string, min int, kw []string, f vm.BoundFunc) *vm.Builtin {
		return vm.NewFunc(vm.Signature{Name: name, Style: vm.PyArgs, Min: min, Max: len(kw), Kw: kw}, f)
	}
	for _, f := range []*vm.Builtin{
		pyFunc("format_exception", 1, []string{"exc", "value", "tb", "limit", "chain"}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			e, err := exceptionArg(p)
			if err != nil {
				return nil, err
			}
			return strList(tracebackChunks(formatHandled(in, e))), nil
		}),
		pyFunc("format_exception_only", 1, []string{"exc", "value"}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			e, err := exceptionArg(p)
			if err != nil {
				return nil, err
			}
			if e == nil {
				return strList([]string{"NoneType: None\n"}), nil
			}
			return strList([]string{vm.ExceptionLine(th, e) + "\n"}), nil
		}),
		pyFunc("print_exception", 1, []string{"exc", "value", "tb", "limit", "file", "chain"}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			e, err := exceptionArg(p)
			if err != nil {
				return nil, err
			}
			return vm.None, h.writeErr(th, p[4], formatHandled(in, e))
		}),
		pyFunc("format_exc", 0, []string{"limit", "chain"}, func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Str(formatHandled(in, th.Handled())), nil
		}),
		pyFunc("print_exc", 0, []string{"limit", "file", "chain"}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, h.writeErr(th, p[1], formatHandled(in, th.Handled()))
		}),
		pyFunc("format_stack", 0, []string{"f", "limit"}, func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return strList(stackEntries(in, th)), nil
		}),
		pyFunc("print_stack", 0, []string{"f", "limit", "file"}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, h.writeErr(th, p[2], strings.Join(stackEntries(in, th), ""))
		}),
	} {
		m.Set(f.Name, f)
	}
	// Frame summaries are not supported: their functions say so when called.
	for _, name := range []string{"extract_tb", "extract_stack", "walk_tb", "walk_stack", "format_tb", "print_tb",
		"format_list", "print_list", "StackSummary", "FrameSummary", "TracebackException"} {
		m.Set(name, vm.UnsupportedFunc(name, "traceback."+name+" is not supported by asyncscript (use format_exception or format_exc)"))
	}
	return m, nil
}

// exceptionArg takes the exception of format_exception and its kin from their bound
// arguments: exc alone (3.10+), or the old (type, value, tb) form; None means no exception.
// limit and chain are ignored: the whole chain is always formatted.
func exceptionArg(p []vm.Value) (*vm.Exception, error) {
	v := p[0]
	if p[1] != nil {
		v = p[1]
	}
	if vm.IsNone(v) {
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
	if file == nil || vm.IsNone(file) {
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
