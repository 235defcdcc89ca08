package stdlib

import (
	"errors"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/vm"
)

// exec, eval, compile, globals and locals. A script's globals live in a vm.Module, whose
// slots compiled code addresses directly; globals() is a dict bound to it (Module.Dict),
// and a plain dict passed to exec or eval as globals is bound to a module made from it
// (vm.ExecGlobals), so either way the dict and the code's globals stay one namespace.

func builtinGlobals(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return th.CallerGlobals().Dict(), nil
}

func builtinLocals(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return callerLocals(th), nil
}

// callerLocals is locals() (and vars() without an argument): a snapshot dict in a
// function, as in CPython, and the globals at module level.
func callerLocals(th *vm.Thread) vm.Value {
	if d := th.CallerLocals(); d != nil {
		return d
	}
	return th.CallerGlobals().Dict()
}

// builtinExec is exec(source, globals=None, locals=None, /, *, closure=None).
func builtinExec(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if c := args[3]; c != nil && !vm.IsNone(c) {
		return nil, vm.Errorf(vm.NotImplementedError, "exec() with a closure is not supported by asyncscript")
	}
	code, err := sourceCode(args[0], "exec", "<string>", "exec")
	if err != nil {
		return nil, err
	}
	_, err = runIn(th, "exec", code, args[1], args[2])
	return vm.None, err
}

// builtinEval is eval(source, globals=None, locals=None, /).
func builtinEval(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	code, err := sourceCode(args[0], "eval", "<string>", "eval")
	if err != nil {
		return nil, err
	}
	return runIn(th, "eval", code, args[1], args[2])
}

// builtinCompile is compile(source, filename, mode): a code object for exec or eval.
func builtinCompile(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	// dont_inherit (args[4]) only concerns __future__ imports, which change nothing here.
	if args[3] != nil && args[3] != vm.MakeInt(0) {
		return nil, vm.Errorf(vm.NotImplementedError, "compile() flags are not supported by asyncscript")
	}
	if args[5] != nil && args[5] != vm.MakeInt(-1) && args[5] != vm.MakeInt(0) {
		return nil, vm.Errorf(vm.NotImplementedError, "compile() optimization levels are not supported by asyncscript")
	}
	filename, ok := args[1].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "compile() argument 'filename' must be str, not %s", vm.TypeName(args[1]))
	}
	mode, _ := args[2].(vm.Str)
	switch mode {
	case "exec", "eval":
	case "single":
		return nil, vm.Errorf(vm.NotImplementedError, "compile() mode 'single' is not supported by asyncscript")
	default:
		return nil, vm.Errorf(vm.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	code, err := sourceCode(args[0], "compile", string(filename), string(mode))
	if err != nil {
		return nil, err
	}
	return vm.LoadCode(code), nil
}

// sourceCode compiles exec's, eval's or compile's source in mode "exec" or "eval": a str,
// bytes, or a code object compile() made. Compile errors become SyntaxError exceptions.
func sourceCode(src vm.Value, fname, filename, mode string) (*bytecode.Code, error) {
	var text string
	switch s := src.(type) {
	case vm.Str:
		text = string(s)
	case vm.Bytes, *vm.ByteArray:
		b, _ := vm.BytesLike(s)
		text = string(b)
	case *vm.Code:
		if s.Flags&bytecode.FlagModule == 0 {
			return nil, vm.Errorf(vm.NotImplementedError, "%s() of a function's code object is not supported by asyncscript", fname)
		}
		return s.Code, nil
	default:
		what := "a string, bytes or code object"
		if fname == "compile" {
			what = "a string, bytes or AST object"
		}
		return nil, vm.Errorf(vm.TypeError, "%s() arg 1 must be %s", fname, what)
	}
	if fname == "eval" {
		text = strings.TrimLeft(text, " \t") // as CPython's eval does
	}
	parse, how := parser.Parse, compiler.CompileExec
	if mode == "eval" {
		parse, how = parser.ParseEval, compiler.CompileEval
	}
	tree, err := parse(filename, []byte(text))
	var code *bytecode.Code
	errText := func(se *ast.Error) vm.Value {
		if se.Compiler {
			return vm.None
		}
		return vm.SyntaxErrorText(se, text, mode == "eval")
	}
	if err == nil {
		code, err = how(tree)
		// The compiler's errors have no text: CPython looks the line up in the file.
		errText = func(*ast.Error) vm.Value { return vm.None }
	}
	var se *ast.Error
	if errors.As(err, &se) {
		if se.Kind == "RecursionError" {
			return nil, vm.Errorf(vm.RecursionError, "%s", se.Msg)
		}
		return nil, vm.NewSyntaxError(se, errText(se))
	}
	return code, err
}

// runIn runs code for exec or eval with the globals g and locals l (absent or None: the
// caller's).
func runIn(th *vm.Thread, fname string, code *bytecode.Code, g, l vm.Value) (vm.Value, error) {
	g, l = vm.OrNone(g), vm.OrNone(l)
	var mod *vm.Module
	var gdict *vm.Dict
	switch x := g.(type) {
	case *vm.Dict:
		gdict, mod = x, dictModule(th, x)
	default:
		if !vm.IsNone(g) {
			return nil, globalsError(fname, g)
		}
		mod = th.CallerGlobals()
	}
	var locals *vm.Dict
	switch x := l.(type) {
	case *vm.Dict:
		if x != gdict {
			locals = x
		}
	default:
		switch {
		case !vm.IsNone(l) && isMapping(l):
			return nil, vm.Errorf(vm.NotImplementedError, "%s() locals that are not dicts are not supported by asyncscript", fname)
		case !vm.IsNone(l) && fname == "exec":
			return nil, vm.Errorf(vm.TypeError, "locals must be a mapping or None, not %s", vm.TypeName(l))
		case !vm.IsNone(l):
			return nil, vm.Errorf(vm.TypeError, "locals must be a mapping")
		case vm.IsNone(g):
			return th.RunCodeHere(code)
		}
	}
	return th.RunCode(code, mod, locals)
}

// globalsError is CPython's complaint about a globals argument that is not a dict.
func globalsError(fname string, g vm.Value) error {
	switch {
	case fname == "exec":
		return vm.Errorf(vm.TypeError, "exec() globals must be a dict, not %s", vm.TypeName(g))
	case isMapping(g):
		return vm.Errorf(vm.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
	}
	return vm.Errorf(vm.TypeError, "globals must be a dict")
}

// isMapping is CPython's PyMapping_Check: whether v supports subscription.
func isMapping(v vm.Value) bool {
	switch v.(type) {
	case *vm.List, vm.Tuple, vm.Str, vm.Bytes, *vm.ByteArray, *vm.Dict, *vm.Range:
		return true
	}
	_, item := v.Type().Lookup("__getitem__")
	return item
}

// dictModule is the module a globals dict stands for during exec or eval. As in CPython,
// the dict gains __builtins__ if it has none; if it has one, that is what the code sees as
// the built-ins.
func dictModule(th *vm.Thread, d *vm.Dict) *vm.Module {
	b, ok := d.GetStr("__builtins__")
	if !ok {
		d.SetStr("__builtins__", th.Interp().Builtins)
	}
	m, made := vm.ExecGlobals(d)
	if !made {
		return m // a module's own globals
	}
	m.Name = ""
	if name, ok := d.GetStr("__name__"); ok {
		if s, isStr := name.(vm.Str); isStr {
			m.Name = string(s) // what functions defined there give as their __module__
		}
	}
	switch b := b.(type) {
	case *vm.Module:
		m.SetBuiltins(b)
	case *vm.Dict:
		bm, _ := vm.ExecGlobals(b)
		m.SetBuiltins(bm)
	default:
		m.SetBuiltins(nil)
	}
	return m
}
