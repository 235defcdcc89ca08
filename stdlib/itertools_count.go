package stdlib

import (
	"math"
	"strconv"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// The infinite iterators, whose reprs show their state.
var (
	countClass  = newIterClass("count")
	repeatClass = newIterClass("repeat")
)

// countIter is itertools.count. Like CPython it counts in a machine word while it can (an
// int start that fits and a step of 1), and otherwise adds step to a value with +.
type countIter struct {
	fast bool
	n    int64
	cur  vm.Value
	step vm.Value
}

// Type implements vm.Value.
func (*countIter) Type() *vm.Class { return countClass }

// Next implements vm.Iterator.
func (c *countIter) Next(th *vm.Thread) (vm.Value, error) {
	if c.fast {
		if c.n < math.MaxInt64 {
			c.n++
			return th.IntValue(c.n - 1), nil
		}
		c.fast, c.cur = false, vm.MakeInt(c.n)
	}
	v := c.cur
	next, err := vm.BinaryOp(th, int(bytecode.OpAdd), v, c.step)
	if err != nil {
		return nil, err
	}
	c.cur = next
	return v, nil
}

// value is the number count would return next.
func (c *countIter) value() vm.Value {
	if c.fast {
		return vm.MakeInt(c.n)
	}
	return c.cur
}

// isNumber is CPython's PyNumber_Check, which count applies to start and step: an int, a
// float, or an object that converts to one.
func isNumber(v vm.Value) bool {
	switch vm.BuiltinValue(v).(type) {
	case vm.Int, vm.Bool, *vm.BigInt, vm.Float:
		return true
	}
	for _, name := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if _, ok := v.Type().Lookup(name); ok {
			return true
		}
	}
	return false
}

// isIntOne reports whether v is an int equal to 1, the step count's repr leaves out.
func isIntOne(v vm.Value) bool {
	n, ok := smallInt(vm.BuiltinValue(v))
	return ok && n == 1
}

func init() {
	countClass.DefineConstructor(vm.Signature{Style: vm.TupleArgs, Max: 2, Kw: []string{"start", "step"}}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		start, step := args[0], args[1]
		if start == nil {
			start = vm.MakeInt(0)
		}
		if step == nil {
			step = vm.MakeInt(1)
		}
		if !isNumber(start) || !isNumber(step) {
			return nil, vm.Errorf(vm.TypeError, "a number is required")
		}
		c := &countIter{cur: start, step: step}
		if n, ok := smallInt(start); ok && isIntOne(step) {
			c.fast, c.n = true, n
		}
		return c, nil
	})
	countClass.DefineMethods([]vm.MethodDef{{Name: "__repr__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		c, err := goValue[*countIter](self)
		if err != nil {
			return nil, err
		}
		// A subclass's repr shows its own name, as CPython's does.
		name := self.Type().Name
		s, err := vm.Repr(th, c.value())
		if err != nil || isIntOne(c.step) {
			return vm.Str(name + "(" + s + ")"), err
		}
		step, err := vm.Repr(th, c.step)
		return vm.Str(name + "(" + s + ", " + step + ")"), err
	}}})
	repeatClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"object", "times"}}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		r := &repeatIter{obj: args[0], times: -1}
		if args[1] != nil {
			n, err := vm.IndexArg(th, args[1])
			if err != nil {
				return nil, err
			}
			r.times = max(n, 0)
		}
		return r, nil
	})
	repeatClass.DefineMethods([]vm.MethodDef{
		{Name: "__repr__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			r, err := goValue[*repeatIter](self)
			if err != nil {
				return nil, err
			}
			name := self.Type().Name
			s, err := vm.Repr(th, r.obj)
			if err != nil || r.times < 0 {
				return vm.Str(name + "(" + s + ")"), err
			}
			return vm.Str(name + "(" + s + ", " + strconv.Itoa(r.times) + ")"), nil
		}},
		{Name: "__length_hint__", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			r, err := goValue[*repeatIter](self)
			if err != nil {
				return nil, err
			}
			if r.times < 0 {
				return nil, vm.Errorf(vm.TypeError, "len() of unsized object")
			}
			return vm.MakeInt(int64(r.times)), nil
		}},
	})
}

// repeatIter is itertools.repeat: obj, times times, or forever when times is negative.
type repeatIter struct {
	obj   vm.Value
	times int
}

// Type implements vm.Value.
func (*repeatIter) Type() *vm.Class { return repeatClass }

// Next implements vm.Iterator.
func (r *repeatIter) Next(*vm.Thread) (vm.Value, error) {
	switch {
	case r.times < 0:
		return r.obj, nil
	case r.times == 0:
		return nil, nil
	}
	r.times--
	return r.obj, nil
}
