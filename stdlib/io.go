package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

func init() {
	stringIOClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Max: 2, Kw: []string{"initial_value", "newline"}}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := &stream{cls: stringIOClass, readable: true, writable: true}
		switch v := p[0].(type) {
		case nil, vm.NoneType:
		case vm.Str:
			s.buf = []byte(v)
		default:
			return nil, vm.Errorf(vm.TypeError, "initial_value must be str or None, not %s", vm.TypeName(v))
		}
		return s, nil
	})
	bytesIOClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Max: 1, Kw: []string{"initial_bytes"}}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := &stream{cls: bytesIOClass, binary: true, readable: true, writable: true}
		switch v := p[0].(type) {
		case nil, vm.NoneType:
		case vm.Bytes:
			s.buf = []byte(v)
		default:
			return nil, vm.Errorf(vm.TypeError, "a bytes-like object is required, not '%s'", vm.TypeName(v))
		}
		return s, nil
	})
}

// newIOModule builds io: the in-memory streams, the file classes open() makes, and open.
func newIOModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("io")
	for _, c := range []*vm.Class{stringIOClass, bytesIOClass, textIOClass, bufferedReaderClass, bufferedWriterClass} {
		m.Set(c.Name, c)
	}
	m.Set("UnsupportedOperation", vm.UnsupportedOperationErr)
	if open, ok := in.Builtins.Get("open"); ok {
		m.Set("open", open)
	}
	m.Set("DEFAULT_BUFFER_SIZE", vm.MakeInt(8192))
	m.Set("SEEK_SET", vm.MakeInt(0))
	m.Set("SEEK_CUR", vm.MakeInt(1))
	m.Set("SEEK_END", vm.MakeInt(2))
	return m, nil
}
