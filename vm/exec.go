package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// What exec(), eval(), globals() and locals() need from the engine: the namespaces of the
// frame that called them, and a way to run code compiled for exec or eval
// (compiler.CompileExec, CompileEval) in given namespaces.

// CallerGlobals returns the globals of the frame running on the thread: for a built-in
// function, those of its caller.
func (th *Thread) CallerGlobals() *Module {
	if th.frame == nil {
		return NewModule("__main__")
	}
	return th.frame.globals
}

// CallerLocals returns the running frame's local variables as a dict, as CPython's locals()
// does: in a function, the frame's own dict, refreshed from its variables at each call (so
// names exec() added to it stay); in a class body (or code exec runs with a locals dict),
// the namespace itself; nil at module level, where the locals are the globals.
func (th *Thread) CallerLocals() *Dict {
	return th.frameLocals(th.frame)
}

// frameLocals is the local variables of fr as CallerLocals gives them (a frame's f_locals).
func (th *Thread) frameLocals(fr *Frame) *Dict {
	switch {
	case fr == nil || fr.ns == nil && fr.code.Flags&bytecode.FlagModule != 0:
		return nil
	case fr.ns != nil:
		return fr.ns
	}
	if fr.locals == nil {
		fr.locals = NewDict()
	}
	d := fr.locals
	set := func(name string, v Value) {
		if v != nil {
			d.SetStr(name, v)
		} else {
			_, _ = d.Delete(th, Str(name))
		}
	}
	for i, name := range fr.code.Varnames {
		disown(fr.slots[i]) // now reachable from the dict
		set(name, fr.slots[i])
	}
	for i, name := range append(append([]string(nil), fr.code.Cellvars...), fr.code.Freevars...) {
		var v Value
		if i < len(fr.cells) && fr.cells[i] != nil {
			v = fr.cells[i].Value
		}
		set(name, v)
	}
	return d
}

// RunCodeHere runs code compiled for exec or eval in the running frame's namespaces, as
// exec(src) with no dicts does: at module level in its globals, in a class body in the class
// namespace, in a function in its locals() dict (so the function's own variables do not
// change).
func (th *Thread) RunCodeHere(code *bytecode.Code) (Value, error) {
	return th.RunCode(code, th.CallerGlobals(), th.CallerLocals())
}

// RunCode runs code compiled for exec or eval with globals, and with locals as its namespace
// unless locals is nil (then its names are the globals).
func (th *Thread) RunCode(code *bytecode.Code, globals *Module, locals *Dict) (Value, error) {
	fn := &Function{Code: loadCode(code), Name: code.Name, QualName: code.QualName, Globals: globals}
	fr, err := th.enterFunction(fn, nil, nil)
	if err != nil {
		return nil, err
	}
	fr.ns = locals
	return th.runFrame(fr)
}

// LoadCode makes a code object value of compiled code (what compile() returns).
func LoadCode(code *bytecode.Code) *Code { return loadCode(code) }
