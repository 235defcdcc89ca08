package vm

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Code is a compiled code object ready to run: the bytecode with its constants converted to
// values once, and the global slots its LOAD_GLOBAL instructions have resolved.
type Code struct {
	*bytecode.Code
	Consts []Value
	// run is the instructions the dispatch loop runs: Instrs with superinstructions
	// written in (see quicken.go). Everything else reads Instrs.
	run []uint32
	// globalSlots caches, per entry of Names, the slot of that name in the module's globals,
	// so a global read is a pointer load after the first time.
	globalSlots []*Slot
	nlocals     int
	frameSize   int
	// methodCache caches, per entry of Names, the Go method a built-in class has under that
	// name: built-in classes never change, so the cache needs no invalidation.
	methodCache []cachedMethod
	// moduleSlots caches, per entry of Names, the slot of that name in the last module an
	// attribute was read from (module.name), so the read skips the module's map.
	moduleSlots []moduleSlot
	// attrCache holds the inline caches of the attribute instructions (see attrcache.go),
	// made when the first of them runs; siteOf gives each instruction's index in it, and
	// nsites is their number.
	attrCache []attrSite
	siteOf    []int32
	nsites    int
	// plainArgs marks code whose calls need no argument binding beyond placing positional
	// arguments and trailing defaults: no *args, **kwargs, keyword-only parameters, cells
	// of its own (free variables are the function's closure), and not a generator or
	// coroutine.
	plainArgs bool
	// comprehension marks the code of a comprehension or generator expression, and made
	// is the function comprehensionFunc last made of it.
	comprehension bool
	made          *Function
}

// makeFunction is MAKE_FUNCTION's function of code in globals, with the parts arg's flags
// say lie on the stack below sp (closure cells on top, then annotations, keyword defaults
// and defaults); it returns the stack pointer with them popped. It is out of the dispatch
// loop to keep that function small enough for the Go compiler to inline its helpers.
func makeFunction(code *Code, globals *Module, stack []Value, sp, arg int) (*Function, int) {
	f := &Function{Code: code, Globals: globals, Name: code.Name, QualName: code.QualName}
	if arg&bytecode.MakeFuncClosure != 0 {
		sp--
		cells := stack[sp].(Tuple)
		f.Closure = make([]*Cell, len(cells))
		for i, c := range cells {
			f.Closure[i] = c.(*Cell)
		}
	}
	if arg&bytecode.MakeFuncAnnotations != 0 {
		sp--
		f.annotations = stack[sp]
	}
	if arg&bytecode.MakeFuncKwDefaults != 0 {
		sp--
		f.KwDefaults = stack[sp].(*Dict)
	}
	if arg&bytecode.MakeFuncDefaults != 0 {
		sp--
		f.Defaults = stack[sp].(Tuple)
	}
	return f, sp
}

// comprehensionFunc is the function a comprehension's MAKE_FUNCTION makes when it has no
// closure. The compiler calls that function at once and nothing else can reach it: the
// script sees only the generator or the result, and these read the function's name and
// code, which every function of the code shares. So one function per code and module
// serves every evaluation, as if each had made its own, and a genexpr in a loop does not
// allocate a function each time round.
func (c *Code) comprehensionFunc(globals *Module) *Function {
	if f := c.made; f != nil && f.Globals == globals {
		return f
	}
	c.made = &Function{Code: c, Globals: globals, Name: c.Name, QualName: c.QualName}
	return c.made
}

// CodeClass is the class of code objects.
var CodeClass = newBuiltinClass("code", ObjectClass)

// Type implements Value.
func (*Code) Type() *Class { return CodeClass }

// Function is a function defined in bytecode, with its defaults and closure.
type Function struct {
	Code       *Code
	Name       string
	QualName   string
	Globals    *Module
	Defaults   []Value
	KwDefaults *Dict
	Closure    []*Cell
	// annotations is __annotations__, kept out of __dict__ as in CPython; nil until
	// the function is made with annotations or the attribute is first read.
	annotations Value
	// overrides holds an assigned __doc__ or __module__ (nil when none was).
	overrides map[string]Value
	// iterableCoroutine marks a generator function decorated with types.coroutine: its
	// generators may be awaited and may `yield from` coroutines (CPython's
	// CO_ITERABLE_COROUTINE, set on the function rather than on the shared code).
	iterableCoroutine bool
	attrs
}

// FunctionClass is the class of functions.
var FunctionClass = newBuiltinClass("function", ObjectClass)

// Type implements Value.
func (*Function) Type() *Class { return FunctionClass }

// Cell is a variable shared between a function and the functions nested in it.
type Cell struct {
	Value Value // nil while unbound
}

// CellClass is the class of cells.
var CellClass = newBuiltinClass("cell", ObjectClass)

// Type implements Value.
func (*Cell) Type() *Class { return CellClass }

// NativeFunc is the Go implementation of a built-in function or method. For a method, args[0]
// is the receiver. kwargs is nil when the call passed no keyword arguments.
type NativeFunc func(th *Thread, args []Value, kwargs *Dict) (Value, error)

// Builtin is a function implemented in Go.
type Builtin struct {
	Name string
	Fn   NativeFunc
	// Self is the receiver a built-in method is bound to, or nil.
	Self Value
	// isMethod marks built-ins found in a class's Dict: attribute access binds them.
	isMethod bool
	// borrows marks a built-in made by Borrowing.
	borrows bool
	// qualPrefix is the class name, for reprs like <method 'append' of 'list' objects>.
	qualPrefix string
	// fold binds the arguments of a built-in made by NewFoldFunc, for the dispatch loop to
	// run the fold itself; nil for other built-ins.
	fold func(th *Thread, args []Value) (Value, Fold, error)
	// direct, for some methods of built-in classes, lets the dispatch loop skip the
	// receiver check and argument binding (see callDirect).
	direct *directMethod
	// bound is the binding of a built-in made by NewFunc (and the like), for the dispatch
	// loop to call its Go function itself when a call passes exactly the positional
	// arguments the function takes; nil for others, and once Borrowing has wrapped Fn.
	bound *boundBuiltin
}

// BuiltinClass is the class of built-in functions.
var BuiltinClass = newBuiltinClass("builtin_function_or_method", ObjectClass)

// Type implements Value.
func (*Builtin) Type() *Class { return BuiltinClass }

// NewBuiltin makes a built-in function.
func NewBuiltin(name string, fn NativeFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// BoundMethod is a function bound to the object it was looked up on.
type BoundMethod struct {
	Self Value
	Func Value
}

// MethodClass is the class of bound methods.
var MethodClass = newBuiltinClass("method", ObjectClass)

// Type implements Value.
func (*BoundMethod) Type() *Class { return MethodClass }

// StaticMethod wraps a function so attribute access does not bind it.
type StaticMethod struct{ Func Value }

// ClassMethod wraps a function so attribute access binds it to the class.
type ClassMethod struct{ Func Value }

// Property is a computed attribute with a getter and optional setter and deleter.
type Property struct {
	Get, Set, Del Value
	// Doc is the docstring given to property(), or nil to use the getter's.
	Doc Value
	// Name is the attribute name, set when the class is made; errors name it.
	Name string
}

// name is the property's name for error messages: its attribute name, else the getter's.
func (p *Property) name() string {
	if p.Name != "" {
		return p.Name
	}
	if f, ok := p.Get.(*Function); ok {
		return f.Name
	}
	return "?"
}

// The classes of the descriptor wrappers.
var (
	StaticMethodClass = newBuiltinClass("staticmethod", ObjectClass)
	ClassMethodClass  = newBuiltinClass("classmethod", ObjectClass)
	PropertyClass     = newBuiltinClass("property", ObjectClass)
)

// Type implements Value.
func (*StaticMethod) Type() *Class { return StaticMethodClass }

// Type implements Value.
func (*ClassMethod) Type() *Class { return ClassMethodClass }

// Type implements Value.
func (*Property) Type() *Class { return PropertyClass }

// IsCoroutineFunction reports whether the function was defined with `async def`.
func (f *Function) IsCoroutineFunction() bool {
	return f.Code.Flags&bytecode.FlagCoroutine != 0
}

// MarkIterableCoroutine is types.coroutine for a generator function: it reports whether f
// is one, and if so makes its generators generator-based coroutines.
func (f *Function) MarkIterableCoroutine() bool {
	if f.Code.Flags&bytecode.FlagGenerator == 0 {
		return false
	}
	f.iterableCoroutine = true
	return true
}

// moduleSlot is a cached module attribute: the module and the slot of the name in it.
type moduleSlot struct {
	module *Module
	slot   *Slot
}

// moduleAttr reads module.Names[i] through the cache; nil means "not cached or not set":
// the caller takes the general path.
func (c *Code) moduleAttr(m *Module, i int) Value {
	if c.moduleSlots == nil {
		c.moduleSlots = make([]moduleSlot, len(c.Names))
	}
	e := &c.moduleSlots[i]
	if e.module != m {
		s, ok := m.slots[c.Names[i]]
		if !ok {
			return nil
		}
		e.module, e.slot = m, s
	}
	return e.slot.Value
}

// cachedMethod is a method of a built-in class found by name.
type cachedMethod struct {
	class  *Class
	method *Builtin
}

// builtinMethod returns the Go method obj's built-in class has under Names[i], through the
// cache, or nil when obj is not a plain built-in value or the class has no such method.
func (c *Code) builtinMethod(obj Value, i int) *Builtin {
	switch obj.(type) {
	case *Super, *Class:
		// super() looks past its own class; a class's attribute (C.__init__) comes from the
		// class before its metaclass.
		return nil
	}
	cls := obj.Type()
	if !cls.builtin {
		return nil
	}
	if c.methodCache == nil {
		c.methodCache = make([]cachedMethod, len(c.Names))
	}
	e := &c.methodCache[i]
	if e.class != cls {
		v, ok := cls.Lookup(c.Names[i])
		b, isBuiltin := v.(*Builtin)
		if !ok || !isBuiltin || !b.isMethod || ownAttrs(obj) != nil {
			return nil
		}
		e.class, e.method = cls, b
	}
	if ownAttrs(obj) != nil {
		return nil // an exception's own attributes could shadow the method
	}
	return e.method
}
