package vm

import (
	"testing"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/stretchr/testify/require"
)

// deepDepth is how deep the values of these tests nest: far past any limit, so a path that
// recursed without a guard would exhaust the Go stack and kill the test binary. Where the
// path has no cycle check (as in CPython) the tests use a value that contains itself, which
// is infinitely deep and cheaper to build.
const deepDepth = 10_000_000

// deepList returns [[[...[0]...]]] nested depth times, built with two allocations.
func deepList(depth int) *List {
	lists := make([]List, depth)
	cells := make([]Value, depth)
	cells[0] = Int(0)
	for i := range lists {
		if i > 0 {
			cells[i] = &lists[i-1]
		}
		lists[i].SetItems(cells[i : i+1 : i+1])
	}
	return &lists[depth-1]
}

// selfTuple returns a tuple that contains itself, which no script can build (but a chain of
// tuples can be as deep as memory allows): infinitely deep, in one allocation.
func selfTuple() Tuple {
	t := make(Tuple, 1)
	t[0] = t
	return t
}

// selfList returns [[...]], a list that contains itself: infinitely deep for the paths that,
// as in CPython, do not look for cycles (comparison).
func selfList() *List {
	l := NewList(make([]Value, 1))
	l.Items()[0] = l
	return l
}

// selfDict returns {0: {0: ...}}, a dict that contains itself: infinitely deep for the paths
// that, as in CPython, do not look for cycles.
func selfDict() *Dict {
	d := NewDict()
	if err := d.Set(nil, Int(0), d); err != nil {
		panic(err)
	}
	return d
}

// selfException returns ValueError(ValueError(...)), an exception that is its own argument.
func selfException() *Exception {
	e := NewException(ValueError)
	e.Args = []Value{e}
	return e
}

// requireRecursion checks that err is the RecursionError CPython raises, ending in what.
func requireRecursion(t *testing.T, err error, what string) {
	t.Helper()
	e, ok := err.(*Exception)
	require.True(t, ok, "want RecursionError, got %v", err)
	require.Equal(t, RecursionError, e.Class)
	require.Equal(t, "RecursionError: maximum recursion depth exceeded"+what, e.Error())
}

// errOf is the error of a call that also returns a value.
func errOf[T any](_ T, err error) error { return err }

// TestDeepValues runs each path that recurses into nested values over one too deep for it:
// what is how its RecursionError's message ends.
func TestDeepValues(t *testing.T) {
	for _, c := range []struct {
		name string
		run  func(th *Thread) error
		what string
	}{
		{"ReprList", func(th *Thread) error { return errOf(Repr(th, deepList(deepDepth))) }, reprNesting},
		{"StrList", func(th *Thread) error { return errOf(ToStr(th, deepList(deepDepth))) }, reprNesting},
		{"EqualLists", func(th *Thread) error { return errOf(Compare(th, bytecode.CmpEQ, selfList(), selfList())) }, compareNesting},
		{"LessLists", func(th *Thread) error { return errOf(Compare(th, bytecode.CmpLT, selfList(), selfList())) }, compareNesting},
		{"EqualTuples", func(th *Thread) error { return errOf(Compare(th, bytecode.CmpEQ, selfTuple(), selfTuple())) }, compareNesting},
		{"EqualDicts", func(th *Thread) error { return errOf(Compare(th, bytecode.CmpEQ, selfDict(), selfDict())) }, compareNesting},
		{"HashTuple", func(th *Thread) error { return errOf(Hash(th, selfTuple())) }, ""},
		{"ReprExceptionArgs", func(th *Thread) error { return errOf(Repr(th, selfException())) }, reprNesting},
		{"StrExceptionArgs", func(th *Thread) error { return errOf(ToStr(th, selfException())) }, " while getting the str of an object"},
	} {
		t.Run(c.name, func(t *testing.T) {
			requireRecursion(t, c.run(newTestThread()), c.what)
		})
	}
}

// deepFrozenSets returns two equal, distinct frozensets nested depth times, built as a script
// builds them (frozenset([x])), which hashes every level once.
func deepFrozenSets(t *testing.T, th *Thread, depth int) (*Set, *Set) {
	NewFrozenSet := func() *Set { s := NewSet(); s.frozen = true; return s }
	a, b := NewFrozenSet(), NewFrozenSet()
	for i := 0; i < depth; i++ {
		na, nb := NewFrozenSet(), NewFrozenSet()
		require.NoError(t, na.Add(th, a))
		require.NoError(t, nb.Add(th, b))
		a, b = na, nb
	}
	return a, b
}

// A frozenset caches its hash, so hashing nested frozensets does not recurse (CPython
// hashes them too); comparing them raises RecursionError, and in time linear in the depth.
func TestDeepFrozenSets(t *testing.T) {
	th := newTestThread()
	a, b := deepFrozenSets(t, th, 100_000)
	ha, err := Hash(th, a)
	require.NoError(t, err)
	hb, err := Hash(th, b)
	require.NoError(t, err)
	require.Equal(t, ha, hb)
	_, err = Compare(th, bytecode.CmpEQ, a, b)
	requireRecursion(t, err, compareNesting)
}

// except (((KeyError,),),): CPython accepts only a flat tuple of classes, and checks all of
// them before matching any.
func TestDeepExceptTuple(t *testing.T) {
	exc := NewException(KeyError)
	_, err := exceptionMatch(exc, Tuple{KeyError, selfTuple()})
	require.ErrorContains(t, err, "catching classes that do not inherit from BaseException is not allowed")
	m, err := exceptionMatch(exc, Tuple{ValueError, KeyError})
	require.NoError(t, err)
	require.True(t, m)
}

// except* ValueError on ExceptionGroup("g", [ExceptionGroup("g", [...]), ValueError(1)]).
func TestDeepExceptStarGroup(t *testing.T) {
	g := NewException(ExceptionGroup, Str("g"), None)
	g.Exceptions = []*Exception{g, NewException(ValueError, Int(1))}
	_, _, err := splitExceptionGroup(newTestThread(), g, ValueError)
	requireRecursion(t, err, " in exceptiongroup_split_recursive")
}

// g.split(ValueError) and g.subgroup(ValueError) on a group that contains itself: CPython's
// RecursionError, with its message.
func TestDeepExceptionGroupSplit(t *testing.T) {
	g := NewException(ExceptionGroup, Str("g"), None)
	g.Exceptions = []*Exception{g, NewException(ValueError, Int(1))}
	_, _, err := splitGroupBy(newTestThread(), g, ValueError)
	requireRecursion(t, err, " in exceptiongroup_split_recursive")
}
