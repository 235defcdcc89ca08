package stdlib

import "github.com/asyncscript/asyncscript/vm"

// sys.set_asyncgen_hooks(firstiter, finalizer) and sys.get_asyncgen_hooks(): the hooks
// async generators call when first iterated and when dropped unfinished (see
// vm/asyncgen_hooks.go); asyncio's loop installs its own while it runs.

var asyncgenHooksClass = newStructSeqClass("builtins", "asyncgen_hooks")

// sysSetAsyncgenHooks sets the hooks given, leaving an omitted one as it is; None unsets.
func sysSetAsyncgenHooks(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	in := th.Interp()
	h := in.AsyncGenHooks()
	// CPython checks the finalizer first.
	for i, name := range []string{"finalizer", "firstiter"} {
		v := p[1-i]
		if v != nil && !vm.IsNone(v) && !vm.Callable(v) {
			return nil, vm.Errorf(vm.TypeError, "callable %s expected, got %s", name, vm.TypeName(v))
		}
	}
	if p[0] != nil {
		h.FirstIter = hookValue(p[0])
	}
	if p[1] != nil {
		h.Finalizer = hookValue(p[1])
	}
	in.SetAsyncGenHooks(h)
	return vm.None, nil
}

// hookValue is the hook v stands for: nil for None.
func hookValue(v vm.Value) vm.Value {
	if vm.IsNone(v) {
		return nil
	}
	return v
}

func sysGetAsyncgenHooks(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
	h := th.Interp().AsyncGenHooks()
	items := vm.Tuple{vm.OrNone(h.FirstIter), vm.OrNone(h.Finalizer)}
	return &structSeq{cls: asyncgenHooksClass, fields: []string{"firstiter", "finalizer"}, items: items, visible: 2}, nil
}
