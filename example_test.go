package asyncscript_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript"
)

func Example() {
	it := asyncscript.New(asyncscript.Options{Stdout: os.Stdout})
	err := it.Run(context.Background(), "main.as", `print("hello from", "asyncscript")`)
	fmt.Println(err)
	// Output:
	// hello from asyncscript
	// <nil>
}

func ExampleInterpreter_Func() {
	it := asyncscript.New(asyncscript.Options{Stdout: os.Stdout})
	_ = it.Func("shout", func(s string) string { return strings.ToUpper(s) + "!" })
	_ = it.Run(context.Background(), "main.as", `print(shout("hi"))`)
	// Output: HI!
}

func ExampleInterpreter_AsyncFunc() {
	it := asyncscript.New(asyncscript.Options{Stdout: os.Stdout, Clock: asyncscript.VirtualClock()})
	_ = it.AsyncFunc("fetch", func(ctx context.Context, key string) (string, error) {
		select {
		case <-time.After(10 * time.Millisecond):
			return "value of " + key, nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	})
	_ = it.Run(context.Background(), "main.as", `
import asyncio
a, b = await asyncio.gather(fetch("a"), fetch("b"))
print(a, "|", b)
`)
	// Output: value of a | value of b
}

func ExampleInterpreter_Call() {
	it := asyncscript.New(asyncscript.Options{})
	_ = it.Run(context.Background(), "main.as", `
import asyncio
async def handler(n):
    await asyncio.sleep(0)
    return {"double": n * 2}
`)
	v, err := it.Call(context.Background(), "handler", 21)
	fmt.Println(v, err)
	// Output: map[double:42] <nil>
}

func ExampleInterpreter_Eval() {
	it := asyncscript.New(asyncscript.Options{})
	_ = it.SetGlobal("config", map[string]any{"n": 3, "names": []any{"a", "b"}})
	v, err := it.Eval(context.Background(), `sum(range(config["n"])), config["names"]`)
	fmt.Println(v, err)
	// Output: [3 [a b]] <nil>
}

func ExampleError() {
	it := asyncscript.New(asyncscript.Options{})
	err := it.Run(context.Background(), "main.as", "def f():\n    raise ValueError('boom')\nf()\n")
	var e *asyncscript.Error
	if errors.As(err, &e) {
		fmt.Println(e.Type, e.Message)
		fmt.Print(e.Error())
	}
	// Output:
	// ValueError boom
	// Traceback (most recent call last):
	//   File "main.as", line 3, in <module>
	//     f()
	//   File "main.as", line 2, in f
	//     raise ValueError('boom')
	// ValueError: boom
}

func ExampleOptions_maxSteps() {
	it := asyncscript.New(asyncscript.Options{MaxSteps: 1000})
	err := it.Run(context.Background(), "main.as", `
try:
    while True:
        pass
except BaseException:
    print("caught")  # never runs: limits cannot be caught
`)
	fmt.Println(errors.Is(err, asyncscript.ErrStepLimit))
	// Output: true
}

func ExampleInterpreter_Run_timeout() {
	it := asyncscript.New(asyncscript.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := it.Run(ctx, "main.as", "import asyncio\nawait asyncio.sleep(3600)\n")
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output: true
}
