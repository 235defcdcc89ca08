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
// names exec() added to it stay); in a class body, a copy of the namespace (in sorted order:
// the namespace does not record its order); nil at module level, where the locals are the
// globals.
func (th *Thread) CallerLocals() *Dict {
	fr := th.frame
	switch {
	case fr == nil || fr.ns == nil && fr.code.Flags&bytecode.FlagModule != 0:
		return nil
	case fr.ns != nil:
		return mapToDict(fr.ns)
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
	fr := th.frame
	if fr != nil && fr.ns != nil {
		return th.runCode(code, fr.globals, fr.ns)
	}
	return th.RunCode(code, th.CallerGlobals(), th.CallerLocals())
}

// RunCode runs code compiled for exec or eval with globals, and with locals as its namespace
// unless locals is nil (then its names are the globals). Names the code binds in locals are
// stored back into the dict when it ends, in the order the code first names them.
func (th *Thread) RunCode(code *bytecode.Code, globals *Module, locals *Dict) (Value, error) {
	if locals == nil {
		return th.runCode(code, globals, nil)
	}
	ns := make(map[string]Value, locals.Len())
	for _, kv := range locals.Items() {
		if k, ok := kv[0].(Str); ok {
			ns[string(k)] = kv[1]
		}
	}
	result, err := th.runCode(code, globals, ns)
	if werr := writeBack(th, locals, ns, code.Names); err == nil {
		err = werr
	}
	return result, err
}

// runCode runs exec or eval code with globals and the namespace ns (nil: the globals).
func (th *Thread) runCode(code *bytecode.Code, globals *Module, ns map[string]Value) (Value, error) {
	fn := &Function{Code: loadCode(code), Name: code.Name, QualName: code.QualName, Globals: globals}
	fr, err := th.enterFunction(fn, nil, nil)
	if err != nil {
		return nil, err
	}
	fr.ns = ns
	return th.runFrame(fr)
}

// writeBack stores a namespace into the dict it was made from: changed and new names (new
// ones in the order names lists them), and deletions.
func writeBack(th *Thread, d *Dict, ns map[string]Value, names []string) error {
	for _, k := range d.Keys() {
		s, ok := k.(Str)
		if !ok {
			continue
		}
		if v, ok := ns[string(s)]; ok {
			d.SetStr(string(s), v)
		} else if _, err := d.Delete(th, k); err != nil {
			return err
		}
	}
	for _, name := range names {
		if v, ok := ns[name]; ok {
			if _, had := d.GetStr(name); !had {
				d.SetStr(name, v)
			}
		}
	}
	for _, name := range sortedKeys(ns) { // names bound without being named (import *)
		if _, had := d.GetStr(name); !had {
			d.SetStr(name, ns[name])
		}
	}
	return nil
}

// LoadCode makes a code object value of compiled code (what compile() returns).
func LoadCode(code *bytecode.Code) *Code { return loadCode(code) }
