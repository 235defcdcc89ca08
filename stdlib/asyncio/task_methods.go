package asyncio

import "github.com/asyncscript/asyncscript/vm"

// The methods tasks add to those of futures (get_stack and print_stack are in task_stack.go).
func init() {
	vm.DefineMethod(TaskClass, "get_name", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return self.(*Task).Name(), nil
	})
	vm.DefineMethod(TaskClass, "set_name", 1, 1, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		s, err := vm.ToStr(th, a[0])
		self.(*Task).name = vm.Str(s)
		return vm.None, err
	})
	vm.DefineMethod(TaskClass, "get_coro", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return self.(*Task).coro, nil
	})
	vm.DefineMethod(TaskClass, "cancelling", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return vm.MakeInt(int64(self.(*Task).Cancelling())), nil
	})
	vm.DefineMethod(TaskClass, "uncancel", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return vm.MakeInt(int64(self.(*Task).Uncancel())), nil
	})
}
