package asyncio

import "github.com/asyncscript/asyncscript/vm"

// exceptionNames are the names of asyncio.exceptions that asyncscript has (CPython's also
// has IncompleteReadError, LimitOverrunError and SendfileNotAvailableError, which belong
// to streams and sendfile, not supported here).
var exceptionNames = []string{"BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError"}

// newExceptionsModule builds asyncio.exceptions, the asyncio package's `exceptions`, from
// the package's own classes. BrokenBarrierError is the prelude's: it is fetched from the
// package when first named, so importing asyncio runs no prelude file.
func newExceptionsModule(in *vm.Interp, pkg *vm.Module) *vm.Module {
	m := vm.NewModule("asyncio.exceptions")
	m.Set("CancelledError", CancelledError)
	m.Set("InvalidStateError", InvalidStateError)
	m.Set("TimeoutError", vm.TimeoutError)
	m.SetLoader([]string{"BrokenBarrierError"}, func(name string) error {
		v, err := vm.GetAttr(in.MainThread(), pkg, name)
		if err == nil {
			m.Set(name, v)
		}
		return err
	})
	all := make(vm.Tuple, len(exceptionNames))
	for i, name := range exceptionNames {
		all[i] = vm.Str(name)
	}
	m.Set("__all__", all)
	return m
}

// importExceptions is the importer of asyncio.exceptions.
func importExceptions(in *vm.Interp) (*vm.Module, error) {
	pkg, err := in.Import("asyncio")
	if err != nil {
		return nil, err
	}
	v, _ := pkg.Get("exceptions")
	return v.(*vm.Module), nil
}
