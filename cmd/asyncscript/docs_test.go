package main

// The docs test runs the examples of docs/*.md and README.md and checks the output they show.
//
// An example is marked with an HTML comment line, invisible when the Markdown is rendered.
// There are three forms, and a fourth marker that declares a file:
//
//	<!-- example -->  or  <!-- example NAME.as -->
//	```python
//	...a script...
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
// keeps the path as given, so the directory is cut from CPython's "File" lines. CPython's
// verdicts are kept in the golden oracle's cache, keyed by the script's name and text.
//
//	<!-- file NAME -->
//	```any
//	...the content of NAME...
//	```
//
// declares a file of the document without running anything (a script example declares its
// NAME.as too), for the shell sessions after it:
//
//	<!-- example-shell -->
//	```console
//	$ asyncscript hello.as
//	...what the command shows (stdout and stderr, interleaved), then [exit N] if N is not 0...
//	$ ...more commands...
//	```
//
// The session runs in an empty directory holding every file the document declared before it;
// each `$ ` line is run there by sh, with the asyncscript under test first on PATH, and the
// lines up to the next `$ ` are what it must show. The commands of one session share the
// directory. NO_COLOR and FORCE_COLOR are removed from the environment.
//
//	<!-- example-repl -->
//	```pycon
//	>>> print("typed at the prompt")
//	typed at the prompt
//	```
//
// The lines after `>>> ` and `... ` (a bare `...` is an empty line) are piped to `asyncscript`,
// which reads them as its interactive prompt does but without prompts; the other lines are what
// it must print. REPL sessions are not run by CPython, whose REPL has another banner and names.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docTimeout bounds one command of an example: a hung example fails rather than hangs.
const docTimeout = 20 * time.Second

// runCombined runs a command in dir and returns what it wrote to stdout and stderr, in the
// order it wrote it (both go to one pipe), and its exit status.
func runCombined(dir, stdin string, env []string, name string, args ...string) (string, int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), docTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdin = strings.NewReader(stdin)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = time.Second // a child the shell left behind must not keep the pipe open
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return out.String(), exit.ExitCode(), nil
	}
	return out.String(), 0, err
}

// docEnv is the environment of the examples: the process's without the colour switches, so
// the output is plain text, plus extra.
func docEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NO_COLOR=") && !strings.HasPrefix(kv, "FORCE_COLOR=") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// docOracle runs script examples under CPython, remembering its verdicts.
type docOracle struct {
	py    string // "" when CPython is not to be run
	cache oracleCache
}

// key identifies an example by its file name and text: it always runs in a fresh directory.
func (docOracle) key(name, script string) string {
	sum := sha256.Sum256([]byte("doc example\x00" + name + "\x00" + script))
	return hex.EncodeToString(sum[:])
}

// check runs a script example under CPython (or takes the cache's verdict) and compares its
// output with what the docs show.
func (o docOracle) check(t *testing.T, dir string, ex docExample) {
	if o.py == "" || strings.HasPrefix(ex.script, "# asyncscript-only:") {
		return
	}
	key := o.key(ex.name, ex.script)
	if run, ok := o.cache.get(key); ok && run.stdout == ex.output {
		return
	}
	got, status, err := runCombined(dir, "", docEnv("PYTHONUNBUFFERED=1", "PYTHONHASHSEED=0"), o.py, ex.name)
	require.NoError(t, err)
	got = relativeFiles(got, dir)
	if assert.Equal(t, ex.output, got, "CPython's output of the example at %s", ex.where) {
		o.cache.put(key, cpythonRun{stdout: got, status: status})
	}
}

// relativeFiles leaves the example's directory out of the files a traceback names: CPython
// and asyncscript name a script by its absolute path, the documents by its name.
func relativeFiles(out, dir string) string {
	return strings.ReplaceAll(out, `"`+dir+string(filepath.Separator), `"`)
}

func TestDocsExamples(t *testing.T) {
	bin := binary(t)
	oracle := docOracle{}
	if !testing.Short() {
		if oracle.py = findCPython(); oracle.py != "" {
			oracle.cache = newOracleCache(oracle.py)
		}
	}
	files, err := filepath.Glob("../../docs/*.md")
	require.NoError(t, err)
	files = append(files, "../../README.md")
	total := map[exampleKind]int{}
	for _, file := range files {
		examples, err := docExamples(file)
		require.NoError(t, err)
		for _, ex := range examples {
			total[ex.kind]++
			t.Run(ex.where, func(t *testing.T) {
				t.Parallel()
				dir := t.TempDir()
				switch ex.kind {
				case scriptExample:
					require.NoError(t, os.WriteFile(filepath.Join(dir, ex.name), []byte(ex.script), 0o644))
					got, _, err := runCombined(dir, "", docEnv(), bin, "--clock=virtual", ex.name)
					require.NoError(t, err)
					assert.Equal(t, ex.output, relativeFiles(got, dir), "asyncscript's output of the example at %s", ex.where)
					oracle.check(t, dir, ex)
				case shellExample:
					runShellExample(t, bin, dir, ex)
				case replExample:
					got, _, err := runCombined(dir, ex.script, docEnv("XDG_STATE_HOME="+dir), bin)
					require.NoError(t, err)
					assert.Equal(t, ex.output, got, "the output of the REPL session at %s", ex.where)
				}
			})
		}
	}
	if oracle.py == "" {
		t.Log("the examples were not run under CPython (-short, or python3 is not 3.11)")
	}
	for kind, form := range []string{"example", "example-shell", "example-repl"} {
		assert.NotZero(t, total[exampleKind(kind)], "no <!-- %s --> examples found in docs/*.md", form)
	}
}

// runShellExample runs the commands of a shell session in dir, with the files the document
// declared, and compares the transcript with the one shown.
func runShellExample(t *testing.T, bin, dir string, ex docExample) {
	for name, text := range ex.files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	steps, err := shellSteps(ex.output)
	require.NoError(t, err)
	env := docEnv("PATH=" + filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH"))
	var got strings.Builder
	for _, step := range steps {
		out, status, err := runCombined(dir, "", env, "sh", "-c", step.command)
		require.NoError(t, err)
		got.WriteString("$ " + step.command + "\n" + relativeFiles(out, dir))
		if status != 0 {
			got.WriteString("[exit " + strconv.Itoa(status) + "]\n")
		}
	}
	assert.Equal(t, ex.output, got.String(), "the transcript of the shell session at %s", ex.where)
}

// TestDocsMarkers checks the parser of markers on small documents.
func TestDocsMarkers(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.md")
	parse := func(text string) ([]docExample, error) {
		require.NoError(t, os.WriteFile(doc, []byte(text), 0o644))
		return docExamples(doc)
	}
	examples, err := parse("intro\n<!-- example f.as -->\n```python\nprint(1)\n```\n\n```text\n1\n```\n" +
		"<!-- file data.txt -->\n```text\nabc\n```\n" +
		"<!-- example-shell -->\n```console\n$ asyncscript f.as\n1\n$ false\n[exit 1]\n```\n" +
		"<!-- example-repl -->\n```pycon\n>>> if True:\n...     print(2)\n...\n2\n```\n")
	require.NoError(t, err)
	require.Len(t, examples, 3)
	assert.Equal(t, docExample{where: "doc.md:2", name: "f.as", script: "print(1)\n", output: "1\n"}, examples[0])
	assert.Equal(t, shellExample, examples[1].kind)
	assert.Equal(t, map[string]string{"f.as": "print(1)\n", "data.txt": "abc\n"}, examples[1].files)
	steps, err := shellSteps(examples[1].output)
	require.NoError(t, err)
	assert.Equal(t, []shellStep{{"asyncscript f.as", "1\n"}, {"false", "[exit 1]\n"}}, steps)
	assert.Equal(t, docExample{where: "doc.md:21", kind: replExample, script: "if True:\n    print(2)\n\n", output: "2\n"}, examples[2])

	for text, msg := range map[string]string{
		"<!-- example -->\n```python\nprint(1)\n```\nprose\n":    "followed by a ```text block",
		"<!-- examples -->\n```python\nprint(1)\n```\n":          "malformed example marker",
		"<!-- file -->\n```text\nx\n```\n":                       "malformed example marker",
		"<!-- example notes.txt -->\n```python\nprint(1)\n```\n": "malformed example marker",
		"<!-- example-shell -->\n```sh\n$ ls\n```\n":             "followed by a ```console block",
		"<!-- example-shell -->\n```console\nls\n```\n":          "must start with a `$ ` command line",
		"<!-- example-repl -->\n```text\n>>> 1\n1\n```\n":        "followed by a ```pycon block",
		"<!-- example-repl -->\n```pycon\n>>> 1\n1\n":            "followed by a ```pycon block",
	} {
		_, err := parse(text)
		assert.ErrorContains(t, err, msg, "%q", text)
	}
}
