package asyncio

import (
	"sort"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// The loop's exception handler: what happens to an exception nobody can receive (a callback
// raised it, a failed task was dropped unretrieved). As CPython's, it gets a context dict
// ('message', 'exception', and 'handle' or 'future'); the default handler prints it.

// exceptionContext makes the context dict of an exception reported to the handler: its
// message, the exception, and the object it came from under key.
func exceptionContext(message string, exc *vm.Exception, key string, source vm.Value) *vm.Dict {
	ctx := vm.NewDict()
	ctx.SetStr("message", vm.Str(message))
	ctx.SetStr("exception", exc)
	ctx.SetStr(key, source)
	return ctx
}

// callExceptionHandler is loop.call_exception_handler(context): the script's handler, or
// the default one. An exception in the script's handler is reported by the default handler
// (KeyboardInterrupt and SystemExit excepted, as CPython's, which are re-raised).
func (l *Loop) callExceptionHandler(ctx *vm.Dict) error {
	if l.excHandler == nil {
		return l.defaultExceptionHandler(ctx)
	}
	_, err := l.thread.Call(l.excHandler, []vm.Value{l, ctx}, nil)
	if err == nil {
		return nil
	}
	exc := vm.AsException(err)
	if exc.Class.IsSubclass(vm.KeyboardInterrupt) || exc.Class.IsSubclass(vm.SystemExit) {
		return exc
	}
	outer := exceptionContext("Unhandled error in exception handler", exc, "context", ctx)
	return l.defaultExceptionHandler(outer)
}

// defaultExceptionHandler is loop.default_exception_handler(context): it prints the
// message, every other key but 'exception' in sorted order as "key: repr(value)", and the
// exception's traceback, as CPython's logs them.
func (l *Loop) defaultExceptionHandler(ctx *vm.Dict) error {
	message := "Unhandled exception in event loop"
	if m, ok := ctx.GetStr("message"); ok {
		if ok, err := vm.Truth(l.thread, m); err != nil {
			return err
		} else if ok {
			if message, err = vm.ToStr(l.thread, m); err != nil {
				return err
			}
		}
	}
	type entry struct {
		key   string
		value vm.Value
	}
	var entries []entry
	for _, kv := range ctx.Items() {
		k, ok := kv[0].(vm.Str)
		if !ok {
			return vm.Errorf(vm.TypeError, "'<' not supported between instances of '%s' and 'str'", vm.TypeName(kv[0]))
		}
		if k != "message" && k != "exception" {
			entries = append(entries, entry{string(k), kv[1]})
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	var b strings.Builder
	b.WriteString(message)
	for _, e := range entries {
		r, err := vm.Repr(l.thread, e.value)
		if err != nil {
			return err
		}
		b.WriteString("\n" + e.key + ": " + r)
	}
	var exc *vm.Exception
	if v, ok := ctx.GetStr("exception"); ok {
		exc, _ = v.(*vm.Exception)
	}
	// Without the logging module nothing can have configured the "asyncio" logger, whose
	// last-resort handler would print just what is printed below; so does a logger that
	// cannot log (an embedding without host access: records read the process id).
	if logging, loaded := l.interp.Modules()["logging"]; loaded && logError(l.thread, logging, b.String(), exc) == nil {
		return nil
	}
	b.WriteString("\n")
	in := l.interp
	if exc != nil {
		b.WriteString(in.FormatException(exc))
	}
	in.Flush()
	in.WriteErr(b.String())
	return nil
}

// logError is logging.getLogger("asyncio").error(msg, exc_info=exc), what CPython's default
// exception handler does: a script that configured logging sees the error in its format.
func logError(th *vm.Thread, logging *vm.Module, msg string, exc *vm.Exception) error {
	logger, err := callMethod(th, logging, "getLogger", vm.Str("asyncio"))
	if err != nil {
		return err
	}
	errorFn, err := vm.GetAttr(th, logger, "error")
	if err != nil {
		return err
	}
	kw := vm.NewDict()
	kw.SetStr("exc_info", vm.False)
	if exc != nil {
		kw.SetStr("exc_info", exc)
	}
	_, err = th.Call(errorFn, []vm.Value{vm.Str(msg)}, kw)
	return err
}

// Repr implements the handle's repr as CPython's: <Handle callback> or <TimerHandle
// when=... callback>, "cancelled" for a cancelled one.
func (h *Handle) Repr() string {
	parts := []string{h.Type().Name}
	if h.cancelled {
		parts = append(parts, "cancelled")
	}
	if h.timer {
		when, _ := vm.Repr(nil, vm.Float(h.when))
		parts = append(parts, "when="+when)
	}
	if h.callback != nil {
		parts = append(parts, formatCallback(h.loop.reprThread(), h.callback, h.args))
	}
	source, _ := handleSources.Get(h)
	return "<" + strings.Join(withSource(parts, source), " ") + ">"
}

// handlerContext checks the context argument of the handler methods.
func handlerContext(v vm.Value) (*vm.Dict, error) {
	if d, ok := v.(*vm.Dict); ok {
		return d, nil
	}
	return nil, vm.Errorf(vm.TypeError, "context must be a dict, not %s", vm.TypeName(v))
}

func init() {
	LoopClass.DefineMethods([]vm.MethodDef{
		loopMethod("set_exception_handler", 1, []string{"handler"}, false, nil, func(th *vm.Thread, l *Loop, a []vm.Value) (vm.Value, error) {
			switch h := a[0]; {
			case vm.IsNone(h):
				l.excHandler = nil
			case !vm.Callable(h):
				return nil, vm.Errorf(vm.TypeError, "A callable object or None is expected, got %s", reprOf(h))
			default:
				l.excHandler = h
			}
			return vm.None, nil
		}),
		loopMethod("get_exception_handler", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			if h := l.excHandler; h != nil {
				return h, nil
			}
			return vm.None, nil
		}),
		loopMethod("default_exception_handler", 1, []string{"context"}, false, nil, func(th *vm.Thread, l *Loop, a []vm.Value) (vm.Value, error) {
			ctx, err := handlerContext(a[0])
			if err != nil {
				return nil, err
			}
			return vm.None, l.defaultExceptionHandler(ctx)
		}),
		loopMethod("call_exception_handler", 1, []string{"context"}, false, nil, func(th *vm.Thread, l *Loop, a []vm.Value) (vm.Value, error) {
			ctx, err := handlerContext(a[0])
			if err != nil {
				return nil, err
			}
			return vm.None, l.callExceptionHandler(ctx)
		}),
	})
}
