package pyfmt

// Error is a failure that the VM should raise as a Python exception: Type is
// the exception class name (for example "ValueError" or "OverflowError") and
// Msg is the exact message CPython 3.11 uses.
type Error struct {
	Type string
	Msg  string
}

// Error renders the exception the way a traceback's last line does.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func valueError(msg string) *Error    { return &Error{Type: "ValueError", Msg: msg} }
func overflowError(msg string) *Error { return &Error{Type: "OverflowError", Msg: msg} }

// MaxWidth bounds the width and the precision of a formatted field. The field is built in
// memory and Go cannot recover from running out of it, so a larger one is a MemoryError, as
// CPython's attempt to allocate it would be on most machines; a field of MaxWidth four-byte
// fill characters is 2 GiB.
const MaxWidth = 1 << 29

func memoryError() *Error { return &Error{Type: "MemoryError"} }
