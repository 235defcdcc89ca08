package vm

// Footprint is how an embedder bounds a script's memory: an estimate of the bytes of the
// data reachable from an interpreter, made by walking it. Go has no per-goroutine heap
// accounting, so walking what the interpreter can reach is the one measure that neither
// counts garbage nor other interpreters' data. The sizes are approximate (a value's own
// bytes and its slots, not the Go allocator's rounding).

// Referrer is a value holding values the walk cannot otherwise see, such as asyncio's tasks;
// Footprint walks what Referents yields.
type Referrer interface {
	Referents(yield func(Value))
}

// AddRoot registers more roots for Footprint: roots yields values a package keeps in its
// per-interpreter state (asyncio's pending tasks).
func (in *Interp) AddRoot(roots func(yield func(Value))) { in.roots = append(in.roots, roots) }

// Footprint estimates the bytes of data reachable from the interpreter's modules (but the
// shared built-ins), the frames of the main thread and of th (the running one, which may be
// nil) and the registered roots. It stops once the count passes limit, when limit is
// positive, so checking a bound costs at most the bound.
func (in *Interp) Footprint(th *Thread, limit int64) int64 {
	w := &footprint{seen: map[any]bool{}, limit: limit}
	for name, m := range in.modules {
		if name != "builtins" {
			w.module(m)
		}
	}
	for _, t := range []*Thread{in.main, th} {
		if t == nil {
			continue
		}
		for fr := t.frame; fr != nil && !w.full(); fr = fr.parent {
			w.frame(fr)
		}
	}
	for _, r := range in.roots {
		r(w.value)
	}
	return w.total
}

// The sizes of the pieces a value is made of, in bytes, as on a 64-bit machine.
const (
	headerSize = 16 // a small object or an interface's data word and type
	slotSize   = 16 // one Value in a slice
	entrySize  = 48 // one dict or attribute entry: key, value, hash, index
)

type footprint struct {
	seen  map[any]bool
	total int64
	limit int64
}

func (w *footprint) full() bool { return w.limit > 0 && w.total > w.limit }

// first reports whether p (a pointer) is seen for the first time.
func (w *footprint) first(p any) bool {
	if w.seen[p] {
		return false
	}
	w.seen[p] = true
	return true
}

func (w *footprint) module(m *Module) {
	if m == nil || !w.first(m) {
		return
	}
	w.total += int64(len(m.slots)) * entrySize
	for _, s := range m.slots {
		w.value(s.Value)
	}
}

func (w *footprint) frame(fr *Frame) {
	if fr == nil || !w.first(fr) {
		return
	}
	w.total += int64(len(fr.slots))*slotSize + headerSize
	for _, v := range fr.slots {
		w.value(v)
	}
	for _, c := range fr.cells {
		if c != nil {
			w.value(c)
		}
	}
	if fr.ns != nil {
		w.value(fr.ns)
	}
	w.module(fr.globals)
}

// own counts an object's own attributes.
func (w *footprint) own(a *attrs) {
	if a.live != nil {
		w.value(a.live)
		return
	}
	w.total += int64(len(a.values)) * slotSize
	for _, v := range a.values {
		w.value(v)
	}
}

func (w *footprint) attrs(d map[string]Value) {
	w.total += int64(len(d)) * entrySize
	for k, v := range d {
		w.total += int64(len(k))
		w.value(v)
	}
}

func (w *footprint) values(vs []Value) {
	w.total += int64(cap(vs)) * slotSize
	for _, v := range vs {
		w.value(v)
	}
}

// value counts v and what it holds.
func (w *footprint) value(v Value) {
	if v == nil || w.full() {
		return
	}
	w.total += headerSize
	switch x := v.(type) {
	case Str:
		w.total += int64(len(x))
	case Bytes:
		w.total += int64(len(x))
	case *ByteArray:
		if w.first(x) {
			w.total += int64(cap(x.B))
		}
	case Tuple:
		w.values(x)
	case *BigInt:
		if w.first(x) {
			w.total += int64(len(x.v.Bits())) * 8
		}
	case *List:
		if w.first(x) {
			w.total += int64(cap(x.ints)) * 8
			w.values(x.items)
		}
	case *Dict:
		if w.first(x) {
			w.total += int64(len(x.entries)) * entrySize
			for _, e := range x.entries {
				w.value(e.key)
				w.value(e.value)
			}
		}
	case *Set:
		if w.first(x) {
			w.total += int64(len(x.table)) * slotSize
			for _, m := range x.Members() {
				w.value(m)
			}
		}
	case *Exception:
		if w.first(x) {
			w.own(&x.attrs)
			w.values(x.Args)
		}
	case *Instance:
		if w.first(x) {
			w.own(&x.attrs)
		}
	case *Class:
		if !x.builtin && w.first(x) {
			w.attrs(x.Dict)
		}
	case *Function:
		if w.first(x) {
			w.values(x.Defaults)
			if x.KwDefaults != nil {
				w.value(x.KwDefaults)
			}
			for _, c := range x.Closure {
				if c != nil {
					w.value(c)
				}
			}
			w.own(&x.attrs)
		}
	case *Cell:
		if w.first(x) {
			w.value(x.Value)
		}
	case *BoundMethod:
		w.value(x.Self)
		w.value(x.Func)
	case *Generator:
		if x != nil && w.first(x) {
			w.frame(x.frame)
			w.frame(x.innermost)
			w.value(x.awaiting)
		}
	case *Module:
		w.module(x)
	case Referrer:
		if w.first(x) {
			x.Referents(w.value)
		}
	}
}
