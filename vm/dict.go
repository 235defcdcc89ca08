package vm

// Dict is an insertion-ordered hash map, as Python's dict.
//
// Entries live in a slice in insertion order; index finds them by hash (see dict_index.go),
// nil while there are few enough to scan. Deleting leaves a hole (key == nil) that later
// compaction removes, so iteration order is never disturbed.
type Dict struct {
	entries []dictEntry
	index   dictIndex
	live    int
	// first is where iteration starts: the entries before it are all deleted. A dict
	// used as a queue (next(iter(d)) then del, as an LRU cache evicts) then finds its
	// oldest item without stepping over every hole the evictions left.
	first int
	// binding ties the dict to the module whose globals it is (see dict_globals.go): the
	// dict globals() returns, or one exec() ran code in; nil for every other dict.
	binding *dictBinding
}

type dictEntry struct {
	key, value Value
	hash       int64
}

// DictClass is the class of dicts.
var DictClass = newBuiltinClass("dict", ObjectClass)

// Type implements Value.
func (*Dict) Type() *Class { return DictClass }

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize makes an empty dict with room for n items, for a caller that knows how many it
// is about to add: the entries are then allocated once rather than grown item by item.
func NewDictSize(n int) *Dict {
	return &Dict{entries: make([]dictEntry, 0, n), index: dictIndexFor(nil, n)}
}

// Len is the number of items.
func (d *Dict) Len() int {
	d.pull()
	return d.live
}

// find returns the entry index of key, or -1.
func (d *Dict) find(th *Thread, key Value, h int64) (int, error) {
	for j, perturb := d.probeStart(h); ; {
		var i int
		if i, j, perturb = d.candidate(h, j, perturb); i < 0 {
			return -1, nil
		}
		if e := &d.entries[i]; e.key != nil {
			if eq, err := keysEqual(th, e.key, key); eq || err != nil {
				return i, err
			}
		}
	}
}

// keysEqual is key equality, deciding two strs (most keys) without the general comparison.
func keysEqual(th *Thread, a, b Value) (bool, error) {
	if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	}
	return Equal(th, a, b)
}

// locate hashes key and finds its entry: the hash, and the entry index or -1.
func (d *Dict) locate(th *Thread, key Value) (int64, int, error) {
	d.pull()
	h, err := Hash(th, key)
	if err != nil {
		return 0, -1, err
	}
	i, err := d.find(th, key, h)
	return h, i, err
}

// Get returns the value for key and whether it was present.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	_, i, err := d.locate(th, key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// GetStr looks up a str key; it cannot fail, since str hashing and equality never call code.
// Keys that are strs are compared here, without boxing key (a namespace or keyword lookup
// then allocates nothing); a key of another type with the same hash takes the general path.
func (d *Dict) GetStr(key string) (Value, bool) {
	d.pull()
	h := hashString(key)
	for j, perturb := d.probeStart(h); ; {
		var i int
		if i, j, perturb = d.candidate(h, j, perturb); i < 0 {
			return nil, false
		}
		e := &d.entries[i]
		switch k := e.key.(type) {
		case nil: // a deleted entry
		case Str:
			if string(k) == key {
				return e.value, true
			}
		default:
			v, ok, _ := d.Get(nil, Str(key))
			return v, ok
		}
	}
}

// Set stores value under key, keeping the key's original position if it was present.
func (d *Dict) Set(th *Thread, key, value Value) error {
	h, i, err := d.locate(th, key)
	if err != nil {
		return err
	}
	if d.binding != nil {
		d.pushSet(key, value)
	}
	if i >= 0 {
		d.entries[i].value = value
		return nil
	}
	d.appendEntry(dictEntry{key: key, value: value, hash: h})
	d.live++
	return nil
}

// appendEntry adds e at the end and makes it the head of its hash's chain.
func (d *Dict) appendEntry(e dictEntry) {
	if cap(d.entries) == 0 {
		// Room for a few items at once, as CPython's smallest dict has: a dict filled one
		// item at a time (obj[key] = value) then grows 4, 8, 16 rather than 1, 2, 4, 8.
		d.entries = make([]dictEntry, 0, 4)
	}
	if n := len(d.entries); n >= dictLinearMax && (d.index == nil || d.index.full(n)) {
		d.index = dictIndexFor(d.entries, n+1)
	}
	d.entries = append(d.entries, e)
	if d.index != nil {
		d.index.add(e.hash, len(d.entries)-1)
	}
}

// SetStr stores value under a str key.
func (d *Dict) SetStr(key string, value Value) { _ = d.Set(nil, Str(key), value) }

// Delete removes key; it reports whether the key was present.
func (d *Dict) Delete(th *Thread, key Value) (bool, error) {
	_, i, err := d.locate(th, key)
	if err != nil || i < 0 {
		return false, err
	}
	if d.binding != nil {
		d.pushSet(key, nil)
	}
	d.entries[i].key, d.entries[i].value = nil, nil
	d.live--
	for d.first < len(d.entries) && d.entries[d.first].key == nil {
		d.first++
	}
	if d.live < len(d.entries)/2 && len(d.entries) > 8 {
		d.compact()
	}
	return true, nil
}

// compact drops deleted entries and rebuilds the hash chains.
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live)
	d.index = dictIndexFor(nil, d.live)
	d.first = 0
	for _, e := range old {
		if e.key != nil {
			d.appendEntry(e)
		}
	}
}

// Clear removes every item.
func (d *Dict) Clear() {
	if d.binding != nil {
		for _, k := range d.Keys() {
			d.pushSet(k, nil)
		}
	}
	d.entries = nil
	d.index = nil
	d.live, d.first = 0, 0
}

// FirstKey is the key inserted first of those still present (the least recently used one
// of an LRU cache that moves keys it uses to the end), or false when the dict is empty.
func (d *Dict) FirstKey() (Value, bool) {
	d.pull()
	for _, e := range d.entries[d.first:] {
		if e.key != nil {
			return e.key, true
		}
	}
	return nil, false
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	d.pull()
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items returns the (key, value) pairs in order.
func (d *Dict) Items() [][2]Value {
	d.pull()
	out := make([][2]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, [2]Value{e.key, e.value})
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	d.pull()
	c := &Dict{entries: make([]dictEntry, 0, d.live), index: dictIndexFor(nil, d.live)}
	for _, e := range d.entries {
		if e.key != nil {
			c.appendEntry(e)
		}
	}
	c.live = len(c.entries)
	return c
}

// dictIter iterates over a dict's keys, values or items, in insertion order or, for
// reversed(), backwards. As CPython's it reads the entries live and fails once the dict's
// size differs from its size at the start; left counts the items still expected, so one
// found after them means keys were deleted and added: "dictionary keys changed".
type dictIter struct {
	d        *Dict
	pos      int
	size     int
	left     int
	kind     int // 0 keys, 1 values, 2 items
	reversed bool
}

func newDictIter(d *Dict, kind int) *dictIter {
	d.pull()
	return &dictIter{d: d, pos: d.first, size: d.live, left: d.live, kind: kind}
}

// ReversedDict is reversed(d): an iterator over d's keys, last inserted first.
func ReversedDict(d *Dict) Value { return reversedDictIter(d, 0) }

// ReversedView is reversed() of a keys(), values() or items() view.
func ReversedView(v *DictView) Value { return reversedDictIter(v.D, v.Kind) }

func reversedDictIter(d *Dict, kind int) *dictIter {
	it := newDictIter(d, kind)
	it.reversed, it.pos = true, len(d.entries)-1
	return it
}

// DictIteratorClasses are the classes of dict iterators, CPython's names: by kind (keys,
// values, items), forwards then reversed.
var DictIteratorClasses = [2][3]*Class{
	{newBuiltinClass("dict_keyiterator", ObjectClass), newBuiltinClass("dict_valueiterator", ObjectClass),
		newBuiltinClass("dict_itemiterator", ObjectClass)},
	{newBuiltinClass("dict_reversekeyiterator", ObjectClass), newBuiltinClass("dict_reversevalueiterator", ObjectClass),
		newBuiltinClass("dict_reverseitemiterator", ObjectClass)},
}

// Type implements Value.
func (it *dictIter) Type() *Class {
	if it.reversed {
		return DictIteratorClasses[1][it.kind]
	}
	return DictIteratorClasses[0][it.kind]
}

// Next implements Iterator.
func (it *dictIter) Next(*Thread) (Value, error) {
	if it.d == nil {
		return nil, nil
	}
	e, err := it.step()
	if e == nil || err != nil {
		return nil, err
	}
	switch it.kind {
	case 0:
		return e.key, nil
	case 1:
		return e.value, nil
	}
	return Tuple{e.key, e.value}, nil
}

// NextUnpacked implements UnpackingIterator: for k, v in d.items() reads each entry's key
// and value without making the pair.
func (it *dictIter) NextUnpacked(th *Thread, dst []Value) (Value, bool, error) {
	if it.kind != 2 || len(dst) != 2 || it.d == nil {
		v, err := it.Next(th)
		return v, false, err
	}
	e, err := it.step()
	if e == nil || err != nil {
		return nil, false, err
	}
	dst[0], dst[1] = e.value, e.key
	return nil, true, nil
}

// step is the next entry, or nil at the end, failing as CPython does when the dict changed
// size or keys since the iteration began.
func (it *dictIter) step() (*dictEntry, error) {
	it.d.pull()
	if it.d.live != it.size {
		it.size = -1
		return nil, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	e := it.nextEntry()
	switch {
	case e == nil:
		it.d = nil
		return nil, nil
	case it.left == 0:
		it.d = nil
		return nil, Errorf(RuntimeError, "dictionary keys changed during iteration")
	}
	it.left--
	return e, nil
}

// nextEntry steps to the next live entry, or returns nil at the end.
func (it *dictIter) nextEntry() *dictEntry {
	step := 1
	if it.reversed {
		step = -1
	}
	for ; it.pos >= 0 && it.pos < len(it.d.entries); it.pos += step {
		if e := &it.d.entries[it.pos]; e.key != nil {
			it.pos += step
			return e
		}
	}
	return nil
}

// DictView is what keys(), values() and items() return: a live view of the dict.
type DictView struct {
	D    *Dict
	Kind int // 0 keys, 1 values, 2 items
}

// The classes of dict views.
var (
	DictKeysClass   = newBuiltinClass("dict_keys", ObjectClass)
	DictValuesClass = newBuiltinClass("dict_values", ObjectClass)
	DictItemsClass  = newBuiltinClass("dict_items", ObjectClass)
)

// Type implements Value.
func (v *DictView) Type() *Class {
	return [...]*Class{DictKeysClass, DictValuesClass, DictItemsClass}[v.Kind]
}
