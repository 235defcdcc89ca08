package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// exampleKind says how a marked example of the docs is run (see docs_test.go).
type exampleKind int

const (
	scriptExample exampleKind = iota // a ```python script and the ```text it prints
	shellExample                     // a ```console session of `$ ` commands
	replExample                      // a ```pycon session of the interactive prompt
)

// docExample is one marked example of a Markdown file.
type docExample struct {
	where  string // file:line of the marker
	kind   exampleKind
	name   string // a script example's file name
	script string // the script; for a REPL session, the lines typed at its prompts
	output string // what it shows; for a shell session, the whole ```console block
	// files are the files a shell session's directory starts with: those the document
	// declared before it, by name.
	files map[string]string
}

var (
	exampleMarker = regexp.MustCompile(`^<!-- (example|example-shell|example-repl|file)(?: ([\w./-]+))? -->$`)
	scriptName    = regexp.MustCompile(`^[\w.-]+\.as$`)
)

// docExamples extracts the marked examples of a Markdown file; a marker not followed by the
// blocks its form needs is an error, so a typo cannot hide an example.
func docExamples(path string) ([]docExample, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(data), "\n")
	var examples []docExample
	files := map[string]string{}
	for i := 0; i < len(lines); i++ {
		m := exampleMarker.FindStringSubmatch(lines[i])
		if m == nil {
			if strings.HasPrefix(lines[i], "<!-- example") || strings.HasPrefix(lines[i], "<!-- file") {
				return nil, errorAt(path, i, "malformed example marker %q", lines[i])
			}
			continue
		}
		form, name := m[1], m[2]
		if !markerNameFits(form, name) {
			return nil, errorAt(path, i, "malformed example marker %q", lines[i])
		}
		ex := docExample{where: filepath.Base(path) + ":" + strconv.Itoa(i+1), name: name}
		var ok bool
		switch form {
		case "file":
			if files[name], i, ok = fencedBlock(lines, i+1, ""); !ok {
				return nil, errorAt(path, i, "a file marker must be followed by a fenced block")
			}
			i--
			continue
		case "example":
			ex.kind = scriptExample
			if ex.name == "" {
				ex.name = "example.as"
			}
			if ex.script, i, ok = fencedBlock(lines, i+1, "python"); !ok {
				return nil, errorAt(path, i, "an example marker must be followed by a ```python block")
			}
			if ex.output, i, ok = fencedBlock(lines, i, "text"); !ok {
				return nil, errorAt(path, i, "an example's ```python block must be followed by a ```text block")
			}
			files[ex.name] = ex.script
		case "example-shell":
			ex.kind = shellExample
			if ex.output, i, ok = fencedBlock(lines, i+1, "console"); !ok {
				return nil, errorAt(path, i, "an example-shell marker must be followed by a ```console block")
			}
			if _, err := shellSteps(ex.output); err != nil {
				return nil, errorAt(path, i-1, "%v", err)
			}
			ex.files = make(map[string]string, len(files))
			for k, v := range files {
				ex.files[k] = v
			}
		case "example-repl":
			ex.kind = replExample
			var session string
			if session, i, ok = fencedBlock(lines, i+1, "pycon"); !ok {
				return nil, errorAt(path, i, "an example-repl marker must be followed by a ```pycon block")
			}
			ex.script, ex.output = replSession(session)
		}
		i--
		examples = append(examples, ex)
	}
	return examples, nil
}

// markerNameFits reports whether a marker's form takes the name given (or none): a file needs
// a name, a script example may have a NAME.as, a session has none.
func markerNameFits(form, name string) bool {
	switch form {
	case "file":
		return name != ""
	case "example":
		return name == "" || scriptName.MatchString(name)
	}
	return name == ""
}

// fencedBlock reads the fenced block with the given info string (any, when "") starting at
// lines[i] (blank lines before it are skipped); it returns the block's text and the index
// after its fence.
func fencedBlock(lines []string, i int, info string) (string, int, bool) {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i >= len(lines) || !strings.HasPrefix(lines[i], "```") || (info != "" && lines[i] != "```"+info) {
		return "", i, false
	}
	var b strings.Builder
	for i++; i < len(lines); i++ {
		if lines[i] == "```" {
			return b.String(), i + 1, true
		}
		b.WriteString(lines[i] + "\n")
	}
	return "", i, false
}

// shellStep is one command of a shell session and the output shown under it.
type shellStep struct {
	command, output string
}

// shellSteps splits a ```console block into its `$ ` commands and their output.
func shellSteps(block string) ([]shellStep, error) {
	var steps []shellStep
	for _, line := range strings.SplitAfter(block, "\n") {
		switch {
		case line == "":
		case strings.HasPrefix(line, "$ "):
			steps = append(steps, shellStep{command: strings.TrimSuffix(line[2:], "\n")})
		case len(steps) == 0:
			return nil, fmt.Errorf("a ```console block must start with a `$ ` command line")
		default:
			steps[len(steps)-1].output += line
		}
	}
	return steps, nil
}

// replSession splits a ```pycon block into what is typed at the `>>> ` and `... ` prompts
// (a bare `...` is an empty line) and what the session prints.
func replSession(block string) (input, output string) {
	var in, out strings.Builder
	for _, line := range strings.SplitAfter(block, "\n") {
		switch {
		case strings.HasPrefix(line, ">>> "), strings.HasPrefix(line, "... "):
			in.WriteString(line[4:])
		case line == ">>>\n", line == "...\n":
			in.WriteString("\n")
		default:
			out.WriteString(line)
		}
	}
	return in.String(), out.String()
}

// errorAt is an error about line i (0-based) of a Markdown file.
func errorAt(path string, i int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", path, i+1, fmt.Sprintf(format, args...))
}
