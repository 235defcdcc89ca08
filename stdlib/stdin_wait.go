package stdlib

import (
	"io"

	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// waitingReader reads standard input on a goroutine of its own while the reading thread
// waits with the interpreter lock released (concurrent.Block): other threads run meanwhile,
// and Ctrl-C ends a main thread's input() or sys.stdin read with KeyboardInterrupt, as in
// CPython, where the read used to hold the lock until a line came. A read that Ctrl-C
// interrupted goes on; what it reads is given to the next read.
type waitingReader struct {
	r    io.Reader
	th   *vm.Thread    // the thread reading now, set by the stream before each read
	done chan struct{} // non-nil while a read runs; closed when it ends
	res  *readResult   // what the running read gives, to read once done is closed
	got  []byte        // what the last read gave and nobody took yet
	err  error         // and how it ended
}

// readResult is what one read of the underlying reader gave.
type readResult struct {
	data []byte
	err  error
}

// Read implements io.Reader for the stream's bufio.Reader.
func (w *waitingReader) Read(p []byte) (int, error) {
	if len(w.got) == 0 && w.err == nil {
		if w.done == nil {
			w.start(len(p))
		}
		for {
			got, err := concurrent.Block(w.th, w.done, nil)
			if got {
				w.done, w.got, w.err = nil, w.res.data, w.res.err
			}
			if err != nil {
				return 0, err // the bytes read, if any, stay for the next read
			}
			if got {
				break
			}
		}
	}
	n := copy(p, w.got)
	w.got = w.got[n:]
	if len(w.got) > 0 {
		return n, nil
	}
	err := w.err
	w.got, w.err = nil, nil
	return n, err
}

// start begins reading up to n bytes on a new goroutine.
func (w *waitingReader) start(n int) {
	done, res, r := make(chan struct{}), &readResult{}, w.r
	w.done, w.res = done, res
	go func() {
		buf := make([]byte, n)
		k, err := r.Read(buf)
		res.data, res.err = buf[:k], err
		close(done)
	}()
}
