package stdlib

import (
	"fmt"
	"math"
	"time"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// structTimeClass is time.struct_time, what gmtime and localtime return.
var structTimeClass = newStructSeqClass("time", "struct_time")

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
	"tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}

func init() {
	sig := vm.Signature{Name: "structseq", Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"sequence", "dict"}}
	structTimeClass.DefineConstructor(sig, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if _, ok := args[1].(*vm.Dict); !ok && args[1] != nil && !vm.IsNone(args[1]) {
			return nil, vm.Errorf(vm.TypeError, "time.struct_time() takes a dict as second arg, if any")
		}
		items, err := vm.ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) < 9 || len(items) > 11 {
			return nil, vm.Errorf(vm.TypeError, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
		}
		for len(items) < 11 {
			items = append(items, vm.None)
		}
		return &structSeq{cls: structTimeClass, fields: structTimeFields, items: items, visible: 9}, nil
	})
}

// structTime is the struct_time of t in t's own zone.
func structTime(t time.Time) *structSeq {
	zone, off := t.Zone()
	if t.Location() == time.UTC {
		zone = "GMT" // as the C library names UTC
	}
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	vals := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(),
		(int(t.Weekday()) + 6) % 7, t.YearDay(), isdst}
	items := make(vm.Tuple, 0, 11)
	for _, v := range vals {
		items = append(items, vm.MakeInt(int64(v)))
	}
	items = append(items, vm.Str(zone), vm.MakeInt(int64(off)))
	return &structSeq{cls: structTimeClass, fields: structTimeFields, items: items, visible: 9}
}

// timeOf converts a struct_time or 9-tuple back to a time in loc (tm_wday and tm_yday are
// ignored, as mktime ignores them).
func timeOf(th *vm.Thread, v vm.Value, loc *time.Location, fname string) (time.Time, error) {
	var items []vm.Value
	switch x := v.(type) {
	case *structSeq:
		items = x.tuple()
	case vm.Tuple:
		items = x
	default:
		return time.Time{}, vm.Errorf(vm.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return time.Time{}, vm.Errorf(vm.TypeError, "%s(): illegal time tuple argument", fname)
	}
	n := make([]int, 6)
	for i := range n {
		x, err := intArg(fname, items[i])
		if err != nil {
			return time.Time{}, err
		}
		n[i] = x
	}
	return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, loc), nil
}

// secondsArg is the optional seconds argument of gmtime, localtime and ctime: the clock's
// wall time when absent or None.
func secondsArg(th *vm.Thread, arg vm.Value) (time.Time, error) {
	if arg == nil || vm.IsNone(arg) {
		return wallTime(th), nil
	}
	secs, ok := vm.ToFloat(arg)
	if !ok {
		return time.Time{}, notAnInteger(arg)
	}
	whole := math.Floor(secs)
	return time.Unix(int64(whole), int64((secs-whole)*1e9)), nil
}

// asctime formats a time as asctime and ctime do: 'Tue Nov 14 22:13:20 2023'.
func asctime(t time.Time) string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", t.Weekday().String()[:3], t.Month().String()[:3],
		t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

// timeStructFuncs are the functions of time that work with struct_time and nanoseconds.
func timeStructFuncs() []*vm.Builtin {
	noArgs := func(name string, f func(in *vm.Interp) float64, scale float64) *vm.Builtin {
		return vm.NewFunc(vm.Signature{Name: name, Qual: "time." + name, Style: vm.NoArgs}, func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if scale == 1 {
				return vm.Float(f(th.Interp())), nil
			}
			return vm.MakeInt(int64(f(th.Interp()) * scale)), nil
		})
	}
	monotonic := func(in *vm.Interp) float64 { return in.Clock.Monotonic() }
	start := time.Now()
	process := func(*vm.Interp) float64 { return time.Since(start).Seconds() }
	// gmtime, localtime and ctime take an optional number of seconds.
	seconds := func(name string, f func(t time.Time) vm.Value) *vm.Builtin {
		return vm.NewFunc(vm.Signature{Name: name, Style: vm.TupleArgs, Max: 1}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			t, err := secondsArg(th, args[0])
			return f(t), err
		})
	}
	return []*vm.Builtin{
		noArgs("time_ns", func(in *vm.Interp) float64 { return in.Clock.Wall() }, 1e9),
		noArgs("monotonic_ns", monotonic, 1e9),
		noArgs("perf_counter_ns", monotonic, 1e9),
		noArgs("process_time_ns", process, 1e9),
		noArgs("process_time", process, 1),
		seconds("gmtime", func(t time.Time) vm.Value { return structTime(t.UTC()) }),
		seconds("localtime", func(t time.Time) vm.Value { return structTime(t.Local()) }),
		seconds("ctime", func(t time.Time) vm.Value { return vm.Str(asctime(t.Local())) }),
		vm.NewFunc(vm.Signature{Name: "asctime", Style: vm.PosArgs, Max: 1}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			t := wallTime(th)
			if args[0] != nil {
				var err error
				if t, err = timeOf(th, args[0], time.UTC, "asctime"); err != nil {
					return nil, err
				}
			}
			return vm.Str(asctime(t)), nil
		}),
		vm.NewFunc(vm.Signature{Name: "mktime", Qual: "time.mktime", Style: vm.OneArg}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			t, err := timeOf(th, args[0], time.Local, "mktime")
			return vm.Float(float64(t.Unix())), err
		}),
		vm.NewFunc(vm.Signature{Name: "strftime", Style: vm.TupleArgs, Min: 1, Max: 2}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f, ok := args[0].(vm.Str)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(args[0]))
			}
			t := wallTime(th)
			if args[1] != nil {
				loc := time.UTC
				if s, ok := args[1].(*structSeq); ok && s.items[9] != vm.Str("UTC") && s.items[9] != vm.Str("GMT") {
					loc = time.Local
				}
				var err error
				if t, err = timeOf(th, args[1], loc, "strftime"); err != nil {
					return nil, err
				}
			}
			return vm.Str(pyfmt.TimeStrftime(t, string(f))), nil
		}),
	}
}
