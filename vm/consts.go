package vm

import (
	"math/big"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// constValue converts a compile-time constant to a value.
func constValue(k any) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case *big.Int:
		return MakeBigInt(k)
	case float64:
		return Float(k)
	case string:
		return Str(k)
	case []byte:
		return Bytes(k)
	case ast.EllipsisType:
		return Ellipsis
	case *bytecode.Code:
		return loadCode(k)
	case *bytecode.Pattern:
		return &patternConst{k}
	case []string:
		t := make(Tuple, len(k))
		for i, s := range k {
			t[i] = Str(s)
		}
		return t
	}
	panic("vm: unknown constant type")
}

// Bytes is a bytes value.
type Bytes string

// BytesClass is the class of bytes.
var BytesClass = newBuiltinClass("bytes", ObjectClass)

// Type implements Value.
func (Bytes) Type() *Class { return BytesClass }
