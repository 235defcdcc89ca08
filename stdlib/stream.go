package stdlib

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/vm"
)

// The classes of the file objects: open() makes TextIOWrapper (text), BufferedReader or
// BufferedWriter (binary); io makes StringIO and BytesIO; sys.stdin/stdout/stderr are
// TextIOWrappers.
var (
	textIOClass         = streamClass("TextIOWrapper")
	bufferedReaderClass = streamClass("BufferedReader")
	bufferedWriterClass = streamClass("BufferedWriter")
	stringIOClass       = streamClass("StringIO")
	bytesIOClass        = streamClass("BytesIO")
)

func streamClass(name string) *vm.Class {
	c := vm.NewBuiltinClass(name, vm.ObjectClass)
	c.Module = "_io"
	return c
}

func init() {
	for _, c := range []*vm.Class{textIOClass, bufferedReaderClass, bufferedWriterClass, stringIOClass, bytesIOClass} {
		c.DefineMethods(streamMethods)
	}
	for _, c := range []*vm.Class{stringIOClass, bytesIOClass} {
		c.DefineMethods([]vm.MethodDef{streamGetvalue})
	}
}

// stream is every file object. Its data lives in one of three places: in memory (buf, with
// the position pos: StringIO, BytesIO and files opened for reading, which are read whole at
// open), in a host file opened for writing (file), or in a console stream (out, or in for
// sys.stdin).
type stream struct {
	cls                *vm.Class
	name               vm.Value
	mode, encoding     string
	binary             bool
	readable, writable bool
	closed             bool
	buf                []byte
	pos                int
	file               *os.File
	out                func(s string)
	flush              func()
	in                 *bufio.Reader
	stdin              *waitingReader // under in, for sys.stdin
}

// reading prepares a read by th: standard input waits for its bytes as th.
func (s *stream) reading(th *vm.Thread) {
	if s.stdin != nil {
		s.stdin.th = th
	}
}

// Type implements vm.Value.
func (s *stream) Type() *vm.Class { return s.cls }

// Repr implements repr() as CPython shows files; memory streams show an address.
func (s *stream) Repr() string {
	switch s.cls {
	case stringIOClass, bytesIOClass:
		return "<_io." + s.cls.Name + " object at " + vm.Addr(s) + ">"
	}
	name, _ := vm.Repr(nil, s.name)
	r := fmt.Sprintf("<_io.%s name=%s", s.cls.Name, name)
	if !s.binary {
		r += fmt.Sprintf(" mode='%s' encoding='%s'", s.mode, s.encoding)
	}
	return r + ">"
}

// Attr implements vm.AttrGetter: closed, name, mode, encoding.
func (s *stream) Attr(name string) (vm.Value, bool) {
	switch name {
	case "closed":
		return vm.Bool(s.closed), true
	case "name":
		return s.name, s.name != nil
	case "mode":
		return vm.Str(s.mode), s.mode != ""
	case "encoding":
		return vm.Str(s.encoding), s.encoding != ""
	}
	return nil, false
}

// Next implements vm.Iterator: iterating over a file yields its lines.
func (s *stream) Next(th *vm.Thread) (vm.Value, error) {
	line, err := s.readLine(th, -1)
	if err != nil || len(line) == 0 {
		return nil, err
	}
	return s.value(line), nil
}

// value makes str or bytes of data, as the stream's kind reads.
func (s *stream) value(data []byte) vm.Value {
	if s.binary {
		return vm.Bytes(data)
	}
	return vm.Str(data)
}

// check reports a closed stream, or one that cannot do what is asked (need is "readable" or
// "writable"), with CPython's errors.
func (s *stream) check(need string) error {
	if s.closed {
		if s.cls == stringIOClass {
			return vm.Errorf(vm.ValueError, "I/O operation on closed file")
		}
		return vm.Errorf(vm.ValueError, "I/O operation on closed file.")
	}
	if (need == "readable" && !s.readable) || (need == "writable" && !s.writable) {
		return vm.NewException(vm.UnsupportedOperationErr, vm.Str("not "+need))
	}
	return nil
}

// readLine reads up to a newline (included), at most limit bytes (characters for text)
// when limit >= 0; an empty result means the end.
func (s *stream) readLine(th *vm.Thread, limit int) ([]byte, error) {
	if err := s.check("readable"); err != nil {
		return nil, err
	}
	s.reading(th)
	if s.in != nil {
		line, err := s.in.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, osError(err, "")
		}
		return line, nil
	}
	rest := s.buf[s.pos:]
	n := len(rest)
	if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
		n = i + 1
	}
	if limit >= 0 {
		n = min(n, s.units(rest, limit))
	}
	s.pos += n
	return rest[:n], nil
}

// units is how many bytes the first n units of data take: bytes for binary streams,
// characters for text.
func (s *stream) units(data []byte, n int) int {
	if s.binary {
		return min(n, len(data))
	}
	i := 0
	for ; n > 0 && i < len(data); n-- {
		_, size := utf8.DecodeRune(data[i:])
		i += size
	}
	return i
}

// read reads n units, or everything left when n < 0.
func (s *stream) read(th *vm.Thread, n int) ([]byte, error) {
	if err := s.check("readable"); err != nil {
		return nil, err
	}
	s.reading(th)
	if s.in != nil {
		if n >= 0 {
			return nil, vm.Errorf(vm.NotImplementedError, "asyncscript does not support sys.stdin.read(n); use read() or readline()")
		}
		data, err := io.ReadAll(s.in)
		if err != nil {
			return nil, osError(err, "")
		}
		return data, nil
	}
	rest := s.buf[s.pos:]
	if n >= 0 {
		rest = rest[:s.units(rest, n)]
	}
	s.pos += len(rest)
	return rest, nil
}

// write writes str (text) or bytes (binary) and returns how many units it wrote.
func (s *stream) write(v vm.Value) (int, error) {
	if err := s.check("writable"); err != nil {
		return 0, err
	}
	var data string
	switch x := v.(type) {
	case vm.Str:
		if s.binary {
			return 0, vm.Errorf(vm.TypeError, "a bytes-like object is required, not 'str'")
		}
		data = string(x)
	case vm.Bytes, *vm.ByteArray:
		if !s.binary {
			return 0, s.textTypeError(v)
		}
		b, _ := vm.BytesLike(x)
		data = string(b)
	default:
		if s.binary {
			return 0, vm.Errorf(vm.TypeError, "a bytes-like object is required, not '%s'", vm.TypeName(v))
		}
		return 0, s.textTypeError(v)
	}
	n := len(data)
	if !s.binary {
		n = utf8.RuneCountInString(data)
	}
	switch {
	case s.out != nil:
		s.out(data)
	case s.file != nil:
		if _, err := s.file.WriteString(data); err != nil {
			return 0, osError(err, "")
		}
	default:
		s.writeMemory(data)
	}
	return n, nil
}

func (s *stream) textTypeError(v vm.Value) error {
	if s.cls == stringIOClass {
		return vm.Errorf(vm.TypeError, "string argument expected, got '%s'", vm.TypeName(v))
	}
	return vm.Errorf(vm.TypeError, "write() argument must be str, not %s", vm.TypeName(v))
}

// writeMemory overwrites the buffer at the position, padding with NULs past its end as
// CPython does after a seek beyond it.
func (s *stream) writeMemory(data string) {
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	end := s.pos + len(data)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], data...)
	} else {
		copy(s.buf[s.pos:], data)
	}
	s.pos = end
}

// tell is the position: bytes for files and BytesIO, characters for StringIO.
func (s *stream) tell() (int, error) {
	if err := s.check(""); err != nil {
		return 0, err
	}
	switch {
	case s.file != nil:
		off, err := s.file.Seek(0, io.SeekCurrent)
		return int(off), err
	case s.out != nil || s.in != nil:
		return 0, vm.NewException(vm.OSError, vm.MakeInt(29), vm.Str("Illegal seek"))
	case s.cls == stringIOClass:
		return utf8.RuneCount(s.buf[:min(s.pos, len(s.buf))]) + max(0, s.pos-len(s.buf)), nil
	}
	return s.pos, nil
}

// seek moves the position (whence 0: from the start, 1: from here, 2: from the end).
func (s *stream) seek(off, whence int) (int, error) {
	if err := s.check(""); err != nil {
		return 0, err
	}
	if whence < 0 || whence > 2 {
		return 0, vm.Errorf(vm.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if !s.binary && whence != 0 && off != 0 {
		return 0, vm.NewException(vm.UnsupportedOperationErr, vm.Str("can't do nonzero cur-relative seeks"))
	}
	switch {
	case s.file != nil:
		n, err := s.file.Seek(int64(off), whence)
		return int(n), err
	case s.out != nil || s.in != nil:
		return 0, vm.NewException(vm.OSError, vm.MakeInt(29), vm.Str("Illegal seek"))
	}
	if off < 0 && whence == 0 {
		return 0, vm.Errorf(vm.ValueError, "negative seek value %d", off)
	}
	switch whence {
	case 1:
		off += s.pos
	case 2:
		off += len(s.buf)
	}
	if s.cls == stringIOClass && whence == 0 {
		// StringIO counts characters: convert to a byte offset.
		b := s.units(s.buf, off)
		if off > utf8.RuneCount(s.buf) {
			b = len(s.buf) + off - utf8.RuneCount(s.buf)
		}
		s.pos = b
		return off, nil
	}
	s.pos = max(off, 0)
	return s.pos, nil
}

// close closes the stream; closing again does nothing.
func (s *stream) close() error {
	if s.closed || s.out != nil || s.in != nil {
		return nil
	}
	s.closed = true
	if s.file != nil {
		if err := s.file.Close(); err != nil {
			return osError(err, "")
		}
	}
	return nil
}
