package main

import (
	"fmt"

	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/trace"
	"github.com/asyncscript/asyncscript/vm"
)

// replTrace is the timeline the prompt's trace() is recording, if any.
type replTrace struct {
	rec  *trace.Recorder
	file string
}

// traceBuiltin is the prompt's trace(FILE) and trace(): the first starts recording the
// session's tasks, the second stops and writes FILE (.json or .html, as --trace does).
func (s *session) traceBuiltin(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	if args[0] == nil {
		return vm.None, s.stopTrace()
	}
	file, ok := args[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "trace() argument must be str, not %s", vm.TypeName(args[0]))
	}
	if traceFormat(string(file)) == "" {
		return nil, vm.Errorf(vm.ValueError, "trace() file must end in .json or .html: %s", file)
	}
	if s.trace.rec != nil {
		return nil, vm.Errorf(vm.RuntimeError, "a trace is already being recorded to %s: call trace() to stop it", s.trace.file)
	}
	s.trace = replTrace{rec: trace.NewRecorder(), file: string(file)}
	asyncio.SetTracer(s.in, s.trace.rec)
	fmt.Fprintf(s.in.Stdout, "recording the tasks' timeline; trace() writes it to %s\n", file)
	return vm.None, nil
}

// stopTrace ends the recording and writes its file.
func (s *session) stopTrace() error {
	t := s.trace
	if t.rec == nil {
		return vm.Errorf(vm.RuntimeError, "no trace is being recorded: start one with trace(\"FILE.html\")")
	}
	asyncio.SetTracer(s.in, nil)
	s.trace = replTrace{}
	if err := saveTrace(t.rec, t.file); err != nil {
		return vm.Errorf(vm.OSError, "cannot write the trace: %v", err)
	}
	fmt.Fprintf(s.in.Stdout, "wrote %d events to %s\n", t.rec.Len(), t.file)
	return nil
}
