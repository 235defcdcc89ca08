package asyncio

import "github.com/asyncscript/asyncscript/vm"

// The methods tasks add to those of futures (get_stack and print_stack are in task_stack.go).
func init() {
	TaskClass.DefineMethods([]vm.MethodDef{
		{Name: "get_name", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return self.(*Task).Name(), nil
		}},
		{Name: "set_name", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			s, err := vm.ToStr(th, a[0])
			self.(*Task).SetName(vm.Str(s))
			return vm.None, err
		}},
		{Name: "get_coro", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return self.(*Task).coro, nil
		}},
		{Name: "cancelling", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.MakeInt(int64(self.(*Task).Cancelling())), nil
		}},
		{Name: "uncancel", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.MakeInt(int64(self.(*Task).Uncancel())), nil
		}},
	})
}
