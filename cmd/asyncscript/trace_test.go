package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateTrace = flag.Bool("update-trace", false, "rewrite testdata/trace/*.json from asyncscript's own traces")

// tracedRun runs a script under the virtual clock, with its timeline written to trace (if
// not ""), and returns its stdout.
func tracedRun(t *testing.T, script, trace string) string {
	t.Helper()
	src, err := os.ReadFile(script)
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	status := runSource(script, src, &out, &errOut, runOptions{virtualClock: true, trace: trace})
	require.Equal(t, 0, status, errOut.String())
	return out.String()
}

// TestTraceGolden traces the pipeline twice: the files are byte for byte the expected one,
// the trace is valid JSON with a named track for every task, and stdout is the untraced
// run's.
func TestTraceGolden(t *testing.T) {
	script := filepath.Join("testdata", "trace", "pipeline.as")
	golden := filepath.Join("testdata", "trace", "pipeline.json")
	dir := t.TempDir()
	first, second := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	plain := tracedRun(t, script, "")
	assert.Equal(t, plain, tracedRun(t, script, first), "tracing changed stdout")
	tracedRun(t, script, second)
	got, err := os.ReadFile(first)
	require.NoError(t, err)
	again, err := os.ReadFile(second)
	require.NoError(t, err)
	assert.Equal(t, string(got), string(again), "two runs gave different traces")
	if *updateTrace {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	var events []map[string]any
	require.NoError(t, json.Unmarshal(got, &events))
	named := map[float64]string{}
	used := map[float64]bool{}
	labels := map[string]bool{}
	phases := map[string]bool{}
	for _, e := range events {
		phases[e["ph"].(string)] = true
		tid, _ := e["tid"].(float64)
		switch e["ph"] {
		case "M":
			if e["name"] == "thread_name" {
				named[tid] = e["args"].(map[string]any)["name"].(string)
			}
		case "X", "i":
			used[tid] = true
			if e["cat"] == "wait" {
				labels[e["name"].(string)] = true
			}
		}
	}
	for tid := range used {
		assert.NotEmpty(t, named[tid], "track %v has no name", tid)
	}
	names := map[string]bool{}
	for _, n := range named {
		names[n] = true
	}
	for _, n := range []string{"Task-1", "producer", "consumer"} {
		assert.True(t, names[n], "no track for %s", n)
	}
	for _, l := range []string{"await sleep(0.1)", "await Queue.get", "await Task \"consumer\"", "await wait_for"} {
		assert.True(t, labels[l], "no wait labelled %s in %v", l, labels)
	}
	for _, ph := range []string{"X", "i", "s", "f", "C"} {
		assert.True(t, phases[ph], "no %q events", ph)
	}
}

// TestTraceThreads: a to_thread call gets a worker thread track, and its result's wake-up
// flows from it.
func TestTraceThreads(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "threads.as")
	require.NoError(t, os.WriteFile(script, []byte("import asyncio\ndef work(x):\n    return x * 2\nasync def main():\n    print(await asyncio.to_thread(work, 21))\nasyncio.run(main())\n"), 0o644))
	trace := filepath.Join(dir, "t.json")
	assert.Equal(t, "42\n", tracedRun(t, script, trace))
	data, err := os.ReadFile(trace)
	require.NoError(t, err)
	s := string(data)
	assert.Contains(t, s, `"name":"worker thread 1"`)
	assert.Contains(t, s, `"name":"to_thread(work)","cat":"call"`)
	assert.Contains(t, s, `"name":"await to_thread(work)"`)
	assert.True(t, strings.Contains(s, `"ph":"s","ts"`), "no flow from the worker")
}

// TestTraceOption: --trace needs a .json or .html file.
func TestTraceOption(t *testing.T) {
	var out, errOut bytes.Buffer
	status := runMain([]string{"--trace=x.txt", "f.as"}, nil, &out, &errOut)
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut.String(), "--trace needs a file name ending in .json or .html")
}

// TestTraceHTML: the page of the pipeline is self-contained and the same on every run, and
// draws the tracks of the JSON trace.
func TestTraceHTML(t *testing.T) {
	script := filepath.Join("testdata", "trace", "pipeline.as")
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
	tracedRun(t, script, a)
	tracedRun(t, script, b)
	pa, err := os.ReadFile(a)
	require.NoError(t, err)
	pb, err := os.ReadFile(b)
	require.NoError(t, err)
	assert.Equal(t, string(pa), string(pb))
	page := string(pa)
	assert.NotContains(t, page, "/*TRACE*/null")
	assert.NotRegexp(t, `(src|href)="(https?:)?//`, page)
	for _, s := range []string{`"name":"producer"`, `"name":"consumer"`, `"long":true`, `"outcome":"cancelled"`} {
		assert.Contains(t, page, s)
	}
}
