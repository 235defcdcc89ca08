package asyncscript

import (
	"context"
	"errors"
	"path/filepath"
	"strings"

	"github.com/asyncscript/asyncscript/internal/syntaxerr"
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/vm"
)

// Run runs src as the body of the __main__ module, named filename in tracebacks (its
// absolute path with host access, as CPython names a script it runs). A module
// that awaits at top level runs as the main coroutine of asyncio.run, and a module may call
// asyncio.run itself. Globals it defines stay for later Run, Call and Eval calls. The error
// is an *Error for a syntax error or an uncaught exception; see Options for the limits.
func (it *Interpreter) Run(ctx context.Context, filename, src string) error {
	// Tracebacks and syntax errors name the script by its __file__, the absolute path.
	file := it.mainFile(filename)
	code, err := compileModule(file, src, compiler.Compile)
	if err != nil {
		return err
	}
	if len(it.in.Argv) == 0 {
		it.in.Argv = []string{filename}
	}
	if filename != "<string>" {
		// As in CPython, code given as a "<string>" shows no source lines in tracebacks,
		// and has no __file__.
		it.in.AddSource(file, []byte(src))
		it.main.Set("__file__", vm.Str(file))
	}
	body := it.in.ModuleFunction(code, it.main)
	_, err = it.drive(ctx, func(th *vm.Thread) (vm.Value, error) { return th.Call(body, nil, nil) })
	var uncaught *Error
	if errors.As(err, &uncaught) {
		it.in.ReportUnawaited(uncaught.Exception)
	} else {
		it.in.ReportUnawaited(nil)
	}
	return err
}

// mainFile is the __main__ module's __file__ for a script run as filename: with host access,
// its absolute path (in ScriptDir when that is set), as CPython 3.9+ makes it.
func (it *Interpreter) mainFile(filename string) string {
	if !it.opts.HostAccess || strings.HasPrefix(filename, "<") {
		return filename
	}
	file := filename
	if it.opts.ScriptDir != "" {
		file = filepath.Join(it.opts.ScriptDir, filepath.Base(filename))
	}
	if abs, err := filepath.Abs(file); err == nil {
		return abs
	}
	return file
}

// Call calls the __main__ module's function name with args converted to script values (see
// Func) and returns its result converted to Go. A coroutine function's result is awaited,
// on an event loop of its own, as asyncio.run would.
func (it *Interpreter) Call(ctx context.Context, name string, args ...any) (any, error) {
	vargs := make([]vm.Value, len(args))
	for i, a := range args {
		v, err := it.toValue(a)
		if err != nil {
			return nil, err
		}
		vargs[i] = v
	}
	return it.drive(ctx, func(th *vm.Thread) (vm.Value, error) {
		fn, ok := it.main.Get(name)
		if !ok {
			return nil, vm.Errorf(vm.NameError, "name '%s' is not defined", name)
		}
		return th.Call(fn, vargs, nil)
	})
}

// Eval evaluates one expression in the __main__ module's namespace and returns its value
// converted to Go; an expression that awaits runs on an event loop of its own.
func (it *Interpreter) Eval(ctx context.Context, expr string) (any, error) {
	code, err := compileModule("<string>", expr, compileExpression)
	if err != nil {
		return nil, err
	}
	body := it.in.ModuleFunction(code, it.main)
	var value vm.Value = vm.None
	saved := it.in.DisplayHook
	it.in.DisplayHook = func(_ *vm.Thread, v vm.Value) error {
		value = v
		return nil
	}
	defer func() { it.in.DisplayHook = saved }()
	_, err = it.drive(ctx, func(th *vm.Thread) (vm.Value, error) { return th.Call(body, nil, nil) })
	if err != nil {
		return nil, err
	}
	return fromValue(value), nil
}

// compileExpression compiles a module that is one expression statement so that running it
// hands the expression's value to the display hook.
func compileExpression(m *ast.Module) (*bytecode.Code, error) {
	if len(m.Body) != 1 {
		return nil, errNotExpression
	}
	if _, ok := m.Body[0].(*ast.ExprStmt); !ok {
		return nil, errNotExpression
	}
	return compiler.CompileInteractive(m)
}

var errNotExpression = &Error{Type: "SyntaxError", Message: "Eval takes one expression"}

// compileModule parses and compiles src, describing a syntax error as an *Error.
func compileModule(filename, src string, compile func(*ast.Module) (*bytecode.Code, error)) (*bytecode.Code, error) {
	mod, err := parser.Parse(filename, []byte(src))
	if err == nil {
		var code *bytecode.Code
		if code, err = compile(mod); err == nil {
			return code, nil
		}
	}
	var pe *Error
	if errors.As(err, &pe) {
		return nil, err
	}
	e := &Error{Type: "SyntaxError", Message: err.Error(), Traceback: syntaxerr.Format(err, []byte(src))}
	var se *ast.Error
	if errors.As(err, &se) {
		e.Type, e.Message = se.Kind, se.Msg
	}
	return nil, e
}
