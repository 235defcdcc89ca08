package vm

// Built-in calls that leave optional parameters out (s.split(), s.startswith(p), d.get(k))
// need their bound arguments padded to the signature's length, which cost an allocation per
// call. Built-ins use their bound arguments during the call only (the exact-count path
// already hands them the caller's stack), so a thread lends them room from a small stack of
// fixed-size chunks instead, taken and returned around the call; nested calls take the next
// chunk, and when the chunks run out Bind allocates as before.

// argChunk is the most bound arguments a borrowed chunk holds; longer signatures allocate.
const argChunk = 8

// argChunks is how many built-in calls may nest while borrowing.
const argChunks = 32

// argScratch is a thread's lending stack of argument chunks.
type argScratch struct {
	buf []Value
	top int
}

// borrowArgs returns an empty chunk for binding n positional arguments and kwargs with sig,
// or nil when the call needs none (every parameter given positionally: Bind passes the
// arguments through; or the PyArgs styles, whose binder makes its own) or none is left.
func (th *Thread) borrowArgs(sig *Signature, n int, kwargs *Dict) []Value {
	if n >= sig.Max && kwargs == nil && len(sig.KwOnly) == 0 || sig.Style == PyArgs || sig.Style == PyVarArgs {
		return nil
	}
	return th.args.lend()
}

// padArgs copies args into a lent chunk, padded with nil to n (at most argChunk), or returns
// nil when no chunk is left. The caller gives it back with returnArgs(bound, bound).
func (th *Thread) padArgs(args []Value, n int) []Value {
	room := th.args.lend()
	if room == nil {
		return nil
	}
	bound := room[:n]
	copy(bound, args)
	return bound
}

// lend returns the next empty chunk, or nil when none is left.
func (s *argScratch) lend() []Value {
	if s.top == argChunks {
		return nil
	}
	if s.buf == nil {
		s.buf = make([]Value, argChunk*argChunks)
	}
	chunk := s.buf[s.top*argChunk : s.top*argChunk : (s.top+1)*argChunk]
	s.top++
	return chunk
}

// returnArgs gives back the chunk borrowArgs returned (nil is ignored) after a call bound
// into it, dropping the references the chunk holds so the collector can free them: only the
// first len(bound) slots were written, or any when binding failed (bound is nil).
func (th *Thread) returnArgs(chunk, bound []Value) {
	if chunk == nil {
		return
	}
	n := cap(chunk)
	if bound != nil {
		n = min(len(bound), n)
	}
	clear(chunk[:n])
	th.args.top--
}
