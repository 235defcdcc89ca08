package asyncio

import (
	"math"
	"strconv"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// sleepCall is the awaitable asyncio.sleep returns: awaiting it pauses the task until the
// delay has passed (or for exactly one loop iteration when the delay is not positive).
// It is an Awaitable rather than bytecode so the hottest await of all costs no frame.
type sleepCall struct {
	delay  float64
	result vm.Value
	standIn
}

// Type implements vm.Value: to scripts it is a coroutine, as in CPython.
func (*sleepCall) Type() *vm.Class { return vm.CoroutineClass }

// Repr implements repr().
func (s *sleepCall) Repr() string { return "<coroutine object sleep at " + vm.Addr(s) + ">" }

// turnNone is what the task of a sleep(0) waits on: a vm.Turn, which lets the loop run one
// iteration and resumes with None.
var turnNone = &vm.Turn{Value: vm.None}

// Await implements vm.Awaitable.
func (s *sleepCall) Await(th *vm.Thread) (vm.Value, bool, vm.Value, error) {
	if s == sleepZeroAwaited {
		return nil, false, turnNone, nil // `await asyncio.sleep(0)`, the hottest await
	}
	if s.gen != nil {
		return nil, false, nil, errReused()
	}
	th.Interp().ForgetCoroutine(s)
	if s.delay <= 0 {
		if _, none := s.result.(vm.NoneType); none {
			return nil, false, turnNone, nil
		}
		return nil, false, &vm.Turn{Value: s.result}, nil
	}
	loop, err := runningLoop(th)
	if err != nil {
		return nil, false, nil, err
	}
	fut := loop.NewFuture()
	result := s.result
	// As in CPython, the timer is not cancelled with the future: when it fires for a
	// cancelled sleep it finds the future done and does nothing.
	if loop.trace != nil {
		loop.trace.label(fut, "sleep("+strconv.FormatFloat(s.delay, 'g', -1, 64)+")")
	}
	loop.CallAt(loop.Time()+s.delay, func() {
		if !fut.Done() {
			_ = fut.SetResult(result)
		}
	})
	return nil, false, fut.blockOn(), nil
}

// AsCoroutine implements vm.CoroutineStandIn: the sleep as a coroutine object, for
// create_task(asyncio.sleep(1)) and its coroutine methods. The shared sleep(0)s make a new
// one each time, as they hold no state.
func (s *sleepCall) AsCoroutine(in *vm.Interp) *vm.Generator {
	in.ForgetCoroutine(s)
	inner := &sleepCall{delay: s.delay, result: s.result}
	if s == sleepZero || s == sleepZeroAwaited {
		return vm.AwaitableCoroutine("sleep", inner)
	}
	return s.coroutine("sleep", inner)
}

// sleepZero is sleep(0): a yield to the loop, shared since it holds no state (the
// never-awaited bookkeeping counts each call of it).
var sleepZero = &sleepCall{delay: 0, result: vm.None}

// sleepZeroAwaited is the sleep(0) of `await asyncio.sleep(0)`, awaited by the next
// instruction: it is neither noted nor forgotten, which keeps the hottest await of all out
// of the bookkeeping. It must be another object than sleepZero, whose notes may include
// a sleep(0) made earlier and never awaited: awaiting this one must not forget that.
var sleepZeroAwaited = &sleepCall{delay: 0, result: vm.None}

// sleepSignature is asyncio.sleep(delay, result=None)'s.
var sleepSignature = vm.Signature{Name: "sleep", Style: vm.PyArgs, Min: 1, Max: 2, Kw: []string{"delay", "result"}}

// builtinSleep is asyncio.sleep; it binds its own arguments, after a shortcut for the
// commonest call, sleep(0).
func builtinSleep(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if kwargs == nil && len(args) == 1 {
		if n, ok := args[0].(vm.Int); ok && n == 0 {
			if th.AwaitedAtOnce(args) {
				return sleepZeroAwaited, nil
			}
			th.NoteBuiltinCoroutine(sleepZero, "sleep")
			return sleepZero, nil
		}
	}
	p, err := sleepSignature.Bind(args, kwargs)
	if err != nil {
		return nil, err
	}
	delay, ok := vm.ToFloat(p[0])
	if !ok {
		return badDelay(th, p[0]), nil
	}
	if math.IsNaN(delay) {
		// CPython 3.11 compares nan <= 0 (false) and schedules a timer that is due at once.
		delay = math.SmallestNonzeroFloat64
	}
	s := &sleepCall{delay: delay, result: vm.OrNone(p[1])}
	th.NoteBuiltinCoroutine(s, "sleep")
	return s, nil
}

// failedSleep is the coroutine asyncio.sleep returns for a delay that is not a number: as
// CPython's `if delay <= 0` in the coroutine's body, it raises only once it runs, so
// create_task(asyncio.sleep("x")) fails in the task.
type failedSleep struct {
	exc error
	standIn
}

// Type implements vm.Value: to scripts it is a coroutine, as in CPython.
func (*failedSleep) Type() *vm.Class { return vm.CoroutineClass }

// Repr implements repr().
func (f *failedSleep) Repr() string { return "<coroutine object sleep at " + vm.Addr(f) + ">" }

// Await implements vm.Awaitable.
func (f *failedSleep) Await(th *vm.Thread) (vm.Value, bool, vm.Value, error) {
	if f.gen != nil {
		return nil, false, nil, errReused()
	}
	th.Interp().ForgetCoroutine(f)
	return nil, false, nil, f.exc
}

// AsCoroutine implements vm.CoroutineStandIn, as sleepCall's.
func (f *failedSleep) AsCoroutine(in *vm.Interp) *vm.Generator {
	in.ForgetCoroutine(f)
	return f.coroutine("sleep", &failedSleep{exc: f.exc})
}

// badDelay is the sleep for a delay ToFloat refuses. The comparison CPython makes gives the
// error (its TypeError names both types); a delay that compares with 0 but is no float
// (a script class with __le__) is refused as unsupported.
func badDelay(th *vm.Thread, delay vm.Value) *failedSleep {
	_, err := vm.Compare(th, bytecode.CmpLE, delay, vm.Int(0))
	if err == nil {
		err = vm.Errorf(vm.NotImplementedError, "asyncio.sleep() with a delay of type '%s' is not supported by asyncscript (only int and float)", vm.TypeName(delay))
	}
	f := &failedSleep{exc: err}
	th.NoteBuiltinCoroutine(f, "sleep")
	return f
}
