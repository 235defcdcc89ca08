package vm

// Bounds on what one operation may build. Go cannot recover from running out of memory, so
// an operation whose result would pass them raises MemoryError instead, as CPython does when
// an allocation fails; they are far above what a script running beside others should use.
const (
	// MaxStrLen bounds the length in bytes of a str.
	MaxStrLen = 1 << 31
	// MaxItems bounds the length of a list or tuple (4 GiB of item slots).
	MaxItems = 1 << 28
)

// checkSize reports MemoryError when n, the size of a result about to be built, is over
// limit (MaxStrLen or MaxItems) or negative (an int overflow in computing it).
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
// consumes an endless or huge iterable can then be stopped like a Python loop.
func (th *Thread) Step() error {
	if th == nil || th.interp == nil {
		return nil
	}
	return th.interp.poll()
}
