package asyncio

import "github.com/asyncscript/asyncscript/vm"

// readyItem is one entry of the ready queue: a task step, or a handle. Task steps, the
// commonest entry by far, need no Handle and no closure, so switching tasks allocates nothing.
type readyItem struct {
	task *Task
	h    *Handle
	// done runs a Go done callback of a future: done(arg), again with no allocation.
	done func(vm.Value)
	// arg is the future a done callback receives; for a task step, the exception to throw
	// into the coroutine, if any (see throwSoon).
	arg vm.Value
}

// readyQueue is a FIFO ring buffer: pushing and popping cost no allocation once it has grown
// to the program's working size. Its length is a power of two, so positions wrap with a mask
// rather than a division.
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
			buf[i] = q.buf[(q.head+i)&(len(q.buf)-1)]
		}
		q.buf, q.head = buf, 0
	}
	q.buf[(q.head+q.size)&(len(q.buf)-1)] = it
	q.size++
}

func (q *readyQueue) pop() readyItem {
	it := q.buf[q.head]
	q.buf[q.head] = readyItem{}
	q.head = (q.head + 1) & (len(q.buf) - 1)
	q.size--
	return it
}
