package stdlib

import (
	"bufio"
	"os"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// installHostBuiltins adds the built-ins that reach the host: open and input.
func installHostBuiltins(in *vm.Interp, h *host) {
	in.Builtins.Set("open", vm.NewFunc(vm.Signature{Name: "open", Style: vm.ClinicArgs, Min: 1, Max: 8,
		Kw: []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}}, h.open))
	in.Builtins.Set("input", vm.NewFunc(vm.Signature{Name: "input", Style: vm.PosArgs, Max: 1}, h.input))
}

// open is open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) for
// text and binary files; a file opened for reading is read whole at once.
func (h *host) open(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	path, err := pathArg(th, p[0]) // a str, or an os.PathLike whose __fspath__ names the file
	if err != nil {
		return nil, err
	}
	if closefd, opener := p[6], p[7]; closefd != nil && closefd != vm.True || opener != nil && !vm.IsNone(opener) {
		return nil, vm.Errorf(vm.NotImplementedError, "asyncscript does not support open()'s closefd and opener arguments")
	}
	mode, err := optStr(p[1], "r", "open() argument 'mode'")
	if err != nil {
		return nil, err
	}
	s := &stream{name: vm.Str(path), mode: mode, binary: strings.Contains(mode, "b")}
	flags, err := s.parseMode()
	if err != nil {
		return nil, err
	}
	if err := s.setEncoding(p[3]); err != nil {
		return nil, err
	}
	if err := h.allow("open()"); err != nil {
		return nil, err
	}
	if s.readable {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, osError(err, path)
		}
		if !s.binary {
			data = []byte(strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n"))
		}
		s.buf = data
		return s, nil
	}
	f, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return nil, osError(err, path)
	}
	s.file = f
	return s, nil
}

// parseMode checks an open() mode as CPython does and sets what the stream can do; it
// returns the flags to open a file for writing with.
func (s *stream) parseMode() (int, error) {
	mode := s.mode
	kinds := 0
	for i, c := range mode {
		if !strings.ContainsRune("rwaxbt+", c) || strings.ContainsRune(mode[i+1:], c) {
			return 0, vm.Errorf(vm.ValueError, "invalid mode: '%s'", mode)
		}
		if strings.ContainsRune("rwax", c) {
			kinds++
		}
	}
	if strings.Contains(mode, "b") && strings.Contains(mode, "t") {
		return 0, vm.Errorf(vm.ValueError, "can't have text and binary mode at once")
	}
	if kinds != 1 {
		return 0, vm.Errorf(vm.ValueError, "must have exactly one of create/read/write/append mode")
	}
	if strings.Contains(mode, "+") {
		return 0, vm.Errorf(vm.NotImplementedError, "asyncscript does not support open() mode '%s' (read and write at once)", mode)
	}
	s.cls = textIOClass
	switch {
	case strings.Contains(mode, "r"):
		s.readable = true
		if s.binary {
			s.cls = bufferedReaderClass
		}
		return 0, nil
	case s.binary:
		s.cls = bufferedWriterClass
	}
	s.writable = true
	switch {
	case strings.Contains(mode, "a"):
		return os.O_WRONLY | os.O_CREATE | os.O_APPEND, nil
	case strings.Contains(mode, "x"):
		return os.O_WRONLY | os.O_CREATE | os.O_EXCL, nil
	}
	return os.O_WRONLY | os.O_CREATE | os.O_TRUNC, nil
}

// setEncoding takes open()'s encoding argument: UTF-8 is the only one asyncscript reads
// and writes.
func (s *stream) setEncoding(enc vm.Value) error {
	if enc == nil || vm.IsNone(enc) {
		if !s.binary {
			s.encoding = "UTF-8"
		}
		return nil
	}
	e, ok := enc.(vm.Str)
	if !ok {
		return vm.Errorf(vm.TypeError, "open() argument 'encoding' must be str or None, not %s", vm.TypeName(enc))
	}
	if s.binary {
		return vm.Errorf(vm.ValueError, "binary mode doesn't take an encoding argument")
	}
	switch strings.ReplaceAll(strings.ToLower(string(e)), "_", "-") {
	case "utf-8", "utf8":
	default:
		return vm.Errorf(vm.NotImplementedError, "asyncscript does not support the encoding '%s': files are UTF-8", e)
	}
	s.encoding = string(e)
	return nil
}

// input is input(prompt=”): the prompt goes to stdout, then one line is read from stdin
// without its newline; EOFError at the end of input.
func (h *host) input(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	in := th.Interp()
	if args[0] != nil {
		prompt, err := vm.ToStr(th, args[0])
		if err != nil {
			return nil, err
		}
		in.Stdout.WriteString(prompt)
	}
	in.Flush()
	stdin, err := h.stdinStream()
	if err != nil {
		return nil, err
	}
	line, err := stdin.readLine(th, -1)
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return nil, vm.Errorf(vm.EOFError, "EOF when reading a line")
	}
	return vm.Str(strings.TrimSuffix(string(line), "\n")), nil
}

// stdinStream is sys.stdin, made on first use.
func (h *host) stdinStream() (*stream, error) {
	if h.stdinFile == nil {
		w := &waitingReader{r: h.stdin}
		h.stdinFile = &stream{cls: textIOClass, name: vm.Str("<stdin>"), mode: "r", encoding: "utf-8",
			readable: true, in: bufio.NewReader(w), stdin: w}
	}
	return h.stdinFile, nil
}
