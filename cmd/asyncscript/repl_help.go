package main

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// replIntro is what help() with no argument prints: the prompt's own help, short, in place
// of CPython's interactive pydoc.
const replIntro = `This is asyncscript's interactive prompt: a subset of Python 3.11 with
top-level await, like python3 -m asyncio (asyncio is already imported).

  help(obj)    what obj is, its documentation and its public attributes
  dir(obj)     the names of obj's attributes
  tasks()      the running tasks and where each waits
  exit()       leave (or Ctrl-D); Ctrl-C interrupts the running statement

A compound statement (if, for, def, ...) ends with an empty line. The language
is described in docs/language.md.
`

// help is the help() built-in of the prompt: a short description of an object (its kind,
// name, documentation and public names), never pydoc.
func (s *session) help(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	switch len(args) {
	case 0:
		s.in.Stdout.WriteString(replIntro)
	case 1:
		s.in.Stdout.WriteString(describe(th, args[0]))
	default:
		return nil, vm.Errorf(vm.TypeError, "help() takes at most 1 argument (%d given)", len(args))
	}
	s.in.Flush()
	return vm.None, nil
}

// describe is the text help(obj) prints.
func describe(th *vm.Thread, obj vm.Value) string {
	var b strings.Builder
	kind := vm.TypeName(obj)
	if _, isClass := obj.(*vm.Class); isClass {
		kind = "class"
	}
	name := ""
	if n, err := vm.GetAttr(th, obj, "__name__"); err == nil {
		name, _ = vm.ToStr(th, n)
	}
	if name == "" {
		name, _ = vm.Repr(th, obj)
	}
	fmt.Fprintf(&b, "Help on %s %s:\n\n", kind, name)
	doc := ""
	if d, err := vm.GetAttr(th, obj, "__doc__"); err == nil && !vm.IsNone(d) {
		doc, _ = vm.ToStr(th, d)
	}
	if doc = strings.TrimSpace(doc); doc == "" {
		doc = "(no documentation)"
	}
	for _, line := range strings.Split(doc, "\n") {
		fmt.Fprintf(&b, "    %s\n", strings.TrimSpace(line))
	}
	var public []string
	for _, n := range vm.Dir(obj) {
		if !strings.HasPrefix(n, "_") {
			public = append(public, n)
		}
	}
	if len(public) > 0 {
		fmt.Fprintf(&b, "\n    Attributes: %s\n", strings.Join(public, ", "))
	}
	return b.String()
}
