module github.com/asyncscript/asyncscript/bench/peers

go 1.26.0

require (
	github.com/asyncscript/asyncscript v0.0.0
	github.com/dop251/goja v0.0.0-20260917113740-793a2a65c13b
	go.starlark.net v0.0.0-20260908191801-89a6a09411d5
)

require (
	github.com/alecthomas/participle/v2 v2.1.4 // indirect
	github.com/dlclark/regexp2 v1.12.0 // indirect
	github.com/dlclark/regexp2/v2 v2.5.2 // indirect
	github.com/go-sourcemap/sourcemap v2.1.3+incompatible // indirect
	github.com/google/pprof v0.0.0-20230207041349-798e818bf904 // indirect
	golang.org/x/sys v0.48.0 // indirect
	golang.org/x/text v0.3.8 // indirect
)

replace github.com/asyncscript/asyncscript => ../..
