package vm

// CallLent is Call with positional arguments only, copied for the call into room the thread
// lends (see argScratch) rather than into a new slice: callees copy what they keep (see
// callValue), so the caller's args may be scratch it reuses, or a slice literal that then
// stays on the caller's stack. Comparison slots, key functions and map call Python code
// once per item this way without an allocation for the arguments.
func (th *Thread) CallLent(fn Value, args []Value) (Value, error) {
	var room []Value
	if len(args) <= argChunk {
		room = th.args.lend()
	}
	if room == nil {
		return th.callValue(fn, append([]Value(nil), args...), nil)
	}
	lent := append(room, args...)
	r, err := th.callValue(fn, lent, nil)
	th.returnArgs(lent, lent)
	return r, err
}
