package stdlib

import (
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// newLoggingCore builds _logging, the private core of lib/logging.py: what logging needs
// from the interpreter and cannot find out in asyncscript itself.
var newLoggingCore = coreModule("_logging", vm.NewFunc(vm.Signature{Name: "caller", Style: vm.PosArgs, Min: 1, Max: 1}, loggingCaller))

// loggingCaller is _logging.caller(stacklevel): the (filename, lineno, funcName) of the
// stacklevel-th frame, counting outwards, that is not in a library module, as
// Logger.findCaller reports it; ("(unknown file)", 0, "(unknown function)") when there are
// fewer such frames. Like CPython it falls back to the outermost one when stacklevel
// goes past the stack.
func loggingCaller(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	level, ok := args[0].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "caller() argument must be int, not %s", vm.TypeName(args[0]))
	}
	want := int64(level)
	var found *vm.FrameInfo
	stack := th.CurrentStack()
	for i := len(stack) - 1; i >= 0 && want > 0; i-- {
		if f := stack[i]; !strings.HasPrefix(f.Code.Filename, "<asyncscript>/") {
			found = f
			want--
		}
	}
	if found == nil {
		return vm.Tuple{vm.Str("(unknown file)"), vm.MakeInt(0), vm.Str("(unknown function)")}, nil
	}
	return vm.Tuple{vm.Str(found.Code.Filename), vm.MakeInt(int64(found.Line)), vm.Str(found.Code.Name)}, nil
}
