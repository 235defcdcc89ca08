package asyncio

// taskList links the loop's unfinished tasks in creation order. A task leaves it the moment
// it finishes, so the loop holds finished tasks no longer (as CPython's WeakSet of tasks
// does): a task nobody else references is garbage.
type taskList struct {
	head, tail *Task
}

// add appends a new task.
func (ls *taskList) add(t *Task) {
	t.prev, t.next = ls.tail, nil
	if ls.tail == nil {
		ls.head = t
	} else {
		ls.tail.next = t
	}
	ls.tail = t
	t.listed = true
}

// remove unlinks a task; removing one that is not listed does nothing.
func (ls *taskList) remove(t *Task) {
	if !t.listed {
		return
	}
	if t.prev == nil {
		ls.head = t.next
	} else {
		t.prev.next = t.next
	}
	if t.next == nil {
		ls.tail = t.prev
	} else {
		t.next.prev = t.prev
	}
	t.prev, t.next, t.listed = nil, nil, false
}

// all returns the listed tasks in creation order.
func (ls *taskList) all() []*Task {
	var out []*Task
	for t := ls.head; t != nil; t = t.next {
		out = append(out, t)
	}
	return out
}
