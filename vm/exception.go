package vm

import (
	"fmt"
	"strings"
)

// Exception is an instance of BaseException or of any class deriving from it. It is also the Go
// error through which a raised exception travels.
type Exception struct {
	Instance
	Args []Value
	// Cause is set by `raise X from Y`; Context is the exception being handled when this one
	// was raised. SuppressContext hides the context when printing (set by `from`).
	Cause, Context  *Exception
	SuppressContext bool
	// contextAssigned marks a __context__ a script set: propagating the exception further
	// does not replace it (contextlib.ExitStack sets it, even to None, before re-raising).
	contextAssigned bool
	// Traceback lists where the exception passed, innermost frame first.
	Traceback []TraceEntry
	// Exceptions holds the members of an ExceptionGroup.
	Exceptions []*Exception
}

// TraceEntry is one line of a traceback: an instruction of a code object.
type TraceEntry struct {
	Code *Code
	PC   int
}

// Error implements error: the last line of a traceback, `Type: message`. It runs no Python
// code: arguments with a __str__ or __repr__ show their default representation.
func (e *Exception) Error() string {
	msg, _ := exceptionStr(detached(nil), e)
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// exceptionStr is str(e) for the built-in exceptions.
func exceptionStr(th *Thread, e *Exception) (string, error) {
	if err := th.enterNested(" while getting the str of an object", 1); err != nil {
		return "", err
	}
	defer th.leaveNested()
	if e.Exceptions != nil && len(e.Args) > 0 {
		msg, err := ToStr(th, e.Args[0])
		n := len(e.Exceptions)
		return fmt.Sprintf("%s (%d sub-exception%s)", msg, n, plural(n)), err
	}
	if e.Class.IsSubclass(OSError) {
		if s, ok, err := osErrorStr(th, e); ok {
			return s, err
		}
	}
	if s, ok := syntaxErrorStr(e); ok {
		return s, nil
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if e.Class.IsSubclass(KeyError) {
			return Repr(th, e.Args[0])
		}
		return ToStr(th, e.Args[0])
	}
	return Repr(th, Tuple(e.Args))
}

func newExceptionClass(name string, base *Class) *Class {
	c := newBuiltinClass(name, base)
	return c
}

// The built-in exception hierarchy.
var (
	BaseException       = newExceptionClass("BaseException", ObjectClass)
	ExceptionType       = newExceptionClass("Exception", BaseException)
	ArithmeticError     = newExceptionClass("ArithmeticError", ExceptionType)
	ZeroDivisionError   = newExceptionClass("ZeroDivisionError", ArithmeticError)
	OverflowError       = newExceptionClass("OverflowError", ArithmeticError)
	LookupError         = newExceptionClass("LookupError", ExceptionType)
	KeyError            = newExceptionClass("KeyError", LookupError)
	IndexError          = newExceptionClass("IndexError", LookupError)
	ValueError          = newExceptionClass("ValueError", ExceptionType)
	UnicodeError        = newExceptionClass("UnicodeError", ValueError)
	UnicodeEncodeError  = newExceptionClass("UnicodeEncodeError", UnicodeError)
	UnicodeDecodeError  = newExceptionClass("UnicodeDecodeError", UnicodeError)
	TypeError           = newExceptionClass("TypeError", ExceptionType)
	NameError           = newExceptionClass("NameError", ExceptionType)
	UnboundLocalError   = newExceptionClass("UnboundLocalError", NameError)
	AttributeError      = newExceptionClass("AttributeError", ExceptionType)
	RuntimeError        = newExceptionClass("RuntimeError", ExceptionType)
	SystemError         = newExceptionClass("SystemError", ExceptionType)
	MemoryError         = newExceptionClass("MemoryError", ExceptionType)
	RecursionError      = newExceptionClass("RecursionError", RuntimeError)
	NotImplementedError = newExceptionClass("NotImplementedError", RuntimeError)
	AssertionError      = newExceptionClass("AssertionError", ExceptionType)
	StopIteration       = newExceptionClass("StopIteration", ExceptionType)
	StopAsyncIteration  = newExceptionClass("StopAsyncIteration", ExceptionType)
	ImportError         = newExceptionClass("ImportError", ExceptionType)
	ModuleNotFoundError = newExceptionClass("ModuleNotFoundError", ImportError)
	OSError             = newExceptionClass("OSError", ExceptionType)
	TimeoutError        = newExceptionClass("TimeoutError", OSError)
	SyntaxError         = newExceptionClass("SyntaxError", ExceptionType)
	IndentationError    = newExceptionClass("IndentationError", SyntaxError)
	TabError            = newExceptionClass("TabError", IndentationError)
	KeyboardInterrupt   = newExceptionClass("KeyboardInterrupt", BaseException)
	SystemExit          = newExceptionClass("SystemExit", BaseException)
	GeneratorExit       = newExceptionClass("GeneratorExit", BaseException)
	// StepLimitExceeded stops a program that ran past Interp.MaxSteps; it is not an
	// Exception, so ordinary handlers do not swallow it.
	StepLimitExceeded  = newExceptionClass("StepLimitExceeded", BaseException)
	BaseExceptionGroup = newExceptionClass("BaseExceptionGroup", BaseException)
	ExceptionGroup     = newExceptionClass("ExceptionGroup", BaseExceptionGroup)
	Warning            = newExceptionClass("Warning", ExceptionType)
	RuntimeWarning     = newExceptionClass("RuntimeWarning", Warning)
	DeprecationWarning = newExceptionClass("DeprecationWarning", Warning)
	UserWarning        = newExceptionClass("UserWarning", Warning)
)

// ExceptionClasses lists every built-in exception class, for the builtins module.
var ExceptionClasses = []*Class{
	BaseException, ExceptionType, ArithmeticError, ZeroDivisionError, OverflowError, LookupError,
	KeyError, IndexError, ValueError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, TypeError, NameError, UnboundLocalError,
	AttributeError, RuntimeError, SystemError, MemoryError, RecursionError, NotImplementedError, AssertionError,
	StopIteration, StopAsyncIteration, ImportError, ModuleNotFoundError, OSError, TimeoutError,
	SyntaxError, IndentationError, TabError, KeyboardInterrupt, SystemExit, GeneratorExit,
	BaseExceptionGroup, ExceptionGroup, Warning, RuntimeWarning, DeprecationWarning, UserWarning,
}

func init() {
	// ExceptionGroup is also an Exception in Python (multiple inheritance); the subset has
	// single inheritance, so `except Exception` matching of groups is special-cased in
	// exceptionMatches.
	BaseException.newInstance = func(cls *Class) Value {
		return &Exception{Instance: Instance{Class: cls, attrs: attrs{shape: cls.emptyShape()}}}
	}
	for _, c := range ExceptionClasses {
		c.newInstance = BaseException.newInstance
	}
}

// NewException makes an exception of class cls with the given args.
func NewException(cls *Class, args ...Value) *Exception {
	return &Exception{Instance: Instance{Class: cls}, Args: args}
}

// Errorf makes an exception of class cls whose message is formatted like fmt.Sprintf.
func Errorf(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return NewException(cls, Str(msg))
}

// exceptionMatches reports whether exception class c is caught by an except clause naming t.
func exceptionMatches(c, t *Class) bool { return IsSubclass(c, t) }

// IsSubclass is issubclass(c, t). It is c.IsSubclass(t), except that ExceptionGroup also
// derives from Exception, the one case of multiple inheritance among the built-in classes.
func IsSubclass(c, t *Class) bool {
	if c.IsSubclass(t) {
		return true
	}
	return t == ExceptionType && c.IsSubclass(ExceptionGroup)
}

// exceptionRepr is repr(e): ValueError('boom').
func exceptionRepr(th *Thread, e *Exception) (string, error) {
	if err := th.enterNested(reprNesting, 1); err != nil {
		return "", err
	}
	defer th.leaveNested()
	var b strings.Builder
	b.WriteString(e.Class.Name)
	if len(e.Args) == 1 {
		r, err := Repr(th, e.Args[0])
		if err != nil {
			return "", err
		}
		b.WriteString("(" + r + ")")
		return b.String(), nil
	}
	r, err := Repr(th, Tuple(e.Args))
	if err != nil {
		return "", err
	}
	if len(e.Args) == 0 {
		r = "()"
	}
	b.WriteString(r)
	return b.String(), nil
}
