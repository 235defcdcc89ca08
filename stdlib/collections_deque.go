package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// collections.deque, in Go as CPython's is in C: a ring buffer, so appends and pops at either
// end cost O(1) where a list-backed deque pays O(n) at the left end and turns a FIFO queue
// quadratic. Its methods are in collections_deque_methods.go, its iterators in
// collections_deque_iter.go.

// dequeClass is collections.deque; lib/collections.py takes it from _collections.
var dequeClass = func() *vm.Class {
	c := vm.NewBuiltinClass("deque", vm.ObjectClass)
	c.Module = "collections"
	c.Dict[vm.TypeNameAttr] = vm.Str("collections.deque")
	return c
}()

// deque is a deque's state: n items from head on in the ring buf, whose length is 0 or a
// power of two.
type deque struct {
	buf     []vm.Value
	head, n int
	// maxlen bounds the length (-1: unbounded); appending to a full deque drops an item
	// from the other end.
	maxlen int
	// state counts the changes of length and order, so an iterator or a search whose
	// comparisons change the deque stops with CPython's RuntimeError instead of reading
	// moved items.
	state uint64
}

// Type implements vm.Value.
func (*deque) Type() *vm.Class { return dequeClass }

// PyLen implements vm.Sized.
func (d *deque) PyLen() int { return d.n }

// at is item i (0 <= i < n).
func (d *deque) at(i int) vm.Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

// set replaces item i (0 <= i < n).
func (d *deque) set(i int, v vm.Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// items copies the items out in order.
func (d *deque) items() []vm.Value {
	out := make([]vm.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

// reserve makes room for one more item, doubling the ring when it is full.
func (d *deque) reserve() {
	if d.n < len(d.buf) {
		return
	}
	grown := make([]vm.Value, max(8, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		grown[i] = d.at(i)
	}
	d.buf, d.head = grown, 0
}

// pushBack appends v on the right, dropping the leftmost item when the deque is full.
func (d *deque) pushBack(v vm.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popFront()
	}
	d.pushBackUnbounded(v)
}

// pushFront appends v on the left, dropping the rightmost item when the deque is full.
func (d *deque) pushFront(v vm.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popBack()
	}
	d.pushFrontUnbounded(v)
}

// popBack removes and returns the rightmost item (n > 0).
func (d *deque) popBack() vm.Value {
	v := d.at(d.n - 1)
	d.set(d.n-1, nil) // let the item be collected
	d.n--
	d.state++
	return v
}

// popFront removes and returns the leftmost item (n > 0).
func (d *deque) popFront() vm.Value {
	v := d.at(0)
	d.set(0, nil)
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return v
}

// clear removes every item.
func (d *deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotate moves the last k items to the front (k > 0) or the first -k to the back, item by
// item from the nearer end.
func (d *deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k > d.n/2 {
		k -= d.n
	} else if k < -d.n/2 {
		k += d.n
	}
	for ; k > 0; k-- {
		d.pushFrontUnbounded(d.popBack())
	}
	for ; k < 0; k++ {
		d.pushBackUnbounded(d.popFront())
	}
}

// pushBackUnbounded and pushFrontUnbounded add v at an end regardless of maxlen: for the
// bounded pushes once they made room, and for rotate and insert, which put back an item
// they took out or check the bound themselves.
func (d *deque) pushBackUnbounded(v vm.Value) {
	d.reserve()
	d.n++
	d.set(d.n-1, v)
	d.state++
}

func (d *deque) pushFrontUnbounded(v vm.Value) {
	d.reserve()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.n++
	d.set(0, v)
	d.state++
}

// insertAt puts v before item i (0 <= i <= n) of a deque that is not full.
func (d *deque) insertAt(i int, v vm.Value) {
	d.rotate(-i)
	d.pushFrontUnbounded(v)
	d.rotate(i)
}

// deleteAt removes item i (0 <= i < n).
func (d *deque) deleteAt(i int) {
	d.rotate(-i)
	d.popFront()
	d.rotate(i)
}

// reverse reverses the items in place.
func (d *deque) reverse() {
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		x, y := d.at(i), d.at(j)
		d.set(i, y)
		d.set(j, x)
	}
}

// newDeque is an empty deque of the given bound (-1: none).
func newDeque(maxlen int) *deque { return &deque{maxlen: maxlen} }

// extend appends the items of iterable on the right (left: on the left, each in turn),
// reading the deque's own items first when it is extended by itself.
func (d *deque) extend(th *vm.Thread, self, iterable vm.Value, left bool) error {
	if vm.Is(vm.BuiltinValue(iterable), d) {
		iterable = vm.NewList(d.items())
	}
	return vm.Iterate(th, iterable, func(v vm.Value) error {
		if left {
			d.pushFront(v)
		} else {
			d.pushBack(v)
		}
		return nil
	})
}

// dequeMaxlen converts deque()'s maxlen argument: None or missing is unbounded.
func dequeMaxlen(th *vm.Thread, v vm.Value) (int, error) {
	if v == nil || vm.IsNone(v) {
		return -1, nil
	}
	if _, ok := vm.BuiltinValue(v).(*vm.BigInt); ok {
		return 0, vm.Errorf(vm.OverflowError, "Python int too large to convert to C ssize_t")
	}
	n, ok := smallInt(vm.BuiltinValue(v))
	if !ok {
		return 0, vm.Errorf(vm.TypeError, "an integer is required")
	}
	if n < 0 {
		return 0, vm.Errorf(vm.ValueError, "maxlen must be non-negative")
	}
	return int(n), nil
}

// init is deque.__init__(iterable=(), maxlen=None): it empties the deque, then fills it.
func (d *deque) init(th *vm.Thread, self, iterable, maxlen vm.Value) error {
	m, err := dequeMaxlen(th, maxlen)
	if err != nil {
		return err
	}
	d.maxlen = m
	if d.n > 0 {
		d.clear()
	}
	if iterable == nil {
		return nil
	}
	return d.extend(th, self, iterable, false)
}

// dequeSignature is deque()'s and deque.__init__'s.
var dequeSignature = vm.Signature{Name: "deque", Style: vm.TupleArgs, Max: 2, Kw: []string{"iterable", "maxlen"}}

func init() {
	dequeClass.DefineConstructor(dequeSignature, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		d := newDeque(-1)
		return d, d.init(th, d, a[0], a[1])
	})
	dequeClass.AllowSubclasses()
	// A subclass's instance starts empty whatever the arguments, which its __init__ (or
	// deque.__init__) then reads, as CPython's deque_new does.
	dequeClass.Dict["__new__"] = &vm.StaticMethod{Func: vm.NewFunc(vm.Signature{Name: "__new__", Style: vm.VarKwArgs}, func(_ *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		var cls *vm.Class
		if len(a) > 0 {
			cls, _ = a[0].(*vm.Class)
		}
		switch {
		case len(a) == 0:
			return nil, vm.Errorf(vm.TypeError, "collections.deque.__new__(): not enough arguments")
		case cls == nil:
			return nil, vm.Errorf(vm.TypeError, "collections.deque.__new__(X): X is not a type object (%s)", vm.TypeName(a[0]))
		case !cls.IsSubclass(dequeClass):
			return nil, vm.Errorf(vm.TypeError, "collections.deque.__new__(%s): %s is not a subtype of collections.deque", cls.Name, cls.Name)
		}
		return vm.WrapBuiltin(cls, newDeque(-1)), nil
	})}
	dequeClass.DefineMethods(dequeMethods)
	dequeClass.DefineClassMethods([]vm.MethodDef{vm.ClassGetItemDef})
	dequeClass.Dict["__hash__"] = vm.None
	dequeClass.Dict["maxlen"] = &vm.Property{Name: "maxlen", Get: vm.NewFunc(vm.Signature{Name: "maxlen", Style: vm.OneArg}, func(_ *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		d, err := goValue[*deque](a[0])
		if err != nil || d.maxlen < 0 {
			return vm.None, err
		}
		return vm.MakeInt(int64(d.maxlen)), nil
	})}
	// Match statements take a deque for a sequence, as CPython's Py_TPFLAGS_SEQUENCE does.
	dequeClass.Dict["__abc_tpflags__"] = vm.MakeInt(1 << 5)
}
