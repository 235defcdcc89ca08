package vm

// ConvertPair converts two arguments with the same conversion, the first one first, so
// that when both are wrong the error names the first, as CPython's argument parsing does.
func ConvertPair[T any](conv func(Value) (T, error), a, b Value) (T, T, error) {
	x, err := conv(a)
	if err != nil {
		var zero T
		return zero, zero, err
	}
	y, err := conv(b)
	return x, y, err
}
