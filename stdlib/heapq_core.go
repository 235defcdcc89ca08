package stdlib

import (
	"math/bits"

	"github.com/asyncscript/asyncscript/vm"
)

// newHeapqCore is _heapq, the hot half of lib/heapq.py, after CPython's _heapqmodule.c. The
// sifts follow the C code step by step — the same comparisons in the same order, items
// swapped in place, the list re-read after every comparison — so a user-defined __lt__ sees
// exactly the calls CPython makes and leaves the same order behind, and one that resizes the
// list gets CPython's RuntimeError rather than a Go index out of range.
var newHeapqCore = coreModule("_heapq",
	vm.NewFunc(vm.Signature{Name: "heappush", Style: vm.PosArgs, Min: 2, Max: 2}, heapqPush),
	vm.NewFunc(vm.Signature{Name: "heappop", Qual: "_heapq.heappop", Style: vm.OneArg}, heapqPop("heappop", minHeap)),
	vm.NewFunc(vm.Signature{Name: "heapreplace", Style: vm.PosArgs, Min: 2, Max: 2}, heapqReplace("heapreplace", minHeap)),
	vm.NewFunc(vm.Signature{Name: "heappushpop", Style: vm.PosArgs, Min: 2, Max: 2}, heapqPushPop),
	vm.NewFunc(vm.Signature{Name: "heapify", Qual: "_heapq.heapify", Style: vm.OneArg}, heapqHeapify("heapify", minHeap)),
	vm.NewFunc(vm.Signature{Name: "_heappop_max", Qual: "_heapq._heappop_max", Style: vm.OneArg}, heapqPop("_heappop_max", maxHeap)),
	vm.NewFunc(vm.Signature{Name: "_heapreplace_max", Style: vm.PosArgs, Min: 2, Max: 2}, heapqReplace("_heapreplace_max", maxHeap)),
	vm.NewFunc(vm.Signature{Name: "_heapify_max", Qual: "_heapq._heapify_max", Style: vm.OneArg}, heapqHeapify("_heapify_max", maxHeap)),
)

// A heapOrder is the order a heap keeps: whether x belongs above y. The min-heap asks x < y,
// the max-heap variants y < x, as the C code's siftdown_max and siftup_max do.
type heapOrder func(th *vm.Thread, x, y vm.Value) (bool, error)

func minHeap(th *vm.Thread, x, y vm.Value) (bool, error) { return vm.Less(th, x, y) }

func maxHeap(th *vm.Thread, x, y vm.Value) (bool, error) { return vm.Less(th, y, x) }

// heapArg is a heap function's list argument (an instance of a list subclass is accepted,
// as Argument Clinic's subclass_of check does), or CPython's TypeError; argument is how the
// message names it: "argument" for a function of one parameter, else "argument 1".
func heapArg(v vm.Value, name, argument string) (*vm.List, error) {
	if l, ok := vm.BuiltinValue(v).(*vm.List); ok {
		return l, nil
	}
	return nil, vm.Errorf(vm.TypeError, "%s() %s must be list, not %s", name, argument, clinicTypeName(v))
}

// errHeapIndex is the IndexError of a pop or replace on an empty heap, and of a sift whose
// position a comparison has pushed past the list's end.
func errHeapIndex() error { return vm.Errorf(vm.IndexError, "index out of range") }

// errHeapResized is the RuntimeError of a sift whose comparison changed the list's size.
func errHeapResized() error { return vm.Errorf(vm.RuntimeError, "list changed size during iteration") }

// siftDown moves the item at pos up towards startpos, swapping it with its parent while it
// belongs above it (heapq.py's _siftdown, named for the parents that move down).
func siftDown(th *vm.Thread, l *vm.List, above heapOrder, startpos, pos int) error {
	size := l.Len()
	if pos >= size {
		return errHeapIndex()
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		items := l.Items()
		up, err := above(th, items[pos], items[parentpos])
		if err != nil {
			return err
		}
		if l.Len() != size {
			return errHeapResized()
		}
		if !up {
			break
		}
		items = l.Items() // the comparison may have replaced the list's storage
		items[pos], items[parentpos] = items[parentpos], items[pos]
		pos = parentpos
	}
	return nil
}

// siftUp moves the item at pos down to a leaf, always along the child that belongs higher,
// then back up to its place with siftDown: fewer comparisons than stopping on the way down,
// since an item taken from the bottom usually belongs near the bottom.
func siftUp(th *vm.Thread, l *vm.List, above heapOrder, pos int) error {
	endpos := l.Len()
	startpos := pos
	if pos >= endpos {
		return errHeapIndex()
	}
	for limit := endpos >> 1; pos < limit; {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			items := l.Items()
			left, err := above(th, items[childpos], items[childpos+1])
			if err != nil {
				return err
			}
			if !left {
				childpos++
			}
			if l.Len() != endpos {
				return errHeapResized()
			}
		}
		items := l.Items()
		items[pos], items[childpos] = items[childpos], items[pos]
		pos = childpos
	}
	return siftDown(th, l, above, startpos, pos)
}

// heapqPush is heappush(heap, item).
func heapqPush(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	l, err := heapArg(args[0], "heappush", "argument 1")
	if err != nil {
		return nil, err
	}
	l.Append(args[1])
	return vm.None, siftDown(th, l, minHeap, 0, l.Len()-1)
}

// heapqPop is heappop(heap), or _heappop_max for the max order: the last item moves to the
// root and sifts down; the old root is the result.
func heapqPop(name string, above heapOrder) vm.BoundFunc {
	return func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, err := heapArg(args[0], name, "argument")
		if err != nil {
			return nil, err
		}
		n := l.Len()
		if n == 0 {
			return nil, errHeapIndex()
		}
		items := l.Items()
		last := items[n-1]
		items[n-1] = nil // no reference left in the spare capacity
		items = items[:n-1]
		l.SetItems(items)
		if n == 1 {
			return last, nil
		}
		top := items[0]
		items[0] = last
		return top, siftUp(th, l, above, 0)
	}
}

// heapqReplace is heapreplace(heap, item), or _heapreplace_max: pop the root, then push
// item, in one sift.
func heapqReplace(name string, above heapOrder) vm.BoundFunc {
	return func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, err := heapArg(args[0], name, "argument 1")
		if err != nil {
			return nil, err
		}
		if l.Len() == 0 {
			return nil, errHeapIndex()
		}
		return replaceTop(th, l, above, args[1])
	}
}

// replaceTop puts item at the root of the non-empty heap l and sifts it into place,
// returning the root it replaced.
func replaceTop(th *vm.Thread, l *vm.List, above heapOrder, item vm.Value) (vm.Value, error) {
	items := l.Items()
	top := items[0]
	items[0] = item
	return top, siftUp(th, l, above, 0)
}

// heapqPushPop is heappushpop(heap, item): item itself when it is not above the root
// (always when the heap is empty), else the root, item sifting into its place.
func heapqPushPop(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	l, err := heapArg(args[0], "heappushpop", "argument 1")
	if err != nil {
		return nil, err
	}
	item := args[1]
	if l.Len() == 0 {
		return item, nil
	}
	rootFirst, err := vm.Less(th, l.Items()[0], item)
	if err != nil || !rootFirst {
		return item, err
	}
	if l.Len() == 0 { // emptied by the comparison
		return nil, errHeapIndex()
	}
	return replaceTop(th, l, minHeap, item)
}

// heapqHeapify is heapify(heap), or _heapify_max: sift every node that has children, each
// after its children. Past 2,500 items CPython visits them in its cache-friendly order
// (heapifyOrder), which makes the same comparisons but not in the same sequence, so it is
// followed here too.
func heapqHeapify(name string, above heapOrder) vm.BoundFunc {
	return func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, err := heapArg(args[0], name, "argument")
		if err != nil {
			return nil, err
		}
		n := l.Len()
		if n <= 2500 {
			for i := n>>1 - 1; i >= 0; i-- {
				if err := siftUp(th, l, above, i); err != nil {
					return nil, err
				}
			}
			return vm.None, nil
		}
		return vm.None, heapifyOrder(n, func(i int) error { return siftUp(th, l, above, i) })
	}
}

// heapifyOrder calls sift on the nodes of a heap of n items that have children, in
// _heapqmodule.c's cache-friendly order: right to left, first the nodes from the row above
// the last parent's, then those of its row; and right after each node that is a left child
// (odd), its parent, and so on up while the node reached is a left child, so that a parent
// is sifted while its children are still in cache.
func heapifyOrder(n int, sift func(int) error) error {
	m := n >> 1                                // the first node without children
	leftmost := 1<<(bits.Len(uint(m+1))-1) - 1 // the first node in m's row
	mhalf := m >> 1                            // the parent of m
	run := func(from, to int) error {
		for i := from; i >= to; i-- {
			for j := i; ; j >>= 1 {
				if err := sift(j); err != nil {
					return err
				}
				if j&1 == 0 {
					break
				}
			}
		}
		return nil
	}
	if err := run(leftmost-1, mhalf); err != nil {
		return err
	}
	return run(m-1, leftmost)
}
