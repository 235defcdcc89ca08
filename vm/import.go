package vm

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// importName is IMPORT_NAME. For `from a.b import x` (the next instruction imports from the
// module) it is the module a.b itself; for `import a.b` it is the top-level package a, with
// each submodule bound as an attribute of its parent, as CPython's __import__ does without
// a fromlist.
func (in *Interp) importName(code *Code, pc int, name string) (*Module, error) {
	m, err := in.Import(name)
	if err != nil || !strings.Contains(name, ".") || pc < len(code.Instrs) &&
		(code.Op(pc) == bytecode.IMPORT_FROM || code.Op(pc) == bytecode.IMPORT_STAR) {
		return m, err
	}
	parts := strings.Split(name, ".")
	top, err := in.Import(parts[0])
	if err != nil {
		return nil, err
	}
	parent := top
	for i := 1; i < len(parts); i++ {
		child, err := in.Import(strings.Join(parts[:i+1], "."))
		if err != nil {
			return nil, err
		}
		if _, ok := parent.Get(parts[i]); !ok {
			parent.Set(parts[i], child)
		}
		parent = child
	}
	return top, nil
}
