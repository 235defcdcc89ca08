package stdlib

import "github.com/asyncscript/asyncscript/vm"

// The iterators of a deque, forwards and reversed, with CPython's class names.
var (
	dequeIterClass        = newDequeIterClass("_deque_iterator")
	dequeReverseIterClass = newDequeIterClass("_deque_reverse_iterator")
)

func newDequeIterClass(name string) *vm.Class {
	c := newCoreClass("_collections", name)
	c.DefineMethods(iterMethods)
	return c
}

// dequeIter walks a deque's items; a change to the deque's length or order since it began
// ends it with a RuntimeError, as in CPython, rather than skipping or repeating items.
type dequeIter struct {
	d        *deque
	next     int // the index of the next item, counted from the walk's end for reversed
	state    uint64
	reversed bool
}

func newDequeIter(d *deque, reversed bool) *dequeIter {
	return &dequeIter{d: d, state: d.state, reversed: reversed}
}

// Type implements vm.Value.
func (it *dequeIter) Type() *vm.Class {
	if it.reversed {
		return dequeReverseIterClass
	}
	return dequeIterClass
}

// Next implements vm.Iterator.
func (it *dequeIter) Next(*vm.Thread) (vm.Value, error) {
	d := it.d
	if d.state != it.state {
		return nil, vm.Errorf(vm.RuntimeError, "deque mutated during iteration")
	}
	if it.next >= d.n {
		return nil, nil
	}
	i := it.next
	it.next++
	if it.reversed {
		i = d.n - 1 - i
	}
	return d.at(i), nil
}
