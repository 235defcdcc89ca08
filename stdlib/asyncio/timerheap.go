package asyncio

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
