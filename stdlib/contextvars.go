package stdlib

import (
	"fmt"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// contextVar is a contextvars.ContextVar: a key into the current vm.Context.
type contextVar struct {
	name string
	def  vm.Value // nil when the variable has no default
}

// contextToken is a contextvars.Token: what ContextVar.set returns, to undo the set.
type contextToken struct {
	v    *contextVar
	ctx  *vm.Context
	old  vm.Value // nil: the variable was not set
	used bool
}

// tokenMissing is Token.MISSING, the old value of a variable that was not set.
type tokenMissing struct{}

var (
	contextVarClass   = vm.NewBuiltinClass("ContextVar", vm.ObjectClass)
	tokenClass        = vm.NewBuiltinClass("Token", vm.ObjectClass)
	tokenMissingClass = vm.NewBuiltinClass("Token.MISSING", vm.ObjectClass)
	missingToken      = &tokenMissing{}
)

// Type implements vm.Value.
func (*contextVar) Type() *vm.Class { return contextVarClass }

// Type implements vm.Value.
func (*contextToken) Type() *vm.Class { return tokenClass }

// Type implements vm.Value.
func (*tokenMissing) Type() *vm.Class { return tokenMissingClass }

// Repr is CPython's <ContextVar name='x' default=1 at 0x...>.
func (v *contextVar) Repr() string {
	def := ""
	if v.def != nil {
		s, err := vm.Repr(nil, v.def)
		if err == nil {
			def = " default=" + s
		}
	}
	return fmt.Sprintf("<ContextVar name=%s%s at %p>", pyfmt.QuoteStr(v.name), def, v)
}

// Repr is CPython's <Token var=<ContextVar ...> at 0x...>, with used= once reset.
func (t *contextToken) Repr() string {
	used := ""
	if t.used {
		used = " used"
	}
	return fmt.Sprintf("<Token%s var=%s at %p>", used, t.v.Repr(), t)
}

// Repr is <Token.MISSING>.
func (*tokenMissing) Repr() string { return "<Token.MISSING>" }

// Attr implements vm.AttrGetter.
func (v *contextVar) Attr(name string) (vm.Value, bool) {
	if name == "name" {
		return vm.Str(v.name), true
	}
	return nil, false
}

// Attr implements vm.AttrGetter.
func (t *contextToken) Attr(name string) (vm.Value, bool) {
	switch name {
	case "var":
		return t.v, true
	case "old_value":
		if t.old == nil {
			return missingToken, true
		}
		return t.old, true
	}
	return nil, false
}

func init() {
	contextVarClass.Module, tokenClass.Module = "_contextvars", "_contextvars"
	tokenClass.Dict["MISSING"] = missingToken
	// ContextVar(name, /, *, default): CPython parses it with PyArg_ParseTupleAndKeywords.
	contextVarClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 1, Kw: []string{""}, KwOnly: []string{"default"}},
		func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			name, ok := p[0].(vm.Str)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "context variable name must be a str")
			}
			return &contextVar{name: string(name), def: p[1]}, nil
		})
	contextVarClass.DefineMethods([]vm.MethodDef{
		{Name: "get", Style: vm.PosArgs, Max: 1, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			v := self.(*contextVar)
			if val, ok := th.Context().Lookup(v); ok {
				return val, nil
			}
			if a[0] != nil {
				return a[0], nil
			}
			if v.def != nil {
				return v.def, nil
			}
			return nil, vm.NewException(vm.LookupError, v)
		}},
		{Name: "set", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			v, ctx := self.(*contextVar), th.Context()
			old, _ := ctx.Lookup(v)
			ctx.Set(v, a[0])
			return &contextToken{v: v, ctx: ctx, old: old}, nil
		}},
		{Name: "reset", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, self.(*contextVar).reset(th, a[0])
		}},
	})
	defineContextMethods()
}

// newContextvars is the contextvars module.
func newContextvars(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("contextvars")
	m.Set("ContextVar", contextVarClass)
	m.Set("Token", tokenClass)
	m.Set("Context", vm.ContextClass)
	m.Set("copy_context", vm.NewFunc(vm.Signature{Name: "copy_context", Qual: "_contextvars.copy_context", Style: vm.NoArgs},
		func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return th.Context().Copy(), nil
		}))
	return m, nil
}

// reset is ContextVar.reset(token): the variable gets back the value token's set replaced.
func (v *contextVar) reset(th *vm.Thread, token vm.Value) error {
	t, ok := token.(*contextToken)
	switch {
	case !ok:
		return vm.Errorf(vm.TypeError, "expected an instance of Token, got %s", pyfmt.QuoteStr(vm.TypeName(token)))
	case t.used:
		return vm.Errorf(vm.RuntimeError, "%s has already been used once", t.Repr())
	case t.v != v:
		return vm.Errorf(vm.ValueError, "%s was created by a different ContextVar", t.Repr())
	case t.ctx != th.Context():
		return vm.Errorf(vm.ValueError, "%s was created in a different Context", t.Repr())
	}
	t.used = true
	if t.old == nil {
		th.Context().Delete(v)
	} else {
		th.Context().Set(v, t.old)
	}
	return nil
}
