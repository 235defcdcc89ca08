package vm

import (
	"fmt"
	"strings"
)

// The subclasses of OSError, which CPython picks by errno: OSError(2, 'msg') is a
// FileNotFoundError.
var (
	BlockingIOError         = newExceptionClass("BlockingIOError", OSError)
	ChildProcessError       = newExceptionClass("ChildProcessError", OSError)
	ConnectionError         = newExceptionClass("ConnectionError", OSError)
	BrokenPipeError         = newExceptionClass("BrokenPipeError", ConnectionError)
	ConnectionAbortedError  = newExceptionClass("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError  = newExceptionClass("ConnectionRefusedError", ConnectionError)
	ConnectionResetError    = newExceptionClass("ConnectionResetError", ConnectionError)
	FileExistsError         = newExceptionClass("FileExistsError", OSError)
	FileNotFoundError       = newExceptionClass("FileNotFoundError", OSError)
	InterruptedError        = newExceptionClass("InterruptedError", OSError)
	IsADirectoryError       = newExceptionClass("IsADirectoryError", OSError)
	NotADirectoryError      = newExceptionClass("NotADirectoryError", OSError)
	PermissionError         = newExceptionClass("PermissionError", OSError)
	ProcessLookupError      = newExceptionClass("ProcessLookupError", OSError)
	EOFError                = newExceptionClass("EOFError", ExceptionType)
	UnsupportedOperationErr = newExceptionClass("UnsupportedOperation", OSError)
)

// OSErrorClasses lists the OSError subclasses above (TimeoutError is among ExceptionClasses)
// and EOFError, for the builtins module. io.UnsupportedOperation is left out: it lives in io.
var OSErrorClasses = []*Class{
	BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
	ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
	InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
	EOFError,
}

// errnoClasses maps Linux errno values to the OSError subclass CPython raises for them.
var errnoClasses = map[int64]*Class{
	11: BlockingIOError, 114: BlockingIOError, 115: BlockingIOError,
	10: ChildProcessError,
	32: BrokenPipeError, 108: BrokenPipeError,
	103: ConnectionAbortedError, 111: ConnectionRefusedError, 104: ConnectionResetError,
	17: FileExistsError, 2: FileNotFoundError, 21: IsADirectoryError, 20: NotADirectoryError,
	4: InterruptedError, 1: PermissionError, 13: PermissionError, 3: ProcessLookupError,
	110: TimeoutError,
}

func init() {
	UnsupportedOperationErr.Module = "io"
	for _, c := range OSErrorClasses {
		c.newInstance = BaseException.newInstance
	}
	UnsupportedOperationErr.newInstance = BaseException.newInstance
}

// initOSError gives a new OSError its errno, strerror, filename and filename2 from its
// arguments as CPython does: with two to five arguments they are (errno, strerror[, filename[,
// winerror[, filename2]]]) and args keeps only the first two; OSError itself becomes the
// subclass its errno names.
func initOSError(e *Exception) {
	var errno, strerror, filename, filename2 Value = None, None, None, None
	if n := len(e.Args); n >= 2 && n <= 5 {
		errno, strerror = e.Args[0], e.Args[1]
		if n >= 3 {
			filename = e.Args[2]
		}
		if n == 5 {
			filename2 = e.Args[4]
		}
		if n >= 3 {
			e.Args = e.Args[:2]
		}
		if i, ok := errno.(Int); ok && e.Class == OSError {
			if c := errnoClasses[int64(i)]; c != nil {
				e.Class = c
			}
		}
	}
	e.set("errno", errno)
	e.set("strerror", strerror)
	e.set("filename", filename)
	e.set("filename2", filename2)
}

// NewOSError makes the OSError CPython raises for a failed system call: the subclass for
// errno, "[Errno N] strerror: 'filename'". An empty filename is left out.
func NewOSError(errno int, strerror, filename string) *Exception {
	args := []Value{MakeInt(int64(errno)), Str(strerror)}
	if filename != "" {
		args = append(args, Str(filename))
	}
	e := NewException(OSError, args...)
	initOSError(e)
	return e
}

// osErrorStr is str() of an OSError that has an errno and strerror; ok is false for the
// others, which print as any exception does.
func osErrorStr(th *Thread, e *Exception) (s string, ok bool, err error) {
	errno, _ := e.get("errno")
	strerror, _ := e.get("strerror")
	if errno == nil || strerror == nil || (IsNone(errno) && IsNone(strerror)) {
		return "", false, nil
	}
	var b strings.Builder
	parts := []Value{errno, strerror}
	for i, p := range parts {
		s, err := ToStr(th, p)
		if err != nil {
			return "", true, err
		}
		parts[i] = Str(s)
	}
	fmt.Fprintf(&b, "[Errno %s] %s", parts[0], parts[1])
	for i, key := range []string{"filename", "filename2"} {
		f, ok := e.get(key)
		if !ok || IsNone(f) {
			continue
		}
		r, err := Repr(th, f)
		if err != nil {
			return "", true, err
		}
		if i == 0 {
			b.WriteString(": " + r)
		} else {
			b.WriteString(" -> " + r)
		}
	}
	return b.String(), true, nil
}

func init() {
	OSError.DefineMethods([]MethodDef{
		{Name: "__init__", Style: VarArgs, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			e := self.(*Exception)
			e.Args = append([]Value(nil), a...)
			initOSError(e)
			return None, nil
		}},
	})
}
