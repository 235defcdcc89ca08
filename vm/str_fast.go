package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// strOp computes str + str and str % args (in place or not) for the dispatch loop, as
// binaryOp would: for an exact str on the left and a right operand whose type is not a
// subclass of str, no Python method can take part (str has no in-place methods, and only a
// str subclass's reflected method goes first), so binaryOp comes down to the built-in
// operation. ok is false for anything else, which takes the general path.
func (th *Thread) strOp(op bytecode.BinaryOp, x, y Value) (r Value, ok bool, err error) {
	a, isStr := x.(Str)
	if !isStr {
		return nil, false, nil
	}
	switch op {
	case bytecode.OpAdd, bytecode.OpAdd + bytecode.InplaceOffset:
		if b, ok := y.(Str); ok {
			if n := len(a) + len(b); n >= strGrowMin && n <= maxStrLen && len(b) > 0 {
				return th.concatGrow(string(a), string(b)), true, nil
			}
			r, err = concatStr(x, y)
			return r, true, err
		}
	case bytecode.OpMod, bytecode.OpMod + bytecode.InplaceOffset:
		switch y.(type) {
		case Str, Int, Float, Tuple:
			r, err = percentFormat(th, string(a), y)
			return r, true, err
		}
	}
	return nil, false, nil
}
