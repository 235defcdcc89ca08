package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/internal/testutil"
)

func TestPipedREPLRunsStatementsWithoutPrompts(t *testing.T) {
	input := `import asyncio
1 + 2
async def bg():
    await asyncio.sleep(0.05)
    print("bg done")

t = asyncio.create_task(bg())
await asyncio.sleep(0.1)
print("after", t.done())
undefined_name
[1, 2,
 3]
`
	status, out, errOut := cli(input)
	assert.Equal(t, 0, status)
	assert.Equal(t, "3\nbg done\nafter True\n[1, 2, 3]\n", out)
	assert.Equal(t, "Traceback (most recent call last):\n  File \"<console>\", line 1, in <module>\nNameError: name 'undefined_name' is not defined\n", errOut)
}

// python3 -m asyncio starts with asyncio imported, so a first line may await it at once.
func TestREPLStartsWithAsyncioImported(t *testing.T) {
	status, out, errOut := cli("await asyncio.sleep(0, result='ready')\n")
	assert.Equal(t, 0, status)
	assert.Equal(t, "'ready'\n", out)
	assert.Empty(t, errOut)
}

func TestPipedREPLExitStatusAndShutdown(t *testing.T) {
	input := `import asyncio
async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("cleaned up")

t = asyncio.create_task(forever())
exit(3)
`
	status, out, _ := cli(input, "repl")
	assert.Equal(t, 3, status)
	assert.Equal(t, "cleaned up\n", out)
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the command once per test run, for tests that drive it through a terminal.
func binary(t *testing.T) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "asyncscript-test")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "asyncscript")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = err
			t.Log(string(out))
		}
	})
	require.NoError(t, buildErr)
	return binPath
}

// terminal drives the REPL through a pseudo-terminal, as a person at a keyboard would.
type terminal struct {
	t    *testing.T
	pty  *os.File
	cmd  *exec.Cmd
	seen testutil.SyncBuffer
}

func startTerminal(t *testing.T) *terminal {
	cmd := exec.Command(binary(t))
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+t.TempDir(), "TERM=xterm")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	require.NoError(t, err)
	term := &terminal{t: t, pty: f, cmd: cmd}
	go func() { _, _ = io.Copy(&term.seen, f) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = f.Close()
	})
	return term
}

func (term *terminal) screen() string { return term.seen.String() }

// waitFor waits until the terminal has shown text (counting from the start of the session).
func (term *terminal) waitFor(text string) {
	term.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(term.screen(), text) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	term.t.Fatalf("terminal never showed %q; it shows:\n%s", text, term.screen())
}

// count is how many times the terminal has shown text.
func (term *terminal) count(text string) int { return strings.Count(term.screen(), text) }

func (term *terminal) send(keys string) {
	_, err := term.pty.Write([]byte(keys))
	require.NoError(term.t, err)
}

// prompts counts the fresh prompts shown so far: those at the start of a line. The line
// editor redraws the prompt after an escape sequence on every keystroke it echoes, so
// counting every ">>> " would take an echo of the typed text for the next prompt.
func (term *terminal) prompts() int { return term.count("\n>>> ") + term.count("\n... ") }

// line types a line and waits for the next prompt, as a person waits to see it.
func (term *terminal) line(text string) {
	term.t.Helper()
	before := term.prompts()
	term.send(text + "\r")
	deadline := time.Now().Add(20 * time.Second)
	for term.prompts() <= before {
		if time.Now().After(deadline) {
			term.t.Fatalf("no prompt after %q; screen:\n%s", text, term.screen())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestTerminalREPL(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(">>> ")

	// A task runs in the background while the prompt waits for input.
	term.line("import asyncio")
	term.line("async def tick():")
	term.line("    await asyncio.sleep(0.3)")
	term.line("    print('tick done')")
	term.line("")
	term.line("t = asyncio.create_task(tick())")
	term.waitFor("tick done")

	// Top-level await; an expression statement echoes its repr.
	term.line("await asyncio.sleep(0.01, result=41) + 1")
	term.waitFor("\r\n42\r\n")

	// Tab completes a module attribute.
	term.send("asyncio.get_runn\t")
	term.waitFor("asyncio.get_running_loop")
	term.send("\x15") // Ctrl-U clears the line

	// Ctrl-C interrupts a long await and returns to the prompt; the session goes on. The
	// statement says when it is running, so the key is not pressed before it started.
	term.send("print('wait' + 'ing', flush=True); await asyncio.sleep(10)\r")
	term.waitFor("\r\nwaiting\r\n")
	term.send("\x03")
	term.waitFor("KeyboardInterrupt")
	term.line("print('still here')")
	term.waitFor("still here")

	// tasks() lists the running tasks and where they wait.
	term.line("bg = asyncio.create_task(asyncio.sleep(60))")
	term.line("tasks()")
	term.waitFor("<Task pending name=")

	// Ctrl-D leaves; pending tasks are cancelled as asyncio.run does.
	term.send("\x04")
	done := make(chan error, 1)
	go func() { done <- term.cmd.Wait() }()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatalf("the REPL did not exit on Ctrl-D; screen:\n%s", term.screen())
	}
}

// TestCtrlCDuringRun checks Ctrl-C as CPython 3.11's asyncio.run handles it: the main task is
// cancelled, its finally block runs, KeyboardInterrupt is reported, and the status is 130.
func TestCtrlCDuringRun(t *testing.T) {
	script := filepath.Join(t.TempDir(), "interrupt.as")
	require.NoError(t, os.WriteFile(script, []byte(`import asyncio
async def main():
    try:
        print("sleeping", flush=True)
        await asyncio.sleep(30)
    finally:
        print("finally ran", flush=True)
asyncio.run(main())
`), 0o644))
	cmd := exec.Command(binary(t), "run", script)
	var stdout, stderr testutil.SyncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(stdout.String(), "sleeping") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err := cmd.Wait()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	// As CPython: the process dies by SIGINT after the traceback (see reraiseInterrupt).
	assert.Equal(t, "signal: interrupt", exit.Error())
	assert.Equal(t, "sleeping\nfinally ran\n", stdout.String())
	assert.True(t, strings.HasSuffix(stderr.String(), "KeyboardInterrupt\n"), stderr.String())
}

// The prompt's help(), Ctrl-C at the prompt, a one-line compound statement that waits for
// its empty line, and a syntax error reported at once even after a ':'.
func TestTerminalREPLHelpInterruptAndCompoundLines(t *testing.T) {
	term := startTerminal(t)
	term.waitFor(">>> ")
	term.line("help()")
	term.waitFor("This is asyncscript's interactive prompt")
	term.line("help(asyncio.Queue)")
	term.waitFor("Help on class Queue:")

	// Between prompts the terminal turns Ctrl-C into SIGINT; the line editor reads it as a
	// key only once it echoes what is typed, so wait for the echo before pressing it.
	term.send("abc")
	term.waitFor(">>> abc")
	term.send("\x03")
	term.waitFor("^C\r\nKeyboardInterrupt\r\n>>> ")

	before := term.count("... ")
	term.line("if True: print('one' + 'line')")
	assert.Greater(t, term.count("... "), before, "a one-line compound statement waits for an empty line")
	assert.NotContains(t, term.screen(), "oneline")
	term.line("")
	term.waitFor("oneline")

	term.line("def f(:")
	term.waitFor("SyntaxError: invalid syntax")

	term.line("1/0")
	term.waitFor("  File \"<console>\", line 1, in <module>\r\nZeroDivisionError: division by zero")
}
