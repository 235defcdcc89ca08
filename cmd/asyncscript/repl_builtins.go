package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/asyncscript/asyncscript/vm"
)

// installReplBuiltins adds the names only the interactive prompt has: exit(), quit(), help(),
// tasks() and trace().
func installReplBuiltins(s *session) {
	exit := vm.NewBuiltin("exit", func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return nil, vm.NewException(vm.SystemExit, args...)
	})
	s.in.Builtins.Set("exit", exit)
	s.in.Builtins.Set("quit", exit)
	s.in.Builtins.Set("help", vm.NewBuiltin("help", s.help))
	s.in.Builtins.Set("trace", vm.NewFunc(vm.Signature{Name: "trace", Style: vm.PosArgs, Max: 1}, s.traceBuiltin))
	s.in.Builtins.Set("tasks", vm.NewBuiltin("tasks", func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s.in.Stdout.WriteString(s.describeTasks())
		s.in.Flush()
		return vm.None, nil
	}))
}

// describeTasks lists every task of the session's loop: name, state, what it waits for and
// the frames where it is paused, innermost last.
func (s *session) describeTasks() string {
	tasks := s.loop.PendingTasks()
	if len(tasks) == 0 {
		return "no tasks\n"
	}
	var b strings.Builder
	for _, t := range tasks {
		name, _ := vm.ToStr(nil, t.Name())
		fmt.Fprintf(&b, "%s  %s\n", name, t.Repr())
		for _, fr := range t.Coro().PausedFrames() {
			fmt.Fprintf(&b, "    File \"%s\", line %d, in %s\n", fr.Code.Filename, fr.Line, fr.Code.Name)
		}
	}
	return b.String()
}

// pythonKeywords are completed at the prompt like names.
var pythonKeywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
	"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
	"return", "try", "while", "with", "yield"}

// complete proposes completions of the word before the cursor: keywords and names in scope,
// or the attributes of an object named by a dotted path (module.attr, obj.attr).
func (s *session) complete(line string) []string {
	start := len(line)
	for start > 0 {
		r := rune(line[start-1])
		if r != '.' && r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		start--
	}
	head, word := line[:start], line[start:]
	s.in.Acquire()
	defer s.in.Release()
	var candidates []string
	if dot := strings.LastIndex(word, "."); dot >= 0 {
		obj, ok := s.resolve(word[:dot])
		if !ok {
			return nil
		}
		for _, name := range vm.Dir(obj) {
			candidates = append(candidates, word[:dot+1]+name)
		}
	} else {
		candidates = append(candidates, pythonKeywords...)
		candidates = append(candidates, s.main.Names()...)
		candidates = append(candidates, s.in.Builtins.Names()...)
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range candidates {
		if strings.HasPrefix(c, word) && !seen[c] && (strings.HasPrefix(word, "_") || !strings.Contains(c[strings.LastIndex(c, ".")+1:], "__")) {
			seen[c] = true
			out = append(out, head+c)
		}
	}
	sort.Strings(out)
	return out
}

// resolve finds the object a dotted path names, by looking up names and attributes only:
// completion never calls code (properties aside).
func (s *session) resolve(path string) (vm.Value, bool) {
	parts := strings.Split(path, ".")
	v, ok := s.main.Get(parts[0])
	if !ok {
		if v, ok = s.in.Builtins.Get(parts[0]); !ok {
			return nil, false
		}
	}
	for _, p := range parts[1:] {
		next, err := vm.GetAttr(s.in.MainThread(), v, p)
		if err != nil {
			return nil, false
		}
		v = next
	}
	return v, true
}
