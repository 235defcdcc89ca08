package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/peterh/liner"

	"github.com/asyncscript/asyncscript/lang/parser"
)

// errInterrupted is what a line source returns when the user pressed Ctrl-C at the prompt.
var errInterrupted = errors.New("interrupted")

// lineSource supplies the REPL's input one line at a time.
type lineSource interface {
	// Line reads one line, showing prompt when the source is a terminal. It returns io.EOF at
	// the end of input and errInterrupted for Ctrl-C at the prompt.
	Line(prompt string) (string, error)
	// Remember adds a complete statement to the history.
	Remember(statement string)
	Close()
}

// terminalSource reads from a terminal with line editing, history and completion.
type terminalSource struct {
	state   *liner.State
	history string
}

func newTerminalSource(complete func(line string) []string) *terminalSource {
	st := liner.NewLiner()
	st.SetCtrlCAborts(true)
	st.SetMultiLineMode(true)
	st.SetTabCompletionStyle(liner.TabPrints)
	st.SetCompleter(complete)
	src := &terminalSource{state: st, history: historyPath()}
	if f, err := os.Open(src.history); err == nil {
		_, _ = st.ReadHistory(f)
		f.Close()
	}
	return src
}

func (s *terminalSource) Line(prompt string) (string, error) {
	line, err := s.state.Prompt(prompt)
	if errors.Is(err, liner.ErrPromptAborted) {
		return "", errInterrupted
	}
	return line, err
}

func (s *terminalSource) Remember(statement string) {
	if strings.TrimSpace(statement) != "" {
		s.state.AppendHistory(strings.TrimRight(statement, "\n"))
	}
}

// Close restores the terminal and saves the history for the next session.
func (s *terminalSource) Close() {
	if s.history != "" {
		if err := os.MkdirAll(filepath.Dir(s.history), 0o700); err == nil {
			if f, err := os.Create(s.history); err == nil {
				_, _ = s.state.WriteHistory(f)
				f.Close()
			}
		}
	}
	_ = s.state.Close()
}

// historyPath is where the history lives: $XDG_STATE_HOME/asyncscript/history, or
// ~/.local/state/asyncscript/history; "" when there is no home directory.
func historyPath() string {
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" {
		return filepath.Join(dir, "asyncscript", "history")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".local", "state", "asyncscript", "history")
}

// pipeSource reads statements from a non-terminal, without prompts or editing, as
// `python3 -m asyncio` does when its input is piped.
type pipeSource struct{ r *bufio.Reader }

func (s *pipeSource) Line(string) (string, error) {
	line, err := s.r.ReadString('\n')
	if err == io.EOF && line != "" {
		return strings.TrimRight(line, "\r\n"), nil
	}
	return strings.TrimRight(line, "\r\n"), err
}

func (*pipeSource) Remember(string) {}
func (*pipeSource) Close()          {}

// readStatement reads lines until they form a complete statement: a simple statement ends
// with its line (unless a bracket or string is still open); a compound statement (a line
// ending in ':' opens a block) ends with an empty line, as at Python's prompt.
func readStatement(src lineSource) (string, error) {
	var lines []string
	block := false
	for {
		prompt := ">>> "
		if len(lines) > 0 {
			prompt = "... "
		}
		line, err := src.Line(prompt)
		if err != nil {
			if err == io.EOF && len(lines) > 0 {
				return strings.Join(lines, "\n") + "\n", nil
			}
			return "", err
		}
		if len(lines) == 0 && strings.TrimSpace(line) == "" {
			continue
		}
		lines = append(lines, line)
		text := strings.Join(lines, "\n") + "\n"
		if block {
			if strings.TrimSpace(line) == "" {
				return text, nil
			}
			continue
		}
		_, perr := parser.Parse(replFilename, []byte(text))
		switch {
		case perr != nil && parser.IsIncomplete(perr):
			if opensBlock(line) {
				block = true
			}
			continue
		case perr != nil:
			// An error more lines cannot fix (def f(:) is reported at once.
			return text, nil
		case opensBlock(line) || startsCompound(lines[0]):
			// Even a compound statement on one line ends with an empty line.
			block = true
			continue
		}
		return text, nil
	}
}

// opensBlock reports whether a line starts an indented block (it ends with ':', comments
// aside).
func opensBlock(line string) bool {
	if i := strings.Index(line, "#"); i >= 0 {
		line = line[:i]
	}
	return strings.HasSuffix(strings.TrimSpace(line), ":")
}

// compoundKeywords start the statements that own a block.
var compoundKeywords = map[string]bool{"if": true, "for": true, "while": true, "def": true, "class": true,
	"try": true, "with": true, "async": true}

// startsCompound reports whether a line starts a compound statement (or a decorator).
func startsCompound(line string) bool {
	line = strings.TrimSpace(line)
	if strings.HasPrefix(line, "@") {
		return true
	}
	word := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(word) > 0 && strings.HasPrefix(line, word[0]) && compoundKeywords[word[0]]
}

// isTerminal reports whether r is a terminal, so the REPL shows prompts and edits lines.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
