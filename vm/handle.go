package vm

import "container/heap"

// Handle is a callback scheduled on the event loop (asyncio.Handle, or asyncio.TimerHandle
// when it has a deadline). Callbacks from Go code carry fn; those scheduled by scripts
// carry callback and args.
type Handle struct {
	fn        func()
	callback  Value
	args      []Value
	cancelled bool
	// when and seq order timers: by deadline, then by scheduling order.
	when  float64
	seq   uint64
	timer bool
	index int // position in the timer heap
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
	h.cancelled = true
	h.fn, h.callback, h.args = nil, nil, nil
}

// timerHeap orders timer handles by (when, seq), a min-heap.
type timerHeap []*Handle

func (t timerHeap) Len() int { return len(t) }
func (t timerHeap) Less(i, j int) bool {
	if t[i].when != t[j].when {
		return t[i].when < t[j].when
	}
	return t[i].seq < t[j].seq
}
func (t timerHeap) Swap(i, j int) {
	t[i], t[j] = t[j], t[i]
	t[i].index, t[j].index = i, j
}
func (t *timerHeap) Push(x any) {
	h := x.(*Handle)
	h.index = len(*t)
	*t = append(*t, h)
}
func (t *timerHeap) Pop() any {
	old := *t
	h := old[len(old)-1]
	old[len(old)-1] = nil
	*t = old[:len(old)-1]
	return h
}

// readyItem is one entry of the ready queue: a task step, or a handle. Task steps, the
// commonest entry by far, need no Handle and no closure, so switching tasks allocates nothing.
type readyItem struct {
	task *Task
	h    *Handle
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

var _ heap.Interface = (*timerHeap)(nil)

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is a timer handle's deadline on the loop's clock.
func (h *Handle) When() float64 { return h.when }
