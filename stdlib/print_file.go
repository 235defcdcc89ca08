package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// redirectedStdout is what sys.stdout has been set to when a script replaced it (with a
// StringIO, say), or nil while it is the console, which print writes to directly.
func redirectedStdout(in *vm.Interp) vm.Value {
	sys, ok := in.Modules()["sys"]
	if !ok {
		return nil
	}
	out, _ := sys.Get("stdout")
	if s, ok := out.(*stream); ok && s.out != nil && s.name == vm.Str("<stdout>") {
		return nil
	}
	return out
}

// printTo is print(..., file=file): like CPython it writes each argument, separator and the
// end with a call of file.write, then calls file.flush() when flush is true.
func printTo(th *vm.Thread, file vm.Value, args []vm.Value, sep, end string, flush vm.Value) error {
	write := func(s string) error {
		if st, ok := file.(*stream); ok {
			_, err := st.write(vm.Str(s))
			return err
		}
		w, err := vm.GetAttr(th, file, "write")
		if err != nil {
			return vm.Errorf(vm.AttributeError, "'%s' object has no attribute 'write'", vm.TypeName(file))
		}
		_, err = th.Call(w, []vm.Value{vm.Str(s)}, nil)
		return err
	}
	for i, a := range args {
		if i > 0 {
			if err := write(sep); err != nil {
				return err
			}
		}
		s, err := vm.ToStr(th, a)
		if err != nil {
			return err
		}
		if err := write(s); err != nil {
			return err
		}
	}
	if err := write(end); err != nil {
		return err
	}
	if flush == nil {
		return nil
	}
	if t, _ := vm.Truth(th, flush); t {
		f, err := vm.GetAttr(th, file, "flush")
		if err != nil {
			return err
		}
		_, err = th.Call(f, nil, nil)
		return err
	}
	return nil
}
