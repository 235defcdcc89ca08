package vm

import "strings"

// c3MRO computes the C3 linearization of a class with the given bases: the class first,
// then a merge of the bases' MROs that keeps each one's order and the order of the bases.
func c3MRO(cls *Class, bases []*Class) ([]*Class, error) {
	seqs := make([][]*Class, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, b.mro)
	}
	seqs = append(seqs, bases)
	out := []*Class{cls}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, nil
		}
		var next *Class
		for _, s := range seqs {
			if !inTail(seqs, s[0]) {
				next = s[0]
				break
			}
		}
		if next == nil {
			return nil, mroConflict(seqs)
		}
		out = append(out, next)
		for i, s := range seqs {
			if s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// inTail reports whether c appears after the head of any sequence.
func inTail(seqs [][]*Class, c *Class) bool {
	for _, s := range seqs {
		for _, k := range s[1:] {
			if k == c {
				return true
			}
		}
	}
	return false
}

// mroConflict is CPython's error for bases that have no consistent order, naming the heads
// of the sequences left to merge (each once, in order).
func mroConflict(seqs [][]*Class) error {
	var names []string
	seen := map[*Class]bool{}
	for _, s := range seqs {
		if !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	return Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}
