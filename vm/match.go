package vm

import (
	"fmt"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Structural pattern matching: MATCH_PATTERN runs a case clause's bytecode.MatchPattern
// against the subject, as CPython's MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE and MATCH_KEYS
// do together, with the same order of lookups and the same errors.

// patternConst is a Pattern constant of a code object.
type patternConst struct{ p *bytecode.Pattern }

// patternClass is the class of pattern constants, which scripts never see.
var patternClass = newBuiltinClass("match_pattern", ObjectClass)

// Type implements Value.
func (*patternConst) Type() *Class { return patternClass }

// missingKey is the default a mapping pattern passes to a mapping's get method: no mapping
// can hold it.
var missingKey Value = &patternConst{}

// Flags of __abc_tpflags__, CPython's spelling for a class that wants to match sequence or
// mapping patterns without deriving from list, tuple or dict (collections.deque and
// ChainMap set it).
const (
	tpflagsSequence = 1 << 5
	tpflagsMapping  = 1 << 6
)

// matchSelf are the built-in classes whose one positional sub-pattern matches the subject
// itself: `case int(n)` binds n to the int.
var matchSelf = []*Class{BoolClass, ByteArrayClass, BytesClass, DictClass, FloatClass, FrozenSetClass, IntClass,
	ListClass, SetClass, StrClass, TupleClass}

// matchPattern is MATCH_PATTERN. win is the operand stack from the subject up: the subject,
// the n values, the pattern; it leaves there the k captures (None unless the subject
// matched) and whether it matched.
func matchPattern(th *Thread, win []Value, n, k int) error {
	p := win[n+1].(*patternConst).p
	// Captures go to a buffer first: the values they would overwrite are still in use.
	var buf [8]Value
	caps := buf[:]
	if k > len(buf) {
		caps = make([]Value, k)
	}
	m := matcher{th: th, values: win[1 : n+1], caps: caps[:k]}
	ok, err := m.match(p, win[0])
	if err != nil {
		return err
	}
	for i := range m.caps {
		win[i] = None
		if ok {
			win[i] = m.caps[i]
		}
	}
	win[k] = Bool(ok)
	return nil
}

// matcher holds one run of a pattern: the values it compares with and the captures so far.
type matcher struct {
	th     *Thread
	values []Value
	caps   []Value
}

func (m *matcher) match(p *bytecode.Pattern, v Value) (bool, error) {
	switch p.Kind {
	case bytecode.PatAs:
		if len(p.Sub) > 0 {
			if ok, err := m.match(p.Sub[0], v); !ok || err != nil {
				return false, err
			}
		}
		m.capture(p.Capture, v)
		return true, nil
	case bytecode.PatValue:
		return Equal(m.th, v, m.values[p.Value])
	case bytecode.PatIdentity:
		return Is(v, m.values[p.Value]), nil
	case bytecode.PatSequence:
		return m.sequence(p, v)
	case bytecode.PatMapping:
		return m.mapping(p, v)
	case bytecode.PatClass:
		return m.class(p, v)
	case bytecode.PatOr:
		for _, alt := range p.Sub {
			if ok, err := m.match(alt, v); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	panic(fmt.Sprintf("vm: unknown pattern kind %d", p.Kind))
}

func (m *matcher) capture(slot int, v Value) {
	if slot >= 0 {
		m.caps[slot] = v
	}
}

// hasTpflag reports whether v's class (or a base) sets the __abc_tpflags__ bit flag.
func hasTpflag(v Value, flag int64) bool {
	f, ok := v.Type().Lookup("__abc_tpflags__")
	if !ok {
		return false
	}
	n, ok := f.(Int)
	return ok && int64(n)&flag != 0
}

// isSequence reports whether a sequence pattern may match v: strings and bytes may not.
func isSequence(v Value) bool {
	switch v.(type) {
	case *List, Tuple, *Range:
		return true
	case Str, Bytes, *ByteArray:
		return false
	}
	switch b, _ := baseOf(v); b.(type) {
	case *List, Tuple: // a subclass of list or tuple
		return true
	}
	return hasTpflag(v, tpflagsSequence)
}

func (m *matcher) sequence(p *bytecode.Pattern, v Value) (bool, error) {
	if !isSequence(v) {
		return false, nil
	}
	items, err := sequenceItems(m.th, v, p)
	if items == nil || err != nil {
		return false, err
	}
	after := len(p.Sub) - 1 - p.Star // the items after the star
	for i, sub := range p.Sub {
		switch {
		case i == p.Star:
			rest := append([]Value(nil), items[i:len(items)-after]...)
			m.capture(sub.Capture, NewList(rest))
			continue
		case p.Star >= 0 && i > p.Star:
			v = items[len(items)-(len(p.Sub)-i)]
		default:
			v = items[i]
		}
		if ok, err := m.match(sub, v); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// sequenceItems returns the items of a sequence a sequence pattern may match, or nil when
// its length rules the pattern out.
func sequenceItems(th *Thread, v Value, p *bytecode.Pattern) ([]Value, error) {
	var items []Value
	n := -1
	switch x := v.(type) {
	case *List:
		items = x.Items()
		n = len(items)
	case Tuple:
		items, n = x, len(x)
	default:
		var err error
		if n, err = Len(th, v); err != nil {
			return nil, err
		}
	}
	if p.Star < 0 && n != len(p.Sub) || p.Star >= 0 && n < len(p.Sub)-1 {
		return nil, nil
	}
	if items == nil {
		var err error
		if items, err = ToSlice(th, v); err != nil || items == nil {
			return []Value{}, err
		}
	}
	return items, nil
}

// mapping matches a mapping pattern: each key is looked up with the mapping's get method,
// as in CPython, so a defaultdict does not grow.
func (m *matcher) mapping(p *bytecode.Pattern, v Value) (bool, error) {
	d, isDict := v.(*Dict)
	if !isDict && !isDictSubclass(v) && !hasTpflag(v, tpflagsMapping) {
		return false, nil
	}
	if len(p.Keys) == 0 && p.Capture < 0 {
		return true, nil
	}
	n, err := Len(m.th, v)
	if err != nil || n < len(p.Keys) {
		return false, err
	}
	seen := NewDict()
	for i, ki := range p.Keys {
		key := m.values[ki]
		if _, dup, err := seen.Get(m.th, key); dup || err != nil {
			if err != nil {
				return false, err
			}
			r, err := Repr(m.th, key)
			if err != nil {
				return false, err
			}
			return false, Errorf(ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.Set(m.th, key, True); err != nil {
			return false, err
		}
		item, err := m.lookup(d, v, key)
		if err != nil || item == missingKey {
			return false, err
		}
		if ok, err := m.match(p.Sub[i], item); !ok || err != nil {
			return false, err
		}
	}
	if p.Capture >= 0 {
		rest, err := m.rest(d, v, p)
		if err != nil {
			return false, err
		}
		m.capture(p.Capture, rest)
	}
	return true, nil
}

// isDictSubclass reports whether v is an instance of a subclass of dict. Its keys are
// looked up with its get method, as another mapping's: a defaultdict does not grow.
func isDictSubclass(v Value) bool {
	b, _ := baseOf(v)
	_, ok := b.(*Dict)
	return ok
}

// lookup returns mapping[key], or missingKey when the mapping has no such key.
func (m *matcher) lookup(d *Dict, v, key Value) (Value, error) {
	if d != nil {
		item, ok, err := d.Get(m.th, key)
		if !ok || err != nil {
			return missingKey, err
		}
		return item, nil
	}
	get, err := GetAttr(m.th, v, "get")
	if err != nil {
		return nil, err
	}
	return m.th.Call(get, []Value{key, missingKey}, nil)
}

// rest builds the dict `**rest` binds: the mapping's items without the pattern's keys.
func (m *matcher) rest(d *Dict, v Value, p *bytecode.Pattern) (*Dict, error) {
	if d != nil {
		d = d.Copy()
	} else {
		var err error
		if d, err = m.copyMapping(v); err != nil {
			return nil, err
		}
	}
	for _, ki := range p.Keys {
		if _, err := d.Delete(m.th, m.values[ki]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// copyMapping is dict(v) for a mapping that is not a dict: its keys() and items.
func (m *matcher) copyMapping(v Value) (*Dict, error) {
	keys, err := GetAttr(m.th, v, "keys")
	if err != nil {
		return nil, err
	}
	if keys, err = m.th.Call(keys, nil, nil); err != nil {
		return nil, err
	}
	d := NewDict()
	err = Iterate(m.th, keys, func(k Value) error {
		item, err := GetItem(m.th, v, k)
		if err != nil {
			return err
		}
		return d.Set(m.th, k, item)
	})
	return d, err
}

// class matches a class pattern: every attribute is fetched (and the sub-pattern count and
// names checked) before any sub-pattern runs, as in CPython.
func (m *matcher) class(p *bytecode.Pattern, v Value) (bool, error) {
	cls, ok := m.values[p.Value].(*Class)
	if !ok {
		return false, Errorf(TypeError, "called match pattern must be a type")
	}
	// isinstance, so that a metaclass's __instancecheck__ counts (case Sequence():).
	if is, err := InstanceCheck(m.th, v, cls); !is || err != nil {
		return false, err
	}
	nPos := len(p.Sub) - len(p.KwAttrs)
	var args Tuple
	self := false
	if nPos > 0 {
		var err error
		if args, self, err = m.matchArgs(cls, nPos); err != nil {
			return false, err
		}
	}
	// name returns the attribute sub-pattern i matches (self: the subject itself).
	name := func(i int) (string, error) {
		if i >= nPos {
			return p.KwAttrs[i-nPos], nil
		}
		s, ok := args[i].(Str)
		if !ok {
			return "", Errorf(TypeError, "__match_args__ elements must be strings (got %s)", TypeName(args[i]))
		}
		return string(s), nil
	}
	var buf [8]Value
	attrs := buf[:0]
	for i := range p.Sub {
		if self && i == 0 {
			attrs = append(attrs, v)
			continue
		}
		n, err := name(i)
		if err != nil {
			return false, err
		}
		for j := 0; j < i; j++ {
			if prev, _ := name(j); prev == n && !(self && j == 0) {
				return false, Errorf(TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, n)
			}
		}
		a, err := GetAttr(m.th, v, n)
		if err != nil {
			if e, isExc := err.(*Exception); isExc && e.Class.IsSubclass(AttributeError) {
				return false, nil
			}
			return false, err
		}
		attrs = append(attrs, a)
	}
	for i, sub := range p.Sub {
		if ok, err := m.match(sub, attrs[i]); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// matchArgs returns the __match_args__ that n positional sub-patterns of a class pattern
// use, or self when the one sub-pattern matches the subject itself.
func (m *matcher) matchArgs(cls *Class, n int) (args Tuple, self bool, err error) {
	allowed := 0
	if ma, ok := cls.Lookup("__match_args__"); ok {
		t, isTuple := ma.(Tuple)
		if !isTuple {
			return nil, false, Errorf(TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, TypeName(ma))
		}
		args, allowed = t, len(t)
	} else {
		for _, c := range matchSelf {
			if cls.IsSubclass(c) {
				allowed, self = 1, true
				break
			}
		}
	}
	if n > allowed {
		plural := "s"
		if allowed == 1 {
			plural = ""
		}
		return nil, false, Errorf(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, allowed, plural, n)
	}
	return args, self, nil
}
