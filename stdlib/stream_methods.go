package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// streamMethods are the methods every file object has.
var streamMethods = []vm.MethodDef{
	sizedRead("read", (*stream).read),
	sizedRead("readline", (*stream).readLine),
	{Name: "readlines", Style: vm.PosArgs, Max: 1, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		if _, err := sizeArg("readlines", args[0]); err != nil {
			return nil, err
		}
		var lines []vm.Value
		for {
			line, err := s.readLine(th, -1)
			if err != nil {
				return nil, err
			}
			if len(line) == 0 {
				return vm.NewList(lines), nil
			}
			lines = append(lines, s.value(line))
		}
	}},
	{Name: "write", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		n, err := self.(*stream).write(args[0])
		return vm.MakeInt(int64(n)), err
	}},
	{Name: "writelines", Qual: "_IOBase.writelines", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		return vm.None, vm.Iterate(th, args[0], func(line vm.Value) error {
			_, err := s.write(line)
			return err
		})
	}},
	{Name: "seek", Style: vm.PosArgs, Min: 1, Max: 2, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		off, err := intArg("seek", args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if args[1] != nil {
			if whence, err = intArg("seek", args[1]); err != nil {
				return nil, err
			}
		}
		pos, err := self.(*stream).seek(off, whence)
		return vm.MakeInt(int64(pos)), err
	}},
	{Name: "tell", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		pos, err := self.(*stream).tell()
		return vm.MakeInt(int64(pos)), err
	}},
	{Name: "flush", Qual: "_IOBase.flush", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		if err := s.check(""); err != nil {
			return nil, err
		}
		if s.flush != nil {
			s.flush()
		}
		return vm.None, nil
	}},
	{Name: "close", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.None, self.(*stream).close()
	}},
	{Name: "readable", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		return vm.Bool(s.readable), s.check("")
	}},
	{Name: "writable", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		return vm.Bool(s.writable), s.check("")
	}},
	{Name: "seekable", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		return vm.Bool(s.out == nil && s.in == nil), s.check("")
	}},
	{Name: "isatty", Qual: "_IOBase.isatty", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.False, self.(*stream).check("")
	}},
	{Name: "__iter__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return self, self.(*stream).check("")
	}},
	{Name: "__next__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		v, err := self.(*stream).Next(th)
		if err == nil && v == nil {
			return nil, vm.NewException(vm.StopIteration)
		}
		return v, err
	}},
	{Name: "__enter__", Qual: "_IOBase.__enter__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return self, self.(*stream).check("")
	}},
	{Name: "__exit__", Style: vm.VarArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.False, self.(*stream).close()
	}},
}

// sizedRead makes read or readline: the size argument, then what read gives for that size,
// as str or bytes.
func sizedRead(name string, read func(s *stream, th *vm.Thread, n int) ([]byte, error)) vm.MethodDef {
	return vm.MethodDef{Name: name, Style: vm.PosArgs, Max: 1, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		s := self.(*stream)
		n, err := sizeArg(name, args[0])
		if err != nil {
			return nil, err
		}
		data, err := read(s, th, n)
		if err != nil {
			return nil, err
		}
		return s.value(data), nil
	}}
}

// sizeArg reads the optional size argument of read and readline: -1 or None (or not
// passed) mean all.
func sizeArg(name string, v vm.Value) (int, error) {
	if v == nil || vm.IsNone(v) {
		return -1, nil
	}
	n, err := intArg(name, v)
	if n < 0 {
		n = -1
	}
	return n, err
}

// streamGetvalue is StringIO.getvalue and BytesIO.getvalue: the whole buffer.
var streamGetvalue = vm.MethodDef{Name: "getvalue", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
	s := self.(*stream)
	if err := s.check(""); err != nil {
		return nil, err
	}
	return s.value(append([]byte(nil), s.buf...)), nil
}}
