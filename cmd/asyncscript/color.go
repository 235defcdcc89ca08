package main

import (
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
)

// The ANSI escape sequences of CPython 3.13's coloured tracebacks (its _colorize module).
const (
	ansiReset       = "\x1b[0m"
	ansiBold        = "\x1b[1m"
	ansiRed         = "\x1b[31m"
	ansiBoldRed     = "\x1b[1;31m"
	ansiGreen       = "\x1b[32m"
	ansiMagenta     = "\x1b[35m"
	ansiBoldMagenta = "\x1b[1;35m"
	ansiCyan        = "\x1b[36m"
)

// colorEnabled decides whether output written to w gets ANSI colours, by the rules of
// CPython 3.13: NO_COLOR set (to anything but "") turns colour off; else FORCE_COLOR set
// turns it on; else TERM=dumb turns it off; else colour is on when w is a terminal. getenv
// is os.Getenv, or a stand-in in tests.
func colorEnabled(w io.Writer, getenv func(string) string) bool {
	switch {
	case getenv("NO_COLOR") != "":
		return false
	case getenv("FORCE_COLOR") != "":
		return true
	case getenv("TERM") == "dumb":
		return false
	}
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}

// printTraceback writes a traceback or a syntax error report, coloured when color is set.
func printTraceback(w io.Writer, text string, color bool) {
	if color {
		text = colorTraceback(text)
	}
	io.WriteString(w, text)
}

// tracebackLines are the lines colorTraceback recognizes, compiled when it first runs: most
// runs never colour a traceback, and compiling at start-up cost every run.
var tracebackLines = sync.OnceValue(func() (t struct{ location, caret, exception *regexp.Regexp }) {
	// location is a frame of a traceback, or the location of a syntax error (no name).
	t.location = regexp.MustCompile(`^  File "(.*)", line (\d+)(?:, in (.*))?$`)
	// caret marks the failing part of the source line above it.
	t.caret = regexp.MustCompile(`^ +[~^]*\^[~^]*$`)
	// exception is the last line of a traceback: `Type: message` or just `Type`.
	t.exception = regexp.MustCompile(`^([A-Za-z_][\w.]*)(?:: (.*))?$`)
	return t
})

// colorTraceback marks up the output of FormatException or syntaxerr.Format as CPython 3.13
// does, and the header in bold: locations in magenta, carets in red, the exception type in
// bold magenta and its message in magenta. A message may span several lines; it ends at a
// blank line (before "The above exception was the direct cause…") or at the end.
func colorTraceback(text string) string {
	inMessage := false
	lines := tracebackLines()
	return mapLines(text, func(_ int, line string) string {
		m := lines.location.FindStringSubmatch(line)
		switch {
		case line == "":
			inMessage = false
		case inMessage:
			return ansiMagenta + line + ansiReset
		case line == "Traceback (most recent call last):":
			return ansiBold + line + ansiReset
		case m != nil:
			line = `  File ` + ansiMagenta + `"` + m[1] + `"` + ansiReset + `, line ` + ansiMagenta + m[2] + ansiReset
			if m[3] != "" {
				line += `, in ` + ansiMagenta + m[3] + ansiReset
			}
		case lines.caret.MatchString(line):
			return colorCarets(line)
		case lines.exception.MatchString(line):
			inMessage = true
			name, msg, hasMsg := strings.Cut(line, ": ")
			line = ansiBoldMagenta + name + ansiReset
			if hasMsg {
				line += ": " + ansiMagenta + msg + ansiReset
			}
		}
		return line
	})
}

// colorCarets colours the ~ of a caret line red and its ^ bold red.
func colorCarets(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		j := i + 1
		for j < len(line) && line[j] == line[i] {
			j++
		}
		switch run := line[i:j]; line[i] {
		case '~':
			b.WriteString(ansiRed + run + ansiReset)
		case '^':
			b.WriteString(ansiBoldRed + run + ansiReset)
		default:
			b.WriteString(run)
		}
		i = j
	}
	return b.String()
}

// colorDiff marks up a unified diff from unifiedDiff as git does: the two file headers
// bold, hunk headers cyan, removed lines red, added lines green.
func colorDiff(diff string) string {
	return mapLines(diff, func(i int, line string) string {
		switch {
		case i < 2:
			return ansiBold + line + ansiReset
		case strings.HasPrefix(line, "@@"):
			return ansiCyan + line + ansiReset
		case strings.HasPrefix(line, "-"):
			return ansiRed + line + ansiReset
		case strings.HasPrefix(line, "+"):
			return ansiGreen + line + ansiReset
		}
		return line
	})
}

// mapLines applies f to every line of text (the line's index and the line without its
// newline), keeping the newlines.
func mapLines(text string, f func(i int, line string) string) string {
	var b strings.Builder
	for i, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			break // after the final newline
		}
		body := strings.TrimSuffix(line, "\n")
		b.WriteString(f(i, body) + line[len(body):])
	}
	return b.String()
}
