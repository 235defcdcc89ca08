// Package pyfmt implements Python's text forms of numbers and strings —
// repr of floats, strings and bytes, the format-spec mini-language used by
// format() and f-strings, round(), int(str, base), float(str) and strftime —
// exactly as CPython 3.11 produces them.
//
// The package knows nothing about the interpreter's value types: it works on
// Go strings, float64, int64 and *big.Int, and reports failures as *Error
// values that carry the Python exception name and message the VM should
// raise.
//
// Strings are Go strings holding UTF-8. A Python str may contain lone
// surrogates, which UTF-8 cannot encode; where it matters this package reads
// the three-byte generalised UTF-8 form (WTF-8) of a surrogate as that
// surrogate, so a VM that stores strings that way gets CPython's output.
package pyfmt
