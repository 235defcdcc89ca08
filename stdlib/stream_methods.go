package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// streamMethods are the methods every file object has. Each takes the stream as args[0].
var streamMethods = map[string]fn{
	"read": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s, n, err := sizeArg("read", args, kwargs)
		if err != nil {
			return nil, err
		}
		data, err := s.read(n)
		if err != nil {
			return nil, err
		}
		return s.value(data), nil
	},
	"readline": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s, n, err := sizeArg("readline", args, kwargs)
		if err != nil {
			return nil, err
		}
		line, err := s.readLine(n)
		if err != nil {
			return nil, err
		}
		return s.value(line), nil
	},
	"readlines": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s, _, err := sizeArg("readlines", args, kwargs)
		if err != nil {
			return nil, err
		}
		var lines []vm.Value
		for {
			line, err := s.readLine(-1)
			if err != nil {
				return nil, err
			}
			if len(line) == 0 {
				return vm.NewList(lines), nil
			}
			lines = append(lines, s.value(line))
		}
	},
	"write": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := streamArgs("write", args, kwargs, 1, 1); err != nil {
			return nil, err
		}
		n, err := args[0].(*stream).write(args[1])
		return vm.MakeInt(int64(n)), err
	},
	"writelines": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := streamArgs("writelines", args, kwargs, 1, 1); err != nil {
			return nil, err
		}
		s := args[0].(*stream)
		return vm.None, vm.Iterate(th, args[1], func(line vm.Value) error {
			_, err := s.write(line)
			return err
		})
	},
	"seek": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := streamArgs("seek", args, kwargs, 1, 2); err != nil {
			return nil, err
		}
		off, err := intArg("seek", args[1])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) == 3 {
			if whence, err = intArg("seek", args[2]); err != nil {
				return nil, err
			}
		}
		pos, err := args[0].(*stream).seek(off, whence)
		return vm.MakeInt(int64(pos)), err
	},
	"tell": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := streamArgs("tell", args, kwargs, 0, 0); err != nil {
			return nil, err
		}
		pos, err := args[0].(*stream).tell()
		return vm.MakeInt(int64(pos)), err
	},
	"flush": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := streamArgs("flush", args, kwargs, 0, 0); err != nil {
			return nil, err
		}
		s := args[0].(*stream)
		if err := s.check(""); err != nil {
			return nil, err
		}
		if s.flush != nil {
			s.flush()
		}
		return vm.None, nil
	},
	"close": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := streamArgs("close", args, kwargs, 0, 0); err != nil {
			return nil, err
		}
		return vm.None, args[0].(*stream).close()
	},
	"readable": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s := args[0].(*stream)
		return vm.Bool(s.readable), s.check("")
	},
	"writable": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s := args[0].(*stream)
		return vm.Bool(s.writable), s.check("")
	},
	"seekable": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		s := args[0].(*stream)
		return vm.Bool(s.out == nil && s.in == nil), s.check("")
	},
	"isatty": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return vm.False, args[0].(*stream).check("")
	},
	"__iter__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return args[0], args[0].(*stream).check("")
	},
	"__next__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		v, err := args[0].(*stream).Next(th)
		if err == nil && v == nil {
			return nil, vm.NewException(vm.StopIteration)
		}
		return v, err
	},
	"__enter__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return args[0], args[0].(*stream).check("")
	},
	"__exit__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return vm.False, args[0].(*stream).close()
	},
}

// streamArgs checks a stream method's argument count (besides the stream) and that it
// takes no keywords.
func streamArgs(name string, args []vm.Value, kwargs *vm.Dict, min, max int) error {
	if err := noKwargs(name, kwargs); err != nil {
		return err
	}
	return checkArgs(name, args[1:], min, max)
}

// sizeArg reads the optional size argument of read and readline: -1 or None mean all.
func sizeArg(name string, args []vm.Value, kwargs *vm.Dict) (*stream, int, error) {
	if err := streamArgs(name, args, kwargs, 0, 1); err != nil {
		return nil, 0, err
	}
	s := args[0].(*stream)
	if len(args) < 2 || args[1] == vm.None {
		return s, -1, nil
	}
	n, err := intArg(name, args[1])
	if n < 0 {
		n = -1
	}
	return s, n, err
}

// intArg takes an int argument of a built-in.
func intArg(name string, v vm.Value) (int, error) {
	switch x := v.(type) {
	case vm.Int:
		return int(x), nil
	case vm.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(v))
}

// streamGetvalue is StringIO.getvalue and BytesIO.getvalue: the whole buffer.
func streamGetvalue(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := streamArgs("getvalue", args, kwargs, 0, 0); err != nil {
		return nil, err
	}
	s := args[0].(*stream)
	if err := s.check(""); err != nil {
		return nil, err
	}
	return s.value(append([]byte(nil), s.buf...)), nil
}
