package vm

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// compareOrdered is a op b for two ints, two floats or two strs, which Go orders as Python
// does (a NaN unordered with everything, strs by code point, which their UTF-8 bytes order
// the same way). None has a Go form that a subclass shares (a subclass's instance is an
// *Instance), so no user method is skipped.
func compareOrdered[T Int | Float | Str](op bytecode.CompareOp, a, b T) bool {
	switch op {
	case bytecode.CmpLT:
		return a < b
	case bytecode.CmpLE:
		return a <= b
	case bytecode.CmpEQ:
		return a == b
	case bytecode.CmpNE:
		return a != b
	case bytecode.CmpGT:
		return a > b
	}
	return a >= b
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(op bytecode.CompareOp, c int) bool {
	if c == unordered {
		return op == bytecode.CmpNE
	}
	switch op {
	case bytecode.CmpLT:
		return c < 0
	case bytecode.CmpLE:
		return c <= 0
	case bytecode.CmpEQ:
		return c == 0
	case bytecode.CmpNE:
		return c != 0
	case bytecode.CmpGT:
		return c > 0
	}
	return c >= 0
}

var compareDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// reflected is the operator to try on the right operand: a < b is b > a.
var reflected = [...]bytecode.CompareOp{bytecode.CmpGT, bytecode.CmpGE, bytecode.CmpEQ, bytecode.CmpNE, bytecode.CmpLT, bytecode.CmpLE}

// Compare applies a rich comparison, as the operators do.
func Compare(th *Thread, op bytecode.CompareOp, x, y Value) (Value, error) {
	if closedKind(x) && closedKind(y) {
		return compareBuiltin(th, op, x, y)
	}
	// The right operand's type derives from the left's: its reflected method goes first,
	// whether or not it overrides it (unlike the arithmetic operators).
	xt, yt := x.Type(), y.Type()
	rop := reflected[op]
	reflectFirst := yt != xt && yt.IsSubclass(xt)
	if reflectFirst {
		if r, err := compareMethod(th, rop, y, x); r != nil && r != NotImplemented || err != nil {
			return r, err
		}
	}
	if r, err := compareMethod(th, op, x, y); r != nil && r != NotImplemented || err != nil {
		return r, err
	}
	if !reflectFirst {
		if r, err := compareMethod(th, rop, y, x); r != nil && r != NotImplemented || err != nil {
			return r, err
		}
	}
	return compareBuiltin(th, op, x, y)
}

// closedKind reports whether v is an int, bool, float, str, tuple or list: their classes are
// built in and immutable, so no rich-comparison dunder can be found on them that does
// anything but what builtinCompare does, and Compare skips the lookups (sorted() and min()
// over such values spent most of their time in them).
func closedKind(v Value) bool {
	if _, ok := v.(*List); ok {
		return true
	}
	return closedScalar(v)
}

// closedScalar reports whether v is an int, bool, float, str or tuple: immutable values of
// built-in classes that define no in-place operators, so x += y on them needs no
// __iadd__ lookup.
func closedScalar(v Value) bool {
	switch v.(type) {
	case Int, Bool, Float, Str, Tuple, *BigInt:
		return true
	}
	return false
}

// compareBuiltin is Compare once the operands' own dunders have declined: the built-in
// comparison, then identity for == and !=, else the TypeError.
func compareBuiltin(th *Thread, op bytecode.CompareOp, x, y Value) (Value, error) {
	bx, by, _ := unwrapPair(x, y)
	r, err := builtinCompareOp(th, op, bx, by)
	if r != nil || err != nil {
		return r, err
	}
	switch op {
	case bytecode.CmpEQ:
		return Bool(Is(x, y)), nil
	case bytecode.CmpNE:
		return Bool(!Is(x, y)), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'",
		bytecode.CompareOpSymbols[op], TypeName(x), TypeName(y))
}

// compareMethod calls x's special method for op on y as a class's comparison slot does:
// a class with __eq__ and no __ne__ gets object's __ne__, the negation of __eq__ (or
// NotImplemented). It returns nil when x's class defines neither.
func compareMethod(th *Thread, op bytecode.CompareOp, x, y Value) (Value, error) {
	t := x.Type()
	if m, ok := t.userMethod(compareDunders[op]); ok {
		return th.CallLent(m, []Value{x, y})
	}
	if t.builtin {
		if _, inst := x.(*Instance); !inst {
			return builtinSlotCompare(th, op, x, y)
		}
	}
	if op != bytecode.CmpNE {
		return nil, nil
	}
	m, ok := t.userMethod("__eq__")
	if !ok {
		return nil, nil
	}
	r, err := th.CallLent(m, []Value{x, y})
	if err != nil || r == NotImplemented {
		return r, err
	}
	eq, err := Truth(th, r)
	return Bool(!eq), err
}

// unordered is the three-way result for equality tests of values that are not equal but
// have no order (NaN, sets that are not subsets): not equal, and every ordering false.
const unordered = 2

// builtinCompare compares built-in values other than lists and tuples three-way (see
// builtinCompareOp). ok is false when the types do not compare; eqOnly says only equality
// is asked for, so unorderable values report "unequal".
func builtinCompare(th *Thread, x, y Value, eqOnly bool) (c int, ok bool, err error) {
	if isInt(x) && isInt(y) {
		a, aok := asInt64(x)
		b, bok := asInt64(y)
		if aok && bok {
			return cmp3(a, b), true, nil
		}
		return toBig(x).Cmp(toBig(y)), true, nil
	}
	if _, isF := x.(Float); isF || isFloat(y) {
		a, aok, _ := asFloat(x)
		b, bok, _ := asFloat(y)
		if aok && bok {
			if math.IsNaN(a) || math.IsNaN(b) {
				return unordered, true, nil
			}
			if !exactInFloat(x) || !exactInFloat(y) {
				return compareFloatBig(x, y), true, nil
			}
			if a < b {
				return -1, true, nil
			} else if a > b {
				return 1, true, nil
			}
			return 0, true, nil
		}
	}
	switch a := x.(type) {
	case Str:
		if b, ok := y.(Str); ok {
			return cmp3str(string(a), string(b)), true, nil
		}
	case Bytes, *ByteArray:
		if b, ok := bytesText(y); ok {
			return cmp3str(selfText(a), b), true, nil
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && eqOnly {
			eq, err := dictEqual(th, a, b)
			if eq {
				return 0, true, err
			}
			return unordered, true, err
		}
	case *Set, *DictView:
		sa, aok, err := setLike(th, x)
		if err != nil {
			return 0, false, err
		}
		sb, bok, err := setLike(th, y)
		if err != nil {
			return 0, false, err
		}
		if aok && bok {
			return compareSets(th, sa, sb, eqOnly)
		}
	case *Range:
		if b, ok := y.(*Range); ok && eqOnly {
			if rangeEqual(a, b) {
				return 0, true, nil
			}
			return unordered, true, nil
		}
	case NoneType:
		if eqOnly {
			if _, ok := y.(NoneType); ok {
				return 0, true, nil
			}
		}
	}
	return 0, false, nil
}

func isFloat(v Value) bool { _, ok := v.(Float); return ok }

// exactInFloat reports whether a number converts to float64 without rounding, so comparing
// it as a float is exact: floats, and ints within ±2**53.
func exactInFloat(v Value) bool {
	switch x := v.(type) {
	case Int:
		return x >= -1<<53 && x <= 1<<53
	case *BigInt:
		return false
	}
	return true
}

// compareFloatBig compares a float and a big int exactly.
func compareFloatBig(x, y Value) int {
	toRat := func(v Value) *big.Rat {
		if f, ok := v.(Float); ok {
			if math.IsInf(float64(f), 1) {
				return nil
			}
			r, _ := new(big.Rat).SetString(floatRepr(float64(f)))
			if r == nil {
				r = new(big.Rat).SetFloat64(float64(f))
			}
			return r
		}
		return new(big.Rat).SetInt(toBig(v))
	}
	if f, ok := x.(Float); ok && math.IsInf(float64(f), 0) {
		if f > 0 {
			return 1
		}
		return -1
	}
	if f, ok := y.(Float); ok && math.IsInf(float64(f), 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	return toRat(x).Cmp(toRat(y))
}

func rangeEqual(a, b *Range) bool {
	la, lb := a.Len(), b.Len()
	if la != lb {
		return false
	}
	if la == 0 {
		return true
	}
	if a.Start != b.Start {
		return false
	}
	return la == 1 || a.Step == b.Step
}

func cmp3[T int64 | string](a, b T) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmp3str(a, b string) int { return cmp3(a, b) }

// compareNesting completes the RecursionError of a too deeply nested comparison.
const compareNesting = " in comparison"

// Equal is ==, as used by containers: identity first, then the comparison.
func Equal(th *Thread, x, y Value) (bool, error) {
	switch a := x.(type) {
	case Str:
		b, ok := y.(Str)
		if ok {
			return a == b, nil
		}
	case Int:
		if b, ok := y.(Int); ok {
			return a == b, nil
		}
	}
	if Is(x, y) {
		return true, nil // identity wins in containers, even for NaN, as in CPython
	}
	r, err := Compare(th, bytecode.CmpEQ, x, y)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	if err := th.enterNested(compareNesting, 1); err != nil {
		return false, err
	}
	defer th.leaveNested()
	for _, kv := range a.Items() {
		v, ok, err := b.Get(th, kv[0])
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(th, kv[1], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// setLike returns the members of a set, or of a dict's keys or items view, as a set; ok is
// false for other values (and for values views, which are not set-like).
func setLike(th *Thread, v Value) (*Set, bool, error) {
	switch x := v.(type) {
	case *Set:
		return x, true, nil
	case *DictView:
		if x.Kind == 1 {
			return nil, false, nil
		}
		s := NewSet()
		for _, item := range viewItems(x) {
			if err := s.Add(th, item); err != nil {
				return nil, false, err
			}
		}
		return s, true, nil
	}
	return nil, false, nil
}

// compareSets orders sets by inclusion: a < b means a is a proper subset. Equality needs
// only one inclusion test of sets of the same size; testing both ways at every level would
// make comparing nested frozensets exponential in their depth.
func compareSets(th *Thread, a, b *Set, eqOnly bool) (int, bool, error) {
	if eqOnly && a.Len() != b.Len() {
		return unordered, true, nil
	}
	if err := th.enterNested(compareNesting, 1); err != nil {
		return 0, false, err
	}
	defer th.leaveNested()
	sub, err := isSubset(th, a, b)
	if err != nil {
		return 0, false, err
	}
	if eqOnly {
		if sub {
			return 0, true, nil
		}
		return unordered, true, nil
	}
	sup, err := isSubset(th, b, a)
	if err != nil {
		return 0, false, err
	}
	switch {
	case sub && sup:
		return 0, true, nil
	case sub:
		return -1, true, nil
	case sup:
		return 1, true, nil
	}
	return unordered, true, nil
}

func isSubset(th *Thread, a, b *Set) (bool, error) {
	if a.Len() > b.Len() {
		return false, nil
	}
	for _, m := range a.Members() {
		in, err := b.Contains(th, m)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}
