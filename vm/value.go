package vm

// Value is any asyncscript value.
type Value interface {
	// Type returns the value's class.
	Type() *Class
}

// NoneType is the type of None.
type NoneType struct{}

// None is the None value.
var None Value = NoneType{}

// Type implements Value.
func (NoneType) Type() *Class { return NoneClass }

// Bool is True or False.
type Bool bool

// True and False are the two Bool values.
const (
	True  = Bool(true)
	False = Bool(false)
)

// Type implements Value.
func (Bool) Type() *Class { return BoolClass }

// EllipsisValue is the type of Ellipsis (`...`).
type EllipsisValue struct{}

// Ellipsis is the value of the `...` literal.
var Ellipsis Value = EllipsisValue{}

// Type implements Value.
func (EllipsisValue) Type() *Class { return EllipsisClass }

// NotImplementedValue is the type of NotImplemented, which binary dunder methods return to
// let the other operand try.
type NotImplementedValue struct{}

// NotImplemented is the singleton returned by dunder methods that do not handle an operand.
var NotImplemented Value = NotImplementedValue{}

// Type implements Value.
func (NotImplementedValue) Type() *Class { return NotImplementedClass }

// TypeName returns the name of v's class, as error messages print it.
func TypeName(v Value) string {
	if v == nil {
		return "NULL"
	}
	c := v.Type()
	if name, ok := c.Dict[TypeNameAttr].(Str); ok {
		return string(name)
	}
	return c.Name
}

// TypeNameAttr is the class attribute through which a library class written in asyncscript
// takes the name CPython's C types show in error messages ('datetime.date'), while its
// __name__ stays short. Only the class's own namespace counts: subclasses show their own name.
const TypeNameAttr = "__type_name__"

// IsNone reports whether v is None. It tests v's type alone, where v == None would compare
// two interfaces through the runtime.
func IsNone(v Value) bool {
	_, ok := v.(NoneType)
	return ok
}
