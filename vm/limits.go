package vm

import "unsafe"

// Bounds on what one operation may build. Go cannot recover from running out of memory, so
// an operation whose result would pass them raises MemoryError instead, as CPython does when
// an allocation fails; they are far above what a script running beside others should use.
const (
	// maxStrLen bounds the length in bytes of a str.
	maxStrLen = 1 << 30
	// maxItems bounds the length of a list or tuple (4 GiB of item slots).
	maxItems = 1 << 28
)

// checkSize reports MemoryError when n, the size of a result about to be built, is over
// limit (maxStrLen or maxItems) or negative (an int overflow in computing it).
func checkSize(n, limit int) error {
	if n < 0 || n > limit {
		return Errorf(MemoryError, "")
	}
	return nil
}

// growSize is a+b*n, the size of a result with n pieces of size b added to a, or -1 (which
// checkSize rejects) when it overflows.
func growSize(a, b, n int) int {
	if b != 0 && n > (1<<62-a)/b {
		return -1
	}
	return a + b*n
}

// Step counts one iteration of a loop run by native code toward Interp.MaxSteps, as a
// backward jump counts one in bytecode, and delivers a pending interrupt: a built-in that
// consumes an endless or huge iterable can then be stopped like a Python loop. Unlike a
// backward jump it never hands the interpreter lock to another thread: the built-in holds
// half-built state (the list it fills, the position of its iterator), and as in CPython it
// runs atomically with respect to worker threads (list(d.items()) never sees d change).
func (th *Thread) Step() error {
	if th == nil || th.interp == nil {
		return nil
	}
	th.interp.steps++
	return th.interp.checkSteps(th)
}

// appendRepeat appends s to dst n times, doubling what it has copied at each step, so a long
// repetition costs a few large copies.
func appendRepeat(dst []byte, s string, n int) []byte {
	if n <= 0 || s == "" {
		return dst
	}
	start, total := len(dst), len(s)*n
	dst = append(dst, s...)
	for done := len(s); done < total; done = len(dst) - start {
		dst = append(dst, dst[start:start+min(done, total-done)]...)
	}
	return dst
}

// bytesStr makes a Str of b without copying it; b must not be modified afterwards.
func bytesStr(b []byte) Str {
	if len(b) == 0 {
		return ""
	}
	return Str(unsafe.String(&b[0], len(b)))
}
