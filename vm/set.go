package vm

// Set is a set or frozenset. Its hash table follows CPython's layout (open addressing with
// linear probing, the same growth rule and probe sequence), so sets of ints iterate and
// print in the same order as in CPython: `{3, 1, 2}` prints as `{1, 2, 3}`.
type Set struct {
	table  []setEntry // len is a power of two
	fill   int        // active + deleted slots
	used   int        // active slots
	frozen bool
	// hash caches the hash of a frozenset once computed (0: not yet), as CPython does: a
	// frozenset built from frozensets then hashes in constant time, however deep they nest.
	hash int64
}

type setEntry struct {
	key  Value // nil: never used; deletedKey: deleted
	hash int64
}

// deletedKey marks a slot whose member was removed; probing continues past it.
var deletedKey Value = &Cell{}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// SetClass and FrozenSetClass are the classes of sets.
var (
	SetClass       = newBuiltinClass("set", ObjectClass)
	FrozenSetClass = newBuiltinClass("frozenset", ObjectClass)
)

// Type implements Value.
func (s *Set) Type() *Class {
	if s.frozen {
		return FrozenSetClass
	}
	return SetClass
}

// NewSet makes an empty set.
func NewSet() *Set { return &Set{table: make([]setEntry, setMinSize)} }

// Len is the number of members.
func (s *Set) Len() int { return s.used }

// Members returns the members in iteration order.
func (s *Set) Members() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != deletedKey {
			out = append(out, e.key)
		}
	}
	return out
}

// lookup finds the slot holding key, or -1.
func (s *Set) lookup(th *Thread, key Value, h int64) (int, error) {
	mask := uint64(len(s.table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.table[i+j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != deletedKey {
				eq, err := Equal(th, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(i + j), nil
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// find hashes x and finds the slot holding it, or -1.
func (s *Set) find(th *Thread, x Value) (int, error) {
	h, err := Hash(th, x)
	if err != nil {
		return -1, err
	}
	return s.lookup(th, x, h)
}

// Contains reports whether x is a member.
func (s *Set) Contains(th *Thread, x Value) (bool, error) {
	i, err := s.find(th, x)
	return i >= 0, err
}

// Add adds x.
func (s *Set) Add(th *Thread, x Value) error {
	h, err := Hash(th, x)
	if err != nil {
		return err
	}
	return s.addHashed(th, x, h)
}

func (s *Set) addHashed(th *Thread, key Value, h int64) error {
	mask := uint64(len(s.table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			k := int(i + j)
			e := &s.table[k]
			if e.key == nil {
				if free >= 0 {
					s.table[free] = setEntry{key: key, hash: h}
					s.used++
					return nil
				}
				*e = setEntry{key: key, hash: h}
				s.fill++
				s.used++
				if uint64(s.fill)*5 >= mask*3 {
					grow := s.used * 4
					if s.used > 50000 {
						grow = s.used * 2
					}
					s.resize(grow)
				}
				return nil
			}
			if e.key == deletedKey {
				if free < 0 {
					free = k
				}
				continue
			}
			if e.hash == h {
				eq, err := Equal(th, e.key, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for minUsed members, dropping deleted slots.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != deletedKey {
			s.insertClean(e)
		}
	}
}

// insertClean places an entry known to be absent into a table without deleted slots.
func (s *Set) insertClean(e setEntry) {
	mask := uint64(len(s.table) - 1)
	perturb := uint64(e.hash)
	i := uint64(e.hash) & mask
	for {
		if s.table[i].key == nil {
			s.table[i] = e
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if s.table[i+j].key == nil {
					s.table[i+j] = e
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Discard removes x if present and reports whether it was.
func (s *Set) Discard(th *Thread, x Value) (bool, error) {
	i, err := s.find(th, x)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{key: deletedKey, hash: -1}
	s.used--
	return true, nil
}

// Clear removes every member.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// Copy returns a set with the same members, laid out as CPython's copy lays them out.
func (s *Set) Copy() *Set {
	c := NewSet()
	c.frozen = s.frozen
	c.merge(nil, s)
	return c
}

// merge adds the members of o, in o's table order, as CPython's set_merge does.
func (s *Set) merge(th *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range o.table {
			if e.key != nil && e.key != deletedKey {
				s.insertClean(e)
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	for _, e := range o.table {
		if e.key != nil && e.key != deletedKey {
			if err := s.addHashed(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds every item of an iterable, with CPython's fast paths for sets and dicts.
func (s *Set) Update(th *Thread, iterable Value) error {
	switch o := iterable.(type) {
	case *Set:
		return s.merge(th, o)
	case *Dict:
		o.pull()
		if (s.fill+o.Len())*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + o.Len()) * 2)
		}
		for _, e := range o.entries {
			if e.key != nil {
				if err := s.addHashed(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return Iterate(th, iterable, func(x Value) error { return s.Add(th, x) })
}
