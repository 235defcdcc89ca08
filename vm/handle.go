package vm

// Handle is a callback scheduled on the event loop (asyncio.Handle, or asyncio.TimerHandle
// when it has a deadline). Callbacks from Go code carry fn; those scheduled by scripts
// carry callback and args.
type Handle struct {
	fn        func()
	callback  Value
	args      []Value
	cancelled bool
	when      float64
	timer     bool
	scheduled bool // in the timer heap: a cancelled one counts toward purging the heap
	loop      *Loop
}

// The classes of handles.
var (
	HandleClass      = newBuiltinClass("Handle", ObjectClass)
	TimerHandleClass = newBuiltinClass("TimerHandle", HandleClass)
)

// Type implements Value.
func (h *Handle) Type() *Class {
	if h.timer {
		return TimerHandleClass
	}
	return HandleClass
}

// Cancel stops the callback from running, if it has not run yet.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	h.fn, h.callback, h.args = nil, nil, nil
	if h.scheduled && h.loop != nil {
		h.loop.timersCancelled++
	}
}

// timerHeap is the loop's schedule of timer handles: a binary min-heap on the deadline
// alone, maintained with exactly the sift operations of Python's heapq. CPython's loop
// compares timers by deadline only, so timers with equal deadlines come out in the order
// heapq's algorithm leaves them, not FIFO; doing the same operations keeps that order.
type timerHeap []*Handle

func (t *timerHeap) push(h *Handle) {
	*t = append(*t, h)
	t.siftDown(0, len(*t)-1)
}

func (t *timerHeap) pop() *Handle {
	old := *t
	last := old[len(old)-1]
	old[len(old)-1] = nil
	*t = old[:len(old)-1]
	if len(*t) == 0 {
		return last
	}
	top := (*t)[0]
	(*t)[0] = last
	t.siftUp(0)
	return top
}

// heapify rebuilds the heap property over the whole slice, as heapq.heapify does.
func (t timerHeap) heapify() {
	for i := len(t)/2 - 1; i >= 0; i-- {
		t.siftUp(i)
	}
}

// siftDown moves the item at pos toward the root (heapq's _siftdown).
func (t timerHeap) siftDown(start, pos int) {
	item := t[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if item.when < t[parent].when {
			t[pos] = t[parent]
			pos = parent
			continue
		}
		break
	}
	t[pos] = item
}

// siftUp moves the smaller child up until a leaf, then sifts the item down from there
// (heapq's _siftup).
func (t timerHeap) siftUp(pos int) {
	end, start, item := len(t), pos, t[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end && !(t[child].when < t[right].when) {
			child = right
		}
		t[pos] = t[child]
		pos = child
		child = 2*pos + 1
	}
	t[pos] = item
	t.siftDown(start, pos)
}

// readyItem is one entry of the ready queue: a task step, or a handle. Task steps, the
// commonest entry by far, need no Handle and no closure, so switching tasks allocates nothing.
type readyItem struct {
	task *Task
	h    *Handle
	// done runs a Go done callback of a future: done(future), again with no allocation.
	done   func(Value)
	future Value
}

// readyQueue is a FIFO ring buffer: pushing and popping cost no allocation once it has grown
// to the program's working size.
type readyQueue struct {
	buf        []readyItem
	head, size int
}

func (q *readyQueue) push(it readyItem) {
	if q.size == len(q.buf) {
		n := len(q.buf) * 2
		if n == 0 {
			n = 64
		}
		buf := make([]readyItem, n)
		for i := 0; i < q.size; i++ {
			buf[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = buf, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = it
	q.size++
}

func (q *readyQueue) pop() readyItem {
	it := q.buf[q.head]
	q.buf[q.head] = readyItem{}
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return it
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is a timer handle's deadline on the loop's clock.
func (h *Handle) When() float64 { return h.when }
