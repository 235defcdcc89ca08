package main

// The docs test runs the examples of docs/*.md and README.md and checks the output they show.
//
// An example is marked with an HTML comment line, invisible when the Markdown is rendered:
//
//	<!-- example -->            or   <!-- example NAME.as -->
//	```python
//	...the script...
//	```
//	```text
//	...exactly what running it shows: standard output and standard error, interleaved...
//	```
//
// The script is written to NAME.as (default example.as) in an empty directory and run there as
// `asyncscript --clock=virtual NAME.as`, so tracebacks name the file as the docs do and sleeps
// cost no time. Unless -short is given or the script's first line is `# asyncscript-only:`, it
// is also run by CPython 3.11, which must show the same text: the docs promise CPython's output.
// CPython names the main script by its absolute path in a runtime traceback where asyncscript
// keeps the path as given, so the directory is cut from CPython's "File" lines.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docExample is one marked example of a Markdown file.
type docExample struct {
	where  string // file:line of the marker
	name   string // the script's file name
	script string
	output string
}

var exampleMarker = regexp.MustCompile(`^<!-- example(?: ([\w.-]+\.as))? -->$`)

// docExamples extracts the marked examples of a Markdown file; a marker not followed by a
// python block and a text block is an error, so a typo cannot hide an example.
func docExamples(path string) ([]docExample, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(data), "\n")
	var examples []docExample
	for i := 0; i < len(lines); i++ {
		m := exampleMarker.FindStringSubmatch(lines[i])
		if m == nil {
			if strings.HasPrefix(lines[i], "<!-- example") {
				return nil, errorAt(path, i, "malformed example marker %q", lines[i])
			}
			continue
		}
		ex := docExample{where: filepath.Base(path) + ":" + strconv.Itoa(i+1), name: m[1]}
		if ex.name == "" {
			ex.name = "example.as"
		}
		var ok bool
		if ex.script, i, ok = fencedBlock(lines, i+1, "python"); !ok {
			return nil, errorAt(path, i, "an example marker must be followed by a ```python block")
		}
		if ex.output, i, ok = fencedBlock(lines, i, "text"); !ok {
			return nil, errorAt(path, i, "an example's ```python block must be followed by a ```text block")
		}
		i--
		examples = append(examples, ex)
	}
	return examples, nil
}

// fencedBlock reads the fenced block with the given info string starting at lines[i] (blank
// lines before it are skipped); it returns the block's text and the index after its fence.
func fencedBlock(lines []string, i int, info string) (string, int, bool) {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i >= len(lines) || lines[i] != "```"+info {
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

// errorAt is an error about line i (0-based) of a Markdown file.
func errorAt(path string, i int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", path, i+1, fmt.Sprintf(format, args...))
}

// runCombined runs a command in dir and returns what it wrote to stdout and stderr, in the
// order it wrote it (both go to one pipe).
func runCombined(dir string, env []string, name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	_ = cmd.Run() // a failing example shows its traceback; the text is what is checked
	return out.String()
}

func TestDocExamples(t *testing.T) {
	bin := binary(t)
	py := ""
	if !testing.Short() {
		py = findCPython()
	}
	files, err := filepath.Glob("../../docs/*.md")
	require.NoError(t, err)
	files = append(files, "../../README.md")
	total := 0
	for _, file := range files {
		examples, err := docExamples(file)
		require.NoError(t, err)
		for _, ex := range examples {
			total++
			t.Run(ex.where, func(t *testing.T) {
				dir := t.TempDir()
				require.NoError(t, os.WriteFile(filepath.Join(dir, ex.name), []byte(ex.script), 0o644))
				got := runCombined(dir, []string{"NO_COLOR=1"}, bin, "--clock=virtual", ex.name)
				assert.Equal(t, ex.output, got, "asyncscript's output of the example at %s", ex.where)
				if py == "" || strings.HasPrefix(ex.script, "# asyncscript-only:") {
					return
				}
				got = runCombined(dir, []string{"PYTHONUNBUFFERED=1", "PYTHONHASHSEED=0"}, py, ex.name)
				got = strings.ReplaceAll(got, `File "`+dir+string(filepath.Separator), `File "`)
				assert.Equal(t, ex.output, got, "CPython's output of the example at %s", ex.where)
			})
		}
	}
	if py == "" {
		t.Log("the examples were not run under CPython (-short, or python3 is not 3.11)")
	}
	assert.NotZero(t, total, "no marked examples found in docs/*.md")
}

// TestDocExampleMarkers checks the parser of markers on a small document.
func TestDocExampleMarkers(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.md")
	write := func(text string) {
		require.NoError(t, os.WriteFile(doc, []byte(text), 0o644))
	}
	write("intro\n<!-- example f.as -->\n```python\nprint(1)\n```\n\n```text\n1\n```\n")
	examples, err := docExamples(doc)
	require.NoError(t, err)
	require.Len(t, examples, 1)
	assert.Equal(t, docExample{where: "doc.md:2", name: "f.as", script: "print(1)\n", output: "1\n"}, examples[0])

	write("<!-- example -->\n```python\nprint(1)\n```\nprose\n")
	_, err = docExamples(doc)
	assert.ErrorContains(t, err, "followed by a ```text block")

	write("<!-- examples -->\n```python\nprint(1)\n```\n")
	_, err = docExamples(doc)
	assert.ErrorContains(t, err, "malformed example marker")
}
