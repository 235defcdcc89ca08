package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/asyncscript/asyncscript/trace"
)

// traceFormat is the format --trace=FILE writes, from FILE's extension: "json", "html",
// or "" when it is neither.
func traceFormat(file string) string {
	switch {
	case strings.HasSuffix(file, ".json"):
		return "json"
	case strings.HasSuffix(file, ".html"):
		return "html"
	}
	return ""
}

// writeTrace writes the recorded timeline to file once the program has ended; it returns
// the exit status, which a failed write makes 1 when the program itself succeeded.
func writeTrace(rec *trace.Recorder, file string, stderr io.Writer, status int) int {
	err := saveTrace(rec, file)
	if err == nil {
		return status
	}
	fmt.Fprintf(stderr, "asyncscript: cannot write the trace: %v\n", err)
	if status == 0 {
		return 1
	}
	return status
}

func saveTrace(rec *trace.Recorder, file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	write := rec.WriteJSON
	if traceFormat(file) == "html" {
		write = rec.WriteHTML
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
