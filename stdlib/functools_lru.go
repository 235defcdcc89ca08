package stdlib

import "github.com/asyncscript/asyncscript/vm"

// The core of functools.lru_cache: the wrapper lib/functools.py makes is a Python function
// (so it has a __dict__, binds as a method and takes update_wrapper's attributes), and its
// body is one call of lruCall, which builds the key, reads the cache and keeps the counts
// in Go, as CPython's C wrapper does. That leaves one Python frame per cached call instead
// of the several the key building and bookkeeping took in Python.

// lruStateClass is the class of the cache state the wrapper closes over.
var lruStateClass = newCoreClass("_functools", "_lru_cache_state")

// lruState is one lru_cache wrapper's cache and counts.
type lruState struct {
	fn      vm.Value
	maxsize int // -1: unbounded; 0: no caching at all
	typed   bool
	// makeKey is functools._make_key, for calls with keyword arguments or typed keys.
	makeKey      vm.Value
	cache        *vm.Dict
	hits, misses int
}

// Type implements vm.Value.
func (*lruState) Type() *vm.Class { return lruStateClass }

// newFunctoolsCore is _functools, the lru_cache core, which lib/functools.py imports. The
// frames of functools.py are left out of tracebacks from then on: CPython's lru_cache,
// partial, reduce and cmp_to_key are C and show no frame between a caller and the function
// it called through them.
func newFunctoolsCore(in *vm.Interp) (*vm.Module, error) {
	in.HideFromTracebacks("<asyncscript>/functools.py")
	return coreModule("_functools",
		vm.NewFunc(vm.Signature{Name: "lru_state", Style: vm.PosArgs, Min: 4, Max: 4}, lruNewState),
		vm.NewFunc(vm.Signature{Name: "lru_call", Style: vm.PosArgs, Min: 3, Max: 3}, lruCall),
		vm.NewFunc(vm.Signature{Name: "lru_stats", Style: vm.PosArgs, Min: 1, Max: 1}, lruStats),
		vm.NewFunc(vm.Signature{Name: "lru_clear", Style: vm.PosArgs, Min: 1, Max: 1}, lruClear),
	)(in)
}

// lruNewState is lru_state(user_function, maxsize, typed, make_key); maxsize is None or
// an int already clamped at 0 by lru_cache.
func lruNewState(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	s := &lruState{fn: a[0], maxsize: -1, makeKey: a[3], cache: vm.NewDict()}
	if !vm.IsNone(a[1]) {
		n, err := vm.IndexArg(th, a[1])
		if err != nil {
			return nil, err
		}
		s.maxsize = n
	}
	typed, err := vm.Truth(th, a[2])
	s.typed = typed
	return s, err
}

// lruStateOf is the state argument of the core's functions.
func lruStateOf(v vm.Value) (*lruState, error) {
	s, ok := v.(*lruState)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "expected an lru_cache state, not %s", vm.TypeName(v))
	}
	return s, nil
}

// lruKey is _make_key(args, kwds, typed): a lone int or str argument is its own key, other
// positional arguments their tuple, and the rest what _make_key makes.
func (s *lruState) key(th *vm.Thread, args vm.Tuple, kwds *vm.Dict) (vm.Value, error) {
	if !s.typed && kwds.Len() == 0 {
		if len(args) == 1 {
			switch args[0].(type) {
			case vm.Int, vm.Str:
				return args[0], nil
			}
		}
		return args, nil
	}
	return th.Call(s.makeKey, []vm.Value{args, kwds, vm.Bool(s.typed)}, nil)
}

// lruCall is lru_call(state, args, kwds): the cached result of state's function for the
// arguments, calling it on a miss.
func lruCall(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	s, err := lruStateOf(a[0])
	if err != nil {
		return nil, err
	}
	args, _ := a[1].(vm.Tuple)
	kwds, _ := a[2].(*vm.Dict)
	if kwds == nil {
		kwds = vm.NewDict()
	}
	if s.maxsize == 0 {
		s.misses++
		return th.Call(s.fn, args, kwds)
	}
	key, err := s.key(th, args, kwds)
	if err != nil {
		return nil, err
	}
	if v, ok, err := s.cache.Get(th, key); ok || err != nil {
		if err != nil {
			return nil, err
		}
		s.hits++
		if s.maxsize > 0 {
			// The key becomes the most recently used: last in the dict's order.
			if _, err := s.cache.Delete(th, key); err != nil {
				return nil, err
			}
			return v, s.cache.Set(th, key, v)
		}
		return v, nil
	}
	s.misses++
	r, err := th.Call(s.fn, args, kwds)
	if err != nil {
		return nil, err
	}
	if s.maxsize > 0 {
		// The call may have cached the key itself (recursion): keep that entry.
		if _, present, err := s.cache.Get(th, key); present || err != nil {
			return r, err
		}
		if s.cache.Len() >= s.maxsize {
			if oldest, ok := s.cache.FirstKey(); ok {
				if _, err := s.cache.Delete(th, oldest); err != nil {
					return nil, err
				}
			}
		}
	}
	return r, s.cache.Set(th, key, r)
}

// lruStats is lru_stats(state): (hits, misses, currsize).
func lruStats(_ *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	s, err := lruStateOf(a[0])
	if err != nil {
		return nil, err
	}
	return vm.Tuple{vm.MakeInt(int64(s.hits)), vm.MakeInt(int64(s.misses)), vm.MakeInt(int64(s.cache.Len()))}, nil
}

// lruClear is lru_clear(state): the cache emptied and the counts reset.
func lruClear(_ *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	s, err := lruStateOf(a[0])
	if err != nil {
		return nil, err
	}
	s.cache.Clear()
	s.hits, s.misses = 0, 0
	return vm.None, nil
}
