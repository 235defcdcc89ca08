//go:build cgo

package vm

// #cgo LDFLAGS: -lm
// #include <math.h>
import "C"

// libmPow is the C library's pow, the one CPython calls: using it makes float powers agree
// with CPython to the last bit, including the rare cases where the C library's result is
// not the correctly rounded one.
func libmPow(x, y float64) float64 { return float64(C.pow(C.double(x), C.double(y))) }
