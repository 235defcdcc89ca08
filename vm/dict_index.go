package vm

// dictIndex finds a dict's entries by hash, as CPython's compact dict does: an open-addressed
// table of int32 entry positions, probed from the hash. A Go map from hash to entry position
// was as quick per lookup but cost a map header and groups of 8-byte keys and values in every
// dict with an item, and a chain link in every entry: 200,000 three-key records took half as
// much memory again as CPython, now a fifth more.
//
// A slot holds an entry position plus one, 0 being empty. A deleted entry keeps its slot,
// which lookups probe past (the entry's key is nil), until the dict is compacted and the table
// rebuilt; so a slot once filled is never emptied and a probe sequence is never cut short.
type dictIndex []int32

// dictLinearMax is the most entries a dict has before it gets an index: up to it a scan of
// the entries' hashes is as quick as probing, and a small dict (most keyword arguments, most
// small records) allocates no table.
const dictLinearMax = 8

// probeStep is the slot after slot j in a probe sequence, and the next perturbation:
// CPython's recurrence, which visits every slot and lets the hash's high bits take part, so
// ints that differ only there do not collide for ever. A sequence starts at slot h&mask with
// perturb = h.
func probeStep(j, perturb, mask uint64) (uint64, uint64) {
	perturb >>= 5
	return (j*5 + 1 + perturb) & mask, perturb
}

// add records that entry pos has hash h; the table has an empty slot.
func (x dictIndex) add(h int64, pos int) {
	mask, perturb := uint64(len(x)-1), uint64(h)
	j := perturb & mask
	for x[j] != 0 {
		j, perturb = probeStep(j, perturb, mask)
	}
	x[j] = int32(pos + 1)
}

// dictIndexFor builds the index of entries, with room to grow to at least n entries, or nil
// when n is small enough to scan.
func dictIndexFor(entries []dictEntry, n int) dictIndex {
	if n <= dictLinearMax {
		return nil
	}
	size := 16
	for size*2 < n*3 { // at most two thirds full, as CPython's
		size *= 2
	}
	x := make(dictIndex, size)
	for i := range entries {
		if entries[i].key != nil {
			x.add(entries[i].hash, i)
		}
	}
	return x
}

// A walk over the entries that may hold hash h starts at probeStart(h) and steps through
// candidate: along the index's probe sequence, or along the entries of a dict without one. Its
// state is two words rather than a struct, which the compiler keeps in registers.

// probeStart is the state a walk over the entries with hash h starts in.
func (d *Dict) probeStart(h int64) (j, perturb uint64) {
	if d.index == nil {
		return 0, 0
	}
	return uint64(h) & uint64(len(d.index)-1), uint64(h)
}

// candidate is the position of the next entry with hash h (its key may be nil: deleted),
// or -1, and the walk's state after it.
func (d *Dict) candidate(h int64, j, perturb uint64) (int, uint64, uint64) {
	entries := d.entries
	if x := d.index; x != nil {
		mask := uint64(len(x) - 1)
		for x[j] != 0 {
			i := int(x[j] - 1)
			j, perturb = probeStep(j, perturb, mask)
			if entries[i].hash == h {
				return i, j, perturb
			}
		}
		return -1, j, perturb
	}
	for ; j < uint64(len(entries)); j++ {
		if entries[j].hash == h {
			return int(j), j + 1, perturb
		}
	}
	return -1, j, perturb
}

// full reports whether the index must grow before entry number n (counting deleted ones,
// which keep their slots) is added.
func (x dictIndex) full(n int) bool {
	return n > dictLinearMax && (n+1)*3 > len(x)*2
}
