package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// trace("FILE") ... trace() at the prompt records the tasks in between, as --trace does for
// a whole run; a trace still recording when the session ends is written then.
func TestREPLTraceStartStop(t *testing.T) {
	dir := t.TempDir()
	stopped, atExit := filepath.Join(dir, "stopped.json"), filepath.Join(dir, "exit.html")
	input := `trace("` + stopped + `")
async def work(n):
    await asyncio.sleep(0.01 * n)

await asyncio.gather(work(1), asyncio.create_task(work(2), name="second"))
trace()
trace()
trace("` + atExit + `")
await work(1)
`
	status, out, errOut := cli(input)
	assert.Equal(t, 0, status)
	assert.Contains(t, out, "recording the tasks' timeline; trace() writes it to "+stopped)
	assert.Contains(t, out, " events to "+stopped)
	assert.Contains(t, out, " events to "+atExit)
	assert.Contains(t, errOut, "RuntimeError: no trace is being recorded")

	var events []struct {
		Name string         `json:"name"`
		Ph   string         `json:"ph"`
		Args map[string]any `json:"args"`
	}
	b, err := os.ReadFile(stopped)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &events))
	var tracks []string
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" {
			tracks = append(tracks, e.Args["name"].(string))
		}
	}
	assert.Contains(t, tracks, "second", "the named task has its own track")

	page, err := os.ReadFile(atExit)
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(page), "<html"), "the trace left running is written as a page at exit")
}
