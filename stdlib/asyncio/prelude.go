package asyncio

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"unicode"

	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/vm"
)

// preludeFiles are the parts of asyncio written in asyncscript itself: the synchronisation
// primitives and the combinators built on futures and tasks. They run in the module's
// namespace, so they use its Go-implemented names directly. Each file is compiled and run
// the first time one of its names is needed, so `import asyncio` stays cheap.
//
//go:embed prelude/*.py
var preludeFiles embed.FS

// preludeIndex maps each name the prelude defines at its left margin (def, async def,
// class, or an assignment) to the file defining it.
var preludeIndex = func() map[string]string {
	index := map[string]string{}
	entries, err := preludeFiles.ReadDir("prelude")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		src, err := preludeFiles.ReadFile(path.Join("prelude", e.Name()))
		if err != nil {
			panic(err)
		}
		// This runs at every start: most lines are indented, and those define nothing.
		for line := range strings.Lines(string(src)) {
			if line[0] == ' ' || line[0] == '\n' || line[0] == '#' {
				continue
			}
			if name := definedName(strings.TrimSuffix(line, "\n")); name != "" {
				index[name] = e.Name()
			}
		}
	}
	return index
}()

// definedName is the name a top-level line defines, or "".
func definedName(line string) string {
	for _, kw := range []string{"async def ", "def ", "class "} {
		if strings.HasPrefix(line, kw) {
			return leadingIdentifier(line[len(kw):])
		}
	}
	name := leadingIdentifier(line)
	if rest := strings.TrimLeft(line[len(name):], " "); name != "" && strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "==") {
		return name
	}
	return ""
}

// leadingIdentifier is the identifier at the start of s, or "".
func leadingIdentifier(s string) string {
	end := 0
	for end < len(s) && (s[end] == '_' || unicode.IsLetter(rune(s[end])) || (end > 0 && unicode.IsDigit(rune(s[end])))) {
		end++
	}
	return s[:end]
}

// installPrelude declares the prelude's names as the module's lazy names: the file
// defining one runs the first time one of its names is needed.
func installPrelude(in *vm.Interp, m *vm.Module) {
	names := make([]string, 0, len(preludeIndex))
	for name := range preludeIndex {
		names = append(names, name)
	}
	loaded := map[string]bool{}
	m.SetLoader(names, func(name string) error {
		file := preludeIndex[name]
		if loaded[file] {
			return nil
		}
		loaded[file] = true
		return execPreludeFile(in, m, file)
	})
}

func execPreludeFile(in *vm.Interp, m *vm.Module, name string) error {
	src, err := preludeFiles.ReadFile(path.Join("prelude", name))
	if err != nil {
		return err
	}
	filename := "asyncio/" + name
	mod, err := parser.Parse(filename, src)
	if err != nil {
		return fmt.Errorf("asyncio prelude: %w", err)
	}
	code, err := compiler.Compile(mod)
	if err != nil {
		return fmt.Errorf("asyncio prelude: %w", err)
	}
	in.AddSource(filename, src)
	in.HideFromTracebacks(filename)
	return in.Exec(code, m)
}
