package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

func init() {
	stringIOClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Max: 2, Kw: []string{"initial_value", "newline"}}, memoryStream(stringIOClass, false, initialText))
	bytesIOClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Max: 1, Kw: []string{"initial_bytes"}}, memoryStream(bytesIOClass, true, binaryArg))
}

// memoryStream makes the constructor of StringIO or BytesIO (binary): a read-write stream
// holding the initial value, which initial checks and converts (None is no value).
func memoryStream(cls *vm.Class, binary bool, initial func(vm.Value) ([]byte, error)) vm.BoundFunc {
	return func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := &stream{cls: cls, binary: binary, readable: true, writable: true}
		if v := vm.OrNone(p[0]); !vm.IsNone(v) {
			buf, err := initial(v)
			if err != nil {
				return nil, err
			}
			s.buf = buf
		}
		return s, nil
	}
}

// initialText converts StringIO's initial value.
func initialText(v vm.Value) ([]byte, error) {
	if s, ok := v.(vm.Str); ok {
		return []byte(s), nil
	}
	return nil, vm.Errorf(vm.TypeError, "initial_value must be str or None, not %s", vm.TypeName(v))
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
