package stdlib

import (
	"fmt"
	"math"
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
		unit := "days"
		if days == 1 || days == -1 {
			unit = "day"
		}
		s = fmt.Sprintf("%d %s, ", days, unit)
	}
	s += fmt.Sprintf("%d:%02d:%02d", rem/3600e6, rem/60e6%60, rem/1e6%60)
	if rem%1e6 != 0 {
		s += fmt.Sprintf(".%06d", rem%1e6)
	}
	return s
}

// numberArg reads a numeric constructor argument as a float (0 when absent).
func numberArg(v vm.Value, name string) (float64, error) {
	if v == nil {
		return 0, nil
	}
	if f, ok := vm.ToFloat(v); ok {
		return f, nil
	}
	return 0, vm.Errorf(vm.TypeError, "unsupported type for timedelta %s component: %s", name, vm.TypeName(v))
}

// timedeltaFields are timedelta's constructor parameters, in order.
var timedeltaFields = []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}

// datetimeFields are datetime's constructor parameters, in order.
var datetimeFields = []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}

// constructTimedelta is timedelta(days=0, seconds=0, microseconds=0, milliseconds=0,
// minutes=0, hours=0, weeks=0), rounded to whole microseconds.
func constructTimedelta(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	scale := []float64{86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 7 * 86400e6}
	var us float64
	for i, v := range args {
		f, err := numberArg(v, timedeltaFields[i])
		if err != nil {
			return nil, err
		}
		us += f * scale[i]
	}
	return &timedeltaValue{d: time.Duration(math.RoundToEven(us)) * time.Microsecond}, nil
}

// constructDatetime is datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0).
func constructDatetime(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	given := args
	vals := make([]int, len(datetimeFields))
	for i, v := range given {
		if v == nil {
			continue
		}
		n, ok := v.(vm.Int)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(v))
		}
		vals[i] = int(n)
	}
	for i, n := range datetimeFields[:3] {
		if given[i] == nil {
			return nil, vm.Errorf(vm.TypeError, "function missing required argument '%s' (pos %d)", n, i+1)
		}
	}
	switch {
	case vals[0] < 1 || vals[0] > 9999:
		return nil, vm.Errorf(vm.ValueError, "year %d is out of range", vals[0])
	case vals[1] < 1 || vals[1] > 12:
		return nil, vm.Errorf(vm.ValueError, "month must be in 1..12")
	case vals[2] < 1 || vals[2] > daysIn(vals[0], vals[1]):
		return nil, vm.Errorf(vm.ValueError, "day is out of range for month")
	case vals[3] < 0 || vals[3] > 23:
		return nil, vm.Errorf(vm.ValueError, "hour must be in 0..23")
	case vals[4] < 0 || vals[4] > 59:
		return nil, vm.Errorf(vm.ValueError, "minute must be in 0..59")
	case vals[5] < 0 || vals[5] > 59:
		return nil, vm.Errorf(vm.ValueError, "second must be in 0..59")
	case vals[6] < 0 || vals[6] > 999999:
		return nil, vm.Errorf(vm.ValueError, "microsecond must be in 0..999999")
	}
	t := time.Date(vals[0], time.Month(vals[1]), vals[2], vals[3], vals[4], vals[5], vals[6]*1000, time.Local)
	return &datetimeValue{t: t}, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func init() {
	datetimeClass.Module = "datetime"
	timedeltaClass.Module = "datetime"
	datetimeClass.DefineConstructor(vm.Signature{Name: "datetime", Style: vm.TupleArgs, Max: 7,
		Kw: datetimeFields}, constructDatetime)
	timedeltaClass.DefineConstructor(vm.Signature{Name: "__new__", Style: vm.TupleArgs, Max: 7,
		Kw: timedeltaFields}, constructTimedelta)
	now := func(th *vm.Thread, _ vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if a[0] != nil && a[0] != vm.None {
			return nil, vm.Errorf(vm.TypeError, "datetime with a time zone is not supported")
		}
		return &datetimeValue{t: wallTime(th)}, nil
	}
	datetimeClass.DefineClassMethods([]vm.MethodDef{
		{Name: "now", Style: vm.TupleArgs, Max: 1, Kw: []string{"tz"}, Fn: now},
		{Name: "today", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, kw *vm.Dict) (vm.Value, error) {
			return now(th, self, []vm.Value{nil}, kw)
		}},
	})
	datetimeClass.DefineMethods([]vm.MethodDef{
		{Name: "__str__", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Str(self.(*datetimeValue).isoformat(" ")), nil
		}},
		{Name: "isoformat", Style: vm.TupleArgs, Max: 1, Kw: []string{"sep"}, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			sep := vm.Str("T")
			if a[0] != nil {
				s, ok := a[0].(vm.Str)
				if !ok || len([]rune(string(s))) != 1 {
					return nil, vm.Errorf(vm.TypeError, "isoformat() argument 1 must be a unicode character, not %s", vm.TypeName(a[0]))
				}
				sep = s
			}
			return vm.Str(self.(*datetimeValue).isoformat(string(sep))), nil
		}},
		{Name: "strftime", Style: vm.TupleArgs, Min: 1, Max: 1, Kw: []string{"format"}, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f, ok := a[0].(vm.Str)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(a[0]))
			}
			return vm.Str(pyfmt.StrftimeNaive(self.(*datetimeValue).t, string(f))), nil
		}},
		{Name: "timestamp", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Float(float64(self.(*datetimeValue).t.UnixNano()) / 1e9), nil
		}},
		{Name: "__sub__", Style: vm.OneArg, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			t := self.(*datetimeValue).t
			switch other := a[0].(type) {
			case *datetimeValue:
				return &timedeltaValue{d: t.Sub(other.t)}, nil
			case *timedeltaValue:
				return &datetimeValue{t: t.Add(-other.d)}, nil
			}
			return vm.NotImplemented, nil
		}},
		{Name: "__add__", Style: vm.OneArg, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if other, ok := a[0].(*timedeltaValue); ok {
				return &datetimeValue{t: self.(*datetimeValue).t.Add(other.d)}, nil
			}
			return vm.NotImplemented, nil
		}},
		{Name: "__repr__", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Str(self.(*datetimeValue).Repr()), nil
		}},
		datetimeCompare("__eq__", func(c int) bool { return c == 0 }),
		datetimeCompare("__lt__", func(c int) bool { return c < 0 }),
		datetimeCompare("__le__", func(c int) bool { return c <= 0 }),
		datetimeCompare("__gt__", func(c int) bool { return c > 0 }),
		datetimeCompare("__ge__", func(c int) bool { return c >= 0 }),
	})
	timedeltaClass.DefineMethods([]vm.MethodDef{
		{Name: "__str__", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Str(self.(*timedeltaValue).String()), nil
		}},
		timedeltaArith("__add__", 1), timedeltaArith("__sub__", -1),
		{Name: "total_seconds", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Float(float64(self.(*timedeltaValue).d.Microseconds()) / 1e6), nil
		}},
	})
}

// timedeltaArith is timedelta's __add__ (sign 1) or __sub__ (sign -1) of another timedelta.
func timedeltaArith(name string, sign time.Duration) vm.MethodDef {
	return vm.MethodDef{Name: name, Style: vm.OneArg, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if other, ok := a[0].(*timedeltaValue); ok {
			return &timedeltaValue{d: self.(*timedeltaValue).d + sign*other.d}, nil
		}
		return vm.NotImplemented, nil
	}}
}

func newDatetimeModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("datetime")
	m.Set("datetime", datetimeClass)
	m.Set("timedelta", timedeltaClass)
	return m, nil
}

// datetimeCompare builds a rich comparison of two datetimes from a test on their order.
func datetimeCompare(name string, test func(int) bool) vm.MethodDef {
	return vm.MethodDef{Name: name, Style: vm.OneArg, Fn: func(_ *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		other, ok := a[0].(*datetimeValue)
		if !ok {
			return vm.NotImplemented, nil
		}
		return vm.Bool(test(self.(*datetimeValue).t.Compare(other.t))), nil
	}}
}

// Attr implements vm.AttrGetter: days, seconds, microseconds.
func (td *timedeltaValue) Attr(name string) (vm.Value, bool) {
	us := td.d.Microseconds()
	days := us / 86400e6
	rem := us % 86400e6
	if rem < 0 {
		rem += 86400e6
		days--
	}
	switch name {
	case "days":
		return vm.MakeInt(days), true
	case "seconds":
		return vm.MakeInt(rem / 1e6), true
	case "microseconds":
		return vm.MakeInt(rem % 1e6), true
	}
	return nil, false
}
