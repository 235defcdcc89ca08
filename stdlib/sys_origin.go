package stdlib

import (
	"math"

	"github.com/asyncscript/asyncscript/vm"
)

// sys.set_coroutine_origin_tracking_depth(depth) and its getter: coroutines made while the
// depth is above 0 record where they were made (cr_origin; see vm/coroutine_origin.go).

func sysSetOriginDepth(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	if _, isFloat := args[0].(vm.Float); isFloat {
		return nil, notAnInteger(args[0])
	}
	n, ok := smallInt(args[0])
	if !ok {
		if _, isInt := args[0].(*vm.BigInt); isInt {
			return nil, vm.Errorf(vm.OverflowError, "Python int too large to convert to C int")
		}
		return nil, notAnInteger(args[0])
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return nil, vm.Errorf(vm.OverflowError, "Python int too large to convert to C int")
	}
	return vm.None, th.Interp().SetCoroutineOriginDepth(int(n))
}

func sysGetOriginDepth(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
	return vm.MakeInt(int64(th.Interp().CoroutineOriginDepth())), nil
}
