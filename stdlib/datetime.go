package stdlib

import (
	"fmt"
	"time"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// datetimeClass is datetime.datetime: a naive local date and time.
var datetimeClass = vm.NewBuiltinClass("datetime", vm.ObjectClass)

// timedeltaClass is datetime.timedelta, the difference of two datetimes.
var timedeltaClass = vm.NewBuiltinClass("timedelta", vm.ObjectClass)

// datetimeValue is a datetime.datetime instance.
type datetimeValue struct{ t time.Time }

// Type implements vm.Value.
func (*datetimeValue) Type() *vm.Class { return datetimeClass }

// Repr implements repr(): datetime.datetime(2000, 1, 1, 0, 0).
func (d *datetimeValue) Repr() string {
	t := d.t
	parts := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000}
	n := 7
	for n > 5 && parts[n-1] == 0 {
		n--
	}
	s := "datetime.datetime("
	for i, p := range parts[:n] {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(p)
	}
	return s + ")"
}

// isoformat is str(datetime): the date, a separator, the time, microseconds when non-zero.
func (d *datetimeValue) isoformat(sep string) string {
	s := d.t.Format("2006-01-02") + sep + d.t.Format("15:04:05")
	if us := d.t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	return s
}

// Attr implements vm.AttrGetter: the date and time fields.
func (d *datetimeValue) Attr(name string) (vm.Value, bool) {
	t := d.t
	fields := map[string]int{"year": t.Year(), "month": int(t.Month()), "day": t.Day(), "hour": t.Hour(),
		"minute": t.Minute(), "second": t.Second(), "microsecond": t.Nanosecond() / 1000}
	v, ok := fields[name]
	return vm.MakeInt(int64(v)), ok
}

// timedeltaValue is a datetime.timedelta instance.
type timedeltaValue struct{ d time.Duration }

// Type implements vm.Value.
func (*timedeltaValue) Type() *vm.Class { return timedeltaClass }

// String is str(timedelta): [D day[s], ]H:MM:SS[.ffffff].
func (td *timedeltaValue) String() string {
	us := td.d.Microseconds()
	days := us / 86400e6
	rem := us % 86400e6
	if rem < 0 {
		rem += 86400e6
		days--
	}
	s := ""
	if days != 0 {
		s = fmt.Sprintf("%d day%s, ", days, plural(int(days)))
	}
	s += fmt.Sprintf("%d:%02d:%02d", rem/3600e6, rem/60e6%60, rem/1e6%60)
	if rem%1e6 != 0 {
		s += fmt.Sprintf(".%06d", rem%1e6)
	}
	return s
}

func init() {
	datetimeClass.Module = "datetime"
	timedeltaClass.Module = "datetime"
	now := vm.NewBuiltin("now", func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return &datetimeValue{t: wallTime(th)}, nil
	})
	datetimeClass.Dict["now"] = &vm.ClassMethod{Func: now}
	datetimeClass.Dict["today"] = &vm.ClassMethod{Func: now}
	datetimeClass.AddMethods(map[string]fn{
		"__str__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Str(args[0].(*datetimeValue).isoformat(" ")), nil
		},
		"isoformat": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Str(args[0].(*datetimeValue).isoformat("T")), nil
		},
		"strftime": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("strftime", args, 2, 2); err != nil {
				return nil, err
			}
			f, ok := args[1].(vm.Str)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(args[1]))
			}
			return vm.Str(pyfmt.StrftimeNaive(args[0].(*datetimeValue).t, string(f))), nil
		},
		"timestamp": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Float(float64(args[0].(*datetimeValue).t.UnixNano()) / 1e9), nil
		},
		"__sub__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			other, ok := args[1].(*datetimeValue)
			if !ok {
				return vm.NotImplemented, nil
			}
			return &timedeltaValue{d: args[0].(*datetimeValue).t.Sub(other.t)}, nil
		},
	})
	timedeltaClass.AddMethods(map[string]fn{
		"__str__": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Str(args[0].(*timedeltaValue).String()), nil
		},
		"total_seconds": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Float(float64(args[0].(*timedeltaValue).d.Microseconds()) / 1e6), nil
		},
	})
}

func newDatetimeModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("datetime")
	m.Set("datetime", datetimeClass)
	m.Set("timedelta", timedeltaClass)
	return m, nil
}
