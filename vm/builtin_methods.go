package vm

// MethodFunc implements a built-in method once its receiver and arguments are checked: args
// holds the bound parameters (see Signature.Bind); kwargs is non-nil only for VarKwArgs.
type MethodFunc func(th *Thread, self Value, args []Value, kwargs *Dict) (Value, error)

// MethodDef declares one built-in method for DefineMethods; its fields are those of the
// method's Signature, whose Qual defaults to "Class.Name".
type MethodDef struct {
	Name     string
	Qual     string
	Style    ArgStyle
	Min, Max int
	Kw       []string
	KwOnly   []string
	Fn       MethodFunc
}

// DefineMethods installs methods on a built-in class. Each checks, as CPython's method
// descriptors do, that it got a receiver that is an instance of c (it may be missing or
// foreign when the method is called through the class, as in list.append("x", 1)), then
// binds its arguments, then runs. A method's Fn may therefore assert self's Go type, as long
// as every value whose class is c or a subclass has that type.
func (c *Class) DefineMethods(defs []MethodDef) {
	entries := c.methodEntries(defs, false)
	for i := range entries {
		c.Dict[defs[i].Name] = &entries[i].b
	}
}

// methodBuiltin is the method d of c, as DefineMethods installs it.
func (c *Class) methodBuiltin(d *MethodDef) *Builtin {
	return &c.methodEntries([]MethodDef{*d}, false)[0].b
}

// methodEntry is a built-in method together with what calling it needs. Every class's
// methods are made while the program starts, so DefineMethods and DefineClassMethods make
// them all in one block: the only other allocation per method is its Fn, the entry's call.
type methodEntry struct {
	b      Builtin
	recv   receiverRule
	sig    Signature
	exact  int // the count of arguments after the receiver bind would pass through
	fewest int // the fewest of them bind would only pad up to exact (sig's fewestPadded)
	fn     MethodFunc
	direct directMethod
}

// methodEntries makes the methods defs of c, or its class methods.
func (c *Class) methodEntries(defs []MethodDef, classMethods bool) []methodEntry {
	entries := make([]methodEntry, len(defs))
	_, unwrapSelf := subclassableBuiltins[c]
	for i := range defs {
		d, e := &defs[i], &entries[i]
		e.sig = d.signature(c)
		e.recv = receiverRule{cls: c, sig: &e.sig, unwrapSelf: unwrapSelf, classMethod: classMethods}
		e.exact = e.sig.passThrough()
		e.fewest = e.sig.fewestPadded(e.exact)
		e.fn = d.Fn
		e.b = Builtin{Name: d.Name, Fn: e.call, isMethod: !classMethods, qualPrefix: c.Name}
		if e.exact >= 0 && !classMethods {
			e.direct = directMethod{fn: d.Fn, recv: c, nargs: e.exact, fewest: e.fewest}
			e.b.direct = &e.direct
		}
	}
	return entries
}

// call checks the receiver and the arguments, then calls the method's Go function.
func (e *methodEntry) call(th *Thread, args []Value, kwargs *Dict) (Value, error) {
	self, err := e.recv.check(args)
	if err != nil {
		return nil, err
	}
	return th.callBound(&e.sig, e.exact, e.fewest, args[1:], kwargs, func(th *Thread, bound []Value, kwargs *Dict) (Value, error) {
		return e.fn(th, self, bound, kwargs)
	})
}

// directMethod is how the dispatch loop calls a built-in method of a built-in class that
// passes its positional arguments through unbound (list.append, dict.get(k, d)): when the
// receiver is an exact instance of recv and nargs arguments follow it, without keywords,
// the method's receiver check and binding would hand fn exactly the receiver and the
// arguments, so the loop calls fn itself. From fewest up to nargs arguments, binding would
// only pad the missing optional ones with nil (s.strip(), s.split(), d.get(k), l.pop()):
// the loop pads them in a lent chunk and calls fn too.
type directMethod struct {
	fn     MethodFunc
	recv   *Class
	nargs  int
	fewest int
}

// callDirect makes, from the dispatch loop, the calls with positional arguments only that
// need not go through callValue's general path: a built-in method that takes args (the
// receiver, then the positional arguments) as its directMethod does, called as its
// methodEntry's call would call it, and super() with no arguments, as super's constructor
// would make it. done is false for any other call, and nothing was done.
func (th *Thread) callDirect(callee Value, args []Value) (r Value, done bool, err error) {
	switch c := callee.(type) {
	case *Builtin:
		d := c.direct
		n := len(args) - 1
		if d == nil || c.Self != nil || n < d.fewest || n > d.nargs || args[0].Type() != d.recv {
			return nil, false, nil
		}
		if n == d.nargs {
			r, err = d.fn(th, args[0], args[1:], nil)
			return r, true, err
		}
		bound := th.padArgs(args[1:], d.nargs)
		if bound == nil {
			return nil, false, nil
		}
		r, err = d.fn(th, args[0], bound, nil)
		th.returnArgs(bound, bound)
		return r, true, err
	case *Class:
		if c == SuperClass && len(args) == 0 {
			r, err = zeroArgSuper(th)
			return r, true, err
		}
	}
	return nil, false, nil
}

// DefineClassMethods installs class methods on a built-in class, as DefineMethods does
// methods: each receives the class it was looked up on, c or a subclass, as self.
func (c *Class) DefineClassMethods(defs []MethodDef) {
	entries := c.methodEntries(defs, true)
	for i := range entries {
		c.Dict[defs[i].Name] = &ClassMethod{Func: &entries[i].b}
	}
}

// signature is the Signature of d as a method of c.
func (d *MethodDef) signature(c *Class) Signature {
	return Signature{Qual: d.Qual, owner: c.Name, Name: d.Name, method: true, Style: d.Style, Min: d.Min, Max: d.Max, Kw: d.Kw, KwOnly: d.KwOnly}
}

// A receiverCheck returns a method's receiver, args[0], or CPython's TypeError when it is
// missing or of the wrong type.
type receiverCheck func(args []Value) (Value, error)

// instanceReceiver accepts instances of cls and its subclasses.
func instanceReceiver(cls *Class, sig *Signature) receiverCheck {
	_, unwrapSelf := subclassableBuiltins[cls]
	r := &receiverRule{cls: cls, sig: sig, unwrapSelf: unwrapSelf}
	return r.check
}

// receiverRule is the receiver check of a method of cls, whose signature is sig, or of a
// class method when classMethod is set. unwrapSelf is set for list, str and the other
// subclassable types, whose methods receive the built-in value inside an instance of a
// subclass.
type receiverRule struct {
	cls                     *Class
	sig                     *Signature
	unwrapSelf, classMethod bool
}

// check returns the receiver, args[0], or CPython's TypeError when it is missing or not
// what r accepts.
func (r *receiverRule) check(args []Value) (Value, error) {
	if r.classMethod {
		return r.checkClass(args)
	}
	return r.checkInstance(args)
}

// checkInstance accepts instances of r.cls and its subclasses.
func (r *receiverRule) checkInstance(args []Value) (Value, error) {
	cls, sig := r.cls, r.sig
	// Every built-in method call passes here: the usual receiver is checked first, its
	// class looked at once.
	if len(args) > 0 {
		if t := args[0].Type(); t == cls || t.IsSubclass(cls) {
			if r.unwrapSelf {
				return unwrap(args[0]), nil
			}
			return args[0], nil
		}
	}
	switch {
	case len(args) == 0 && sig.isSlot():
		return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", sig.Name, cls.tpName())
	case len(args) == 0:
		return nil, Errorf(TypeError, "unbound method %s() needs an argument", sig.qual())
	case sig.isSlot():
		return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
			sig.Name, cls.tpName(), TypeName(args[0]))
	}
	return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
		sig.Name, cls.tpName(), TypeName(args[0]))
}

// classReceiver accepts cls and its subclasses.
func classReceiver(cls *Class, sig *Signature) receiverCheck {
	r := &receiverRule{cls: cls, sig: sig, classMethod: true}
	return r.check
}

// checkClass accepts r.cls and its subclasses.
func (r *receiverRule) checkClass(args []Value) (Value, error) {
	cls, sig := r.cls, r.sig
	if len(args) == 0 {
		return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", sig.Name, cls.tpName())
	}
	k, ok := args[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
			sig.Name, cls.tpName(), TypeName(args[0]))
	}
	if !k.IsSubclass(cls) {
		return nil, Errorf(TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'", sig.Name, cls.tpName(), k.tpName())
	}
	return k, nil
}

// BoundFunc implements a built-in function or constructor once its arguments are bound: args
// as Signature.Bind returns them; kwargs is non-nil only for VarKwArgs.
type BoundFunc func(th *Thread, args []Value, kwargs *Dict) (Value, error)

// boundBuiltin is a built-in whose arguments sig binds before fn runs. Modules and classes
// make theirs while the program starts, so the Builtin and its signature are one block: the
// only other allocation is its Fn, the call method.
type boundBuiltin struct {
	b      Builtin
	sig    Signature
	exact  int // sig's passThrough
	fewest int // sig's fewestPadded
	fn     BoundFunc
}

// newBoundBuiltin makes the built-in named name that binds its arguments with sig, then calls fn.
func newBoundBuiltin(name string, sig Signature, fn BoundFunc) *Builtin {
	f := &boundBuiltin{sig: sig, exact: sig.passThrough(), fn: fn}
	f.fewest = f.sig.fewestPadded(f.exact)
	f.b = Builtin{Name: name, Fn: f.call, bound: f}
	return &f.b
}

// call binds the call's arguments, then calls fn.
func (f *boundBuiltin) call(th *Thread, args []Value, kwargs *Dict) (Value, error) {
	return th.callBound(&f.sig, f.exact, f.fewest, args, kwargs, f.fn)
}

// callBound calls fn with args bound by sig: as they came when there are exact of them and
// no keywords (sig's passThrough), padded with nil when there are fewer but at least fewest
// (sig's fewestPadded), else bound in room the thread lends until fn returns.
func (th *Thread) callBound(sig *Signature, exact, fewest int, args []Value, kwargs *Dict, fn BoundFunc) (Value, error) {
	if kwargs == nil && len(args) >= fewest && len(args) <= exact {
		if len(args) == exact {
			return fn(th, args, nil)
		}
		if bound := th.padArgs(args, exact); bound != nil {
			defer th.returnArgs(bound, bound)
			return fn(th, bound, nil)
		}
	}
	bound, room, err := th.bindInto(sig, args, kwargs)
	if room != nil {
		defer th.returnArgs(room, bound)
	}
	if err != nil {
		return nil, err
	}
	if sig.Style != VarKwArgs {
		kwargs = nil
	}
	return fn(th, bound, kwargs)
}

// bindInto binds a call's arguments with sig, into scratch room the thread lends when sig
// needs some: the caller gives it back with returnArgs(room, bound) once done with bound.
func (th *Thread) bindInto(sig *Signature, args []Value, kwargs *Dict) (bound, room []Value, err error) {
	room = th.borrowArgs(sig, len(args), kwargs)
	bound, err = sig.bind(args, kwargs, room)
	return bound, room, err
}

// NewFunc makes a built-in function named sig.Name that binds its arguments with sig
// before calling fn.
func NewFunc(sig Signature, fn BoundFunc) *Builtin {
	return newBoundBuiltin(sig.Name, sig, fn)
}

// DefineConstructor makes calling the built-in class c run fn with its arguments bound by
// sig; sig's names default to the class name. A PyArgs constructor is a class CPython
// writes in Python: its errors name __init__ ("Runner.__init__()") and count self.
func (c *Class) DefineConstructor(sig Signature, fn BoundFunc) {
	if sig.Name == "" {
		sig.Name = c.Name
	}
	if sig.Style == PyArgs || sig.Style == PyVarArgs {
		sig.method = true
		if sig.Qual == "" {
			sig.Qual = c.Name + ".__init__"
		}
	}
	c.construct = newBoundBuiltin(c.Name, sig, fn)
}
