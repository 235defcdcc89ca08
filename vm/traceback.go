package vm

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// AddSource records a file's text so tracebacks can quote its lines.
func (in *Interp) AddSource(filename string, src []byte) {
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
}

// HideFromTracebacks leaves the frames of code from filename out of printed tracebacks:
// asyncio's prelude, whose frames stand where CPython shows its own Lib/asyncio files,
// which asyncscript cannot reproduce line for line.
func (in *Interp) HideFromTracebacks(filename string) {
	if in.hiddenFiles == nil {
		in.hiddenFiles = map[string]bool{}
	}
	in.hiddenFiles[filename] = true
}

// HiddenFromTracebacks reports whether frames of code from filename are left out of
// printed tracebacks (see HideFromTracebacks): those of the wrappers AwaitableCoroutine
// makes (where CPython shows Lib/asyncio's sleep or to_thread) always are.
func (in *Interp) HiddenFromTracebacks(filename string) bool {
	return filename == awaitableFilename || in.hiddenFiles[filename]
}

// SourceLine returns line n (1-based) of a recorded file, or "".
func (in *Interp) SourceLine(filename string, n int) string {
	lines := in.sources[filename]
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// FormatException renders an uncaught exception as CPython prints it: the chain of causes
// and contexts first, each with its traceback, then the exception itself; an exception group
// is drawn as a box holding its members, as CPython 3.11 draws it.
func (in *Interp) FormatException(e *Exception) string {
	p := &excPrinter{in: in, seen: map[*Exception]bool{}}
	p.format(e)
	return p.b.String()
}

// excPrinter accumulates a formatted exception. depth is the nesting of exception groups:
// their members are indented and drawn with a margin.
type excPrinter struct {
	in        *Interp
	b         strings.Builder
	depth     int
	needClose bool
	seen      map[*Exception]bool
}

// Limits of the group drawing, as CPython's traceback module has them.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text with the current indentation and, inside a group, the margin character.
func (p *excPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.b.WriteString(prefix + line)
		}
	}
}

// format writes e and the exceptions chained to it.
func (p *excPrinter) format(e *Exception) {
	// Walk the chain from e back to its first exception, then print it oldest first. The
	// chain can be as long as the program made it, so this is a loop, not a recursion.
	chain := []*Exception{e}
	links := []string{""} // links[i] introduces chain[i-1], the exception chain[i] led to
	p.seen[e] = true
	for {
		var next *Exception
		var link string
		switch {
		case e.Cause != nil && !p.seen[e.Cause]:
			next, link = e.Cause, "\nThe above exception was the direct cause of the following exception:\n\n"
		case e.Context != nil && !e.SuppressContext && !p.seen[e.Context]:
			next, link = e.Context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		if next == nil {
			break
		}
		p.seen[next] = true
		chain, links = append(chain, next), append(links, link)
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		p.formatOne(chain[i])
		if i > 0 {
			p.emit(links[i], '|')
		}
	}
}

// formatOne writes one exception: its traceback and its line, and for a group its members.
func (p *excPrinter) formatOne(e *Exception) {
	line := ExceptionLine(p.in.main, e) + "\n"
	if detail, ok := syntaxErrorDetail(e); ok {
		line = detail
	}
	line += exceptionNotes(p.in.main, e)
	switch {
	case e.Exceptions == nil:
		if len(e.Traceback) > 0 {
			// Even when every frame is hidden: CPython's header stands above its own.
			p.emit("Traceback (most recent call last):\n"+p.in.formatFrames(e.Traceback), '|')
		}
		p.emit(line, '|')
		return
	case p.depth > maxGroupDepth:
		p.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if len(e.Traceback) > 0 {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(p.in.formatFrames(e.Traceback), '|')
	}
	p.emit(line, '|')
	n := len(e.Exceptions)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // a nested group may draw the closing line itself
		}
		title := fmt.Sprint(i + 1)
		if i >= maxGroupWidth {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.b.WriteString(p.indent() + corner + "+---------------- " + title + " ----------------\n")
		p.depth++
		if i < maxGroupWidth {
			p.format(e.Exceptions[i])
		} else {
			more := len(e.Exceptions) - maxGroupWidth
			p.emit(fmt.Sprintf("and %d more exception%s\n", more, plural(more)), '|')
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// ExceptionLine is the last line of a traceback: `Type: message`, or just the type.
func ExceptionLine(th *Thread, e *Exception) string {
	name := e.Class.QualName
	if m := e.Class.Module; m != "builtins" && m != "__main__" && m != "" {
		name = m + "." + name
	}
	msg, err := ToStr(th, e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// formatFrames renders the entries of a traceback, outermost frame first, folding runs of
// identical entries as CPython does for deep recursion.
func (in *Interp) formatFrames(tb []TraceEntry) string {
	var b strings.Builder
	var last string
	repeats := 0
	flush := func() {
		if repeats > 3 {
			fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", repeats-3, plural(repeats-3))
		}
	}
	for i := len(tb) - 1; i >= 0; i-- {
		if in.HiddenFromTracebacks(tb[i].Code.Filename) {
			continue
		}
		entry := in.formatEntry(tb[i])
		if entry == last {
			repeats++
			if repeats <= 3 {
				b.WriteString(entry)
			}
			continue
		}
		flush()
		last, repeats = entry, 1
		b.WriteString(entry)
	}
	flush()
	return b.String()
}

// formatEntry renders one frame: its location, the source line and a caret line under the
// failing expression when that is only part of the line.
func (in *Interp) formatEntry(t TraceEntry) string {
	code := t.Code
	span := code.Spans[t.PC]
	line := span.Start.Line
	s := fmt.Sprintf("  File \"%s\", line %d, in %s\n", code.Filename, line, code.Name)
	src := in.SourceLine(code.Filename, line)
	stripped := strings.TrimLeft(src, " \t")
	if strings.TrimSpace(src) == "" {
		return s
	}
	stripped = strings.TrimRight(stripped, " \t\r")
	s += "    " + stripped + "\n"
	indent := utf8.RuneCountInString(src) - utf8.RuneCountInString(strings.TrimLeft(src, " \t"))
	start := span.Start.Col - 1 - indent
	end := utf8.RuneCountInString(stripped)
	if span.End.Line == span.Start.Line {
		end = span.End.Col - 1 - indent
	}
	a, anchored := code.Anchors[t.PC]
	anchored = anchored && a.Start.Line == line && a.End.Line == line
	// Carets that would underline the whole line say nothing, unless they single out an
	// operator or a subscript.
	if start < 0 || end <= start || (start == 0 && end >= utf8.RuneCountInString(stripped) && !anchored) {
		return s
	}
	marks := []rune(strings.Repeat("^", end-start))
	if anchored {
		marks = anchorMarks([]rune(stripped), start, end, a.Start.Col-1-indent, a.End.Col-1-indent, code.Op(t.PC) == bytecode.BINARY_OP)
	}
	return s + "    " + strings.Repeat(" ", start) + string(marks) + "\n"
}

// anchorMarks draws CPython's caret line for a binary operation or subscript: ~ under the
// operands and ^ under the operator (or under the brackets of a subscript). line holds the
// stripped source; start and end delimit the expression, from and to the anchor columns.
func anchorMarks(line []rune, start, end, from, to int, binary bool) []rune {
	if from < start || to > end || from > to {
		return []rune(strings.Repeat("^", end-start))
	}
	opStart, opEnd := from, to
	if binary {
		// The operator starts after any spaces and closing parentheses of the left operand
		// and ends before the spaces and opening parentheses of the right one.
		for opStart < to && (line[opStart] == ' ' || line[opStart] == ')') {
			opStart++
		}
		for opEnd > opStart && (line[opEnd-1] == ' ' || line[opEnd-1] == '(') {
			opEnd--
		}
	}
	marks := make([]rune, end-start)
	for i := range marks {
		marks[i] = '~'
		if col := start + i; col >= opStart && col < opEnd {
			marks[i] = '^'
		}
	}
	return marks
}

// exceptionNotes renders e.__notes__ as CPython prints them under the exception line: each
// str note as it is, anything else by its repr; a __notes__ that is not a sequence is shown
// by its repr.
func exceptionNotes(th *Thread, e *Exception) string {
	v, ok := e.get("__notes__")
	if !ok {
		return ""
	}
	var notes []Value
	switch n := v.(type) {
	case *List:
		notes = n.Items()
	case Tuple:
		notes = n
	default:
		r, err := Repr(th, v)
		if err != nil {
			r = "<__notes__ repr() failed>"
		}
		return r + "\n"
	}
	var b strings.Builder
	for _, note := range notes {
		s, ok := note.(Str)
		if !ok {
			r, err := Repr(th, note)
			if err != nil {
				r = "<note str() failed>"
			}
			s = Str(r)
		}
		b.WriteString(string(s) + "\n")
	}
	return b.String()
}
