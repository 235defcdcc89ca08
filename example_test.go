package asyncscript_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
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
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-r.Context().Done() // answers only when the client gives up
			return
		}
		fmt.Fprint(w, "page ", r.URL.Path)
	}))
	defer server.Close()
	it := asyncscript.New(asyncscript.Options{})
	ctx := context.Background()
	_ = it.SetGlobal("base", server.URL)
	_ = it.AsyncFunc("fetch", func(ctx context.Context, url string) (string, error) {
		req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
		if err != nil {
			return "", err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return string(b), err
	})
	err := it.Run(ctx, "main.as", `
import asyncio
pages = await asyncio.gather(fetch(base + "/a"), fetch(base + "/b"))
print(pages)
try:
    await asyncio.wait_for(fetch(base + "/slow"), timeout=0.1)
except TimeoutError:
    print("too slow")
`)
	fmt.Println(err)
	// Output:
	// ['page /a', 'page /b']
	// too slow
	// <nil>
}

func ExampleInterpreter_Call() {
	it := asyncscript.New(asyncscript.Options{})
	ctx := context.Background()
	_ = it.Run(ctx, "handlers.as", "async def handler(n):\n    return {'double': n * 2}\n")
	v, err := it.Call(ctx, "handler", 21)
	fmt.Printf("%v %T %v\n", v, v.(map[string]any)["double"], err)
	v, err = it.Eval(ctx, "sum(range(10))")
	fmt.Printf("%v %T %v\n", v, v, err)
	// Output:
	// map[double:42] int64 <nil>
	// 45 int64 <nil>
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

func ExampleError_fromGo() {
	it := asyncscript.New(asyncscript.Options{})
	_ = it.Func("lookup", func(key string) (int, error) {
		return 0, &asyncscript.Error{Type: "ValueError", Message: "no such key"}
	})
	_ = it.Run(context.Background(), "main.as", `
try:
    lookup("colour")
except ValueError as e:
    print("ValueError:", e)
`)
	// Output: ValueError: no such key
}

func ExampleOptions_limits() {
	src := "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')  # never runs\n"
	it := asyncscript.New(asyncscript.Options{
		MaxSteps:  1_000_000, // loop iterations and calls per Run/Call/Eval
		MaxMemory: 64 << 20,  // bytes of data the script holds, approximately
	})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	err := it.Run(ctx, "user.as", src)
	switch {
	case errors.Is(err, asyncscript.ErrStepLimit):
		fmt.Println("stopped: too many steps")
	case errors.Is(err, asyncscript.ErrMemoryLimit):
		fmt.Println("stopped: too much memory")
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		fmt.Println("stopped: too slow")
	}
	// Output: stopped: too many steps
}

func ExampleInterpreter_Run_timeout() {
	it := asyncscript.New(asyncscript.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := it.Run(ctx, "main.as", "import asyncio\nawait asyncio.sleep(3600)\n")
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// Output: true
}
