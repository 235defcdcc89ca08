package stdlib

import (
	"errors"
	"io"
	"io/fs"
	"strings"
	"syscall"

	"github.com/asyncscript/asyncscript/vm"
)

// Option configures an interpreter made by New.
type Option func(*host)

// WithHostAccess lets scripts reach the host as python3 does: files (open, os), the
// environment, the working directory, and standard input read from stdin. The CLI passes it;
// embedders leave it out, and every such call then raises PermissionError.
func WithHostAccess(stdin io.Reader) Option {
	return func(h *host) {
		h.allowed = true
		h.stdin = stdin
	}
}

// host is the capability of one interpreter to touch the host. Every function that reads or
// changes anything outside the interpreter asks allow first: it is the one place the
// capability is checked.
type host struct {
	allowed bool
	stdin   io.Reader
	// stdinFile is sys.stdin, shared by input() and sys so that neither loses what the
	// other has buffered.
	stdinFile *stream
	// stdoutFile and stderrFile are sys.stdout and sys.stderr (see consoleStreams).
	stdoutFile, stderrFile *stream
}

// deniedReader is standard input when host access is off: reading it raises the
// PermissionError of allow.
type deniedReader struct{ h *host }

func (d deniedReader) Read([]byte) (int, error) { return 0, d.h.allow("reading standard input") }

// allow reports PermissionError when host access is off; what names the operation.
func (h *host) allow(what string) error {
	if h.allowed {
		return nil
	}
	return vm.Errorf(vm.PermissionError, "%s needs host access, which the embedding program has not allowed", what)
}

// osError converts a failed Go file or system call into the OSError CPython raises, e.g.
// FileNotFoundError: [Errno 2] No such file or directory: 'x'.
func osError(err error, filename string) error {
	if e, ok := err.(*vm.Exception); ok {
		return e
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return vm.Errorf(vm.OSError, "%s: %s", pe.Err, filename)
		}
		return vm.Errorf(vm.OSError, "%s", err)
	}
	msg := errno.Error()
	if msg != "" {
		// Go lowercases the C library's messages, which CPython prints as they are.
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return vm.NewOSError(int(errno), msg, filename)
}
