package stdlib

import "github.com/asyncscript/asyncscript/vm"

// The combinatoric iterators: each walks a vector of indices into its pools of items.
var (
	productClass      = newIterClass("product")
	permutationsClass = newIterClass("permutations")
	combinationsClass = newIterClass("combinations")
	combWithReplClass = newIterClass("combinations_with_replacement")
)

// productKwSig checks product's keyword arguments as CPython does, apart from its *iterables.
var productKwSig = vm.Signature{Name: "product", Style: vm.TupleArgs, Max: 1, Kw: []string{"repeat"}}

// indexWalk is the step of a combinatoric iterator: its first result is the indices as
// they start (none when empty), then advance moves them on until it reports false. pick
// makes a result from the indices.
func indexWalk(empty bool, indices []int, pick func(i, index int) vm.Value, advance func() bool) func(*vm.Thread) (vm.Value, error) {
	started, done := false, empty
	return func(*vm.Thread) (vm.Value, error) {
		if done {
			return nil, nil
		}
		if started && !advance() {
			done = true
			return nil, nil
		}
		started = true
		t := make(vm.Tuple, len(indices))
		for i, j := range indices {
			t[i] = pick(i, j)
		}
		return t, nil
	}
}

// poolWalk is indexWalk over one pool, the shape of permutations and combinations: each
// result is the pool's items at the indices.
func poolWalk(pool []vm.Value, empty bool, indices []int, advance func() bool) func(*vm.Thread) (vm.Value, error) {
	return indexWalk(empty, indices, func(_, j int) vm.Value { return pool[j] }, advance)
}

// poolOf is the items of an iterable argument, as the combinatoric iterators take them.
func poolOf(th *vm.Thread, v vm.Value) ([]vm.Value, error) {
	if t, ok := v.(vm.Tuple); ok {
		return t, nil
	}
	return vm.ToSlice(th, v)
}

// poolAndR takes the arguments of combinations and combinations_with_replacement: the
// pool of items, and r.
func poolAndR(th *vm.Thread, args []vm.Value) ([]vm.Value, int, error) {
	pool, err := poolOf(th, args[0])
	if err != nil {
		return nil, 0, err
	}
	r, err := vm.IndexArg(th, args[1])
	if err == nil && r < 0 {
		err = vm.Errorf(vm.ValueError, "r must be non-negative")
	}
	return pool, r, err
}

func init() {
	productClass.DefineConstructor(vm.Signature{Name: "product", Style: vm.VarKwArgs}, newProduct)
	defineIterator(permutationsClass, vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"iterable", "r"}}, newPermutations)
	defineIterator(combinationsClass, vm.Signature{Style: vm.ClinicArgs, Min: 2, Max: 2, Kw: []string{"iterable", "r"}}, newCombinations)
	defineIterator(combWithReplClass, vm.Signature{Style: vm.ClinicArgs, Min: 2, Max: 2, Kw: []string{"iterable", "r"}}, newCombWithRepl)
}

// newProduct is product(*iterables, repeat=1): the cartesian product, the rightmost
// index moving fastest.
func newProduct(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	repeat := 1
	if kwargs != nil && kwargs.Len() > 0 {
		kw, err := productKwSig.Bind(nil, kwargs)
		if err != nil {
			return nil, err
		}
		if kw[0] != nil {
			if repeat, err = vm.IndexArg(th, kw[0]); err != nil {
				return nil, err
			}
		}
	}
	if repeat < 0 {
		return nil, vm.Errorf(vm.ValueError, "repeat argument cannot be negative")
	}
	base := make([][]vm.Value, len(args))
	empty := false
	for i, a := range args {
		pool, err := poolOf(th, a)
		if err != nil {
			return nil, err
		}
		empty = empty || len(pool) == 0
		base[i] = pool
	}
	pools := make([][]vm.Value, 0, len(args)*repeat)
	for range repeat {
		pools = append(pools, base...)
	}
	indices := make([]int, len(pools))
	return &funcIterator{class: productClass, next: indexWalk(empty && repeat > 0, indices,
		func(i, j int) vm.Value { return pools[i][j] },
		func() bool {
			for i := len(indices) - 1; i >= 0; i-- {
				if indices[i]++; indices[i] < len(pools[i]) {
					return true
				}
				indices[i] = 0
			}
			return false
		})}, nil
}

// newPermutations is permutations(iterable, r=None): the r-length orderings of the pool, in
// lexicographic order of positions. cycles[i] counts the choices left for position i.
func newPermutations(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	pool, err := poolOf(th, args[0])
	if err != nil {
		return nil, err
	}
	n, r := len(pool), len(pool)
	if args[1] != nil && !vm.IsNone(args[1]) {
		v, ok := smallInt(args[1])
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "Expected int as r")
		}
		if v < 0 {
			return nil, vm.Errorf(vm.ValueError, "r must be non-negative")
		}
		r = int(min(v, int64(n+1)))
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, max(min(r, n), 0))
	for i := range cycles {
		cycles[i] = n - i
	}
	return poolWalk(pool, r > n, indices[:min(r, n)], func() bool {
		for i := r - 1; i >= 0; i-- {
			if cycles[i]--; cycles[i] > 0 {
				j := n - cycles[i]
				indices[i], indices[j] = indices[j], indices[i]
				return true
			}
			// Position i has taken every choice: rotate its index to the end.
			first := indices[i]
			copy(indices[i:], indices[i+1:])
			indices[n-1] = first
			cycles[i] = n - i
		}
		return false
	}), nil
}

// newCombinations is combinations(iterable, r): the r-length sorted selections of
// positions, in lexicographic order.
func newCombinations(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	pool, r, err := poolAndR(th, args)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	indices := make([]int, min(r, n))
	for i := range indices {
		indices[i] = i
	}
	return poolWalk(pool, r > n, indices, func() bool {
		i := r - 1
		for i >= 0 && indices[i] == i+n-r {
			i--
		}
		if i < 0 {
			return false
		}
		indices[i]++
		for j := i + 1; j < r; j++ {
			indices[j] = indices[j-1] + 1
		}
		return true
	}), nil
}

// newCombWithRepl is combinations_with_replacement(iterable, r): the r-length
// non-decreasing selections of positions, in lexicographic order.
func newCombWithRepl(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	pool, r, err := poolAndR(th, args)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	indices := make([]int, r)
	return poolWalk(pool, n == 0 && r > 0, indices, func() bool {
		i := r - 1
		for i >= 0 && indices[i] == n-1 {
			i--
		}
		if i < 0 {
			return false
		}
		v := indices[i] + 1
		for j := i; j < r; j++ {
			indices[j] = v
		}
		return true
	}), nil
}
