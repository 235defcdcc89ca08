package asyncio

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// formatCallback describes a callback with its arguments as CPython's handles and error
// messages do, running __repr__ methods on th: "name(arg, ...)", and " at file:line" where it was defined when it is a
// function written in the script. Other callables show their repr for name; the arguments
// are shortened as reprlib does (see reprlib.go).
func formatCallback(th *vm.Thread, callback vm.Value, args []vm.Value) string {
	fn := callback
	if m, ok := fn.(*vm.BoundMethod); ok {
		fn = m.Func
	}
	var name, source string
	switch f := fn.(type) {
	case *vm.Function:
		name = f.QualName
		source = " at " + f.Code.Filename + ":" + strconv.Itoa(f.Code.FirstLine)
	case *vm.Builtin:
		name = f.Name
	default:
		name = reprIn(th, callback)
	}
	reprs := make([]string, len(args))
	for i, a := range args {
		reprs[i] = shortRepr(th, a)
	}
	return name + "(" + strings.Join(reprs, ", ") + ")" + source
}
