package asyncio

import "github.com/asyncscript/asyncscript/vm"

// Handle is a callback scheduled on the event loop (asyncio.Handle, or asyncio.TimerHandle
// when it has a deadline). Callbacks from Go code carry fn; those scheduled by scripts
// carry callback and args.
type Handle struct {
	fn        func()
	callback  vm.Value
	args      []vm.Value
	cancelled bool
	when      float64
	timer     bool
	scheduled bool        // in the timer heap: a cancelled one counts toward purging the heap
	loop      *Loop       // a timer's cancelled count, and the thread reprs run on (nil: none)
	context   *vm.Context // what the callback runs in (nil: the loop's own)
}

// The classes of handles.
var (
	HandleClass      = vm.NewBuiltinClass("Handle", vm.ObjectClass)
	TimerHandleClass = vm.NewBuiltinClass("TimerHandle", HandleClass)
)

// Type implements Value.
func (h *Handle) Type() *vm.Class {
	if h.timer {
		return TimerHandleClass
	}
	return HandleClass
}

// Cancel stops the callback from running, if it has not run yet.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	h.fn, h.callback, h.args = nil, nil, nil
	if h.scheduled && h.loop != nil {
		h.loop.timersCancelled++
	}
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is a timer handle's deadline on the loop's clock.
func (h *Handle) When() float64 { return h.when }

// The methods of handles: cancel() and cancelled(), and a timer handle's when().
func init() {
	HandleClass.Module, TimerHandleClass.Module = "asyncio.events", "asyncio.events"
	HandleClass.DefineMethods([]vm.MethodDef{
		{Name: "cancel", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			self.(*Handle).Cancel()
			return vm.None, nil
		}},
		{Name: "cancelled", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self.(*Handle).Cancelled()), nil
		}},
	})
	TimerHandleClass.DefineMethods([]vm.MethodDef{
		{Name: "when", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Float(self.(*Handle).When()), nil
		}},
	})
}
