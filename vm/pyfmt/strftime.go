package pyfmt

import (
	"strconv"
	"strings"
	"time"
)

// Strftime formats t as an aware datetime's strftime(format) does in
// CPython 3.11 on glibc in the C locale: %f is the microsecond, %z the UTC
// offset (+HHMM, or +HHMMSS when the offset has seconds) and %Z the zone
// name, all taken from t; every other directive behaves as glibc's
// strftime, including its _ - 0 ^ # flags, field widths and E/O modifiers,
// and an unknown directive is copied through (padded to its width, as glibc
// does).
func Strftime(t time.Time, format string) string {
	return strftime(t, format, awareDatetime)
}

// StrftimeNaive is Strftime for a naive datetime, where %z and %Z are
// empty. t's location still serves %s (seconds since the epoch), which
// glibc computes in the process's local time zone.
func StrftimeNaive(t time.Time, format string) string {
	return strftime(t, format, naiveDatetime)
}

// TimeStrftime formats t as time.strftime(format, t.timetuple()) does: the
// same as Strftime except that %f is not a directive (glibc copies it
// through) and %z drops any seconds of the offset.
func TimeStrftime(t time.Time, format string) string {
	return strftime(t, format, timeModule)
}

type strftimeMode int

const (
	awareDatetime strftimeMode = iota
	naiveDatetime
	timeModule
)

var (
	weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames   = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

func strftime(t time.Time, format string, mode strftimeMode) string {
	var b strings.Builder
	b.Grow(len(format) + 16)
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			i++
			continue
		}
		d := parseDirective(format[i:])
		i += d.length
		if mode != timeModule && d.plain() {
			// datetime.strftime replaces these three itself before
			// handing the rest to the C library.
			switch d.conv {
			case 'f':
				b.WriteString(zeroPad(t.Nanosecond()/1000, 6))
				continue
			case 'z':
				if mode == awareDatetime {
					_, offset := t.Zone()
					b.WriteString(utcOffset(offset, true))
				}
				continue
			case 'Z':
				if mode == awareDatetime {
					name, _ := t.Zone()
					b.WriteString(name)
				}
				continue
			}
		}
		d.write(&b, t, format[i-d.length:i], mode)
	}
	return b.String()
}

// directive is one parsed %-sequence: %[flags][width][E|O]conv.
type directive struct {
	length   int  // bytes of format it spans
	flag     byte // the last of _ - 0 ^ # that matters for padding
	upper    bool // '^'
	swap     bool // '#'
	width    int  // -1 when absent
	modifier byte // 'E', 'O' or 0
	conv     byte // 0 when the format ends first
}

func parseDirective(s string) directive {
	d := directive{width: -1}
	i := 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '_', '-', '0':
			d.flag = s[i]
			continue
		case '^':
			d.upper = true
			continue
		case '#':
			d.swap = true
			continue
		}
		break
	}
	if start := i; i < len(s) && s[i] >= '1' && s[i] <= '9' {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		d.width, _ = strconv.Atoi(s[start:i])
	}
	if i < len(s) && (s[i] == 'E' || s[i] == 'O') {
		d.modifier = s[i]
		i++
	}
	if i < len(s) {
		d.conv = s[i]
		i++
	}
	d.length = i
	return d
}

// plain reports a bare two-character directive such as "%f".
func (d *directive) plain() bool { return d.length == 2 }

// modifierOK reports whether glibc accepts the E or O modifier on conv.
func (d *directive) modifierOK() bool {
	switch d.modifier {
	case 'E':
		return strings.IndexByte("cCxXyY", d.conv) >= 0
	case 'O':
		return strings.IndexByte("deHImMSuUVwWybBh", d.conv) >= 0
	}
	return true
}

func (d *directive) write(b *strings.Builder, t time.Time, raw string, mode strftimeMode) {
	// datetime hands the C library a time tuple without zone fields, so
	// there %Z (when written with flags or a width) is empty and %z is
	// +0000.
	zone, offset := t.Zone()
	if mode != timeModule {
		zone, offset = "", 0
	}
	if !d.modifierOK() {
		d.literal(b, raw)
		return
	}
	hour12 := t.Hour() % 12
	if hour12 == 0 {
		hour12 = 12
	}
	isoYear, isoWeek := t.ISOWeek()
	yday := t.YearDay() - 1
	wday := int(t.Weekday())
	switch d.conv {
	case 'a':
		d.name(b, weekdayNames[wday][:3])
	case 'A':
		d.name(b, weekdayNames[wday])
	case 'b', 'h':
		d.name(b, monthNames[t.Month()-1][:3])
	case 'B':
		d.name(b, monthNames[t.Month()-1])
	case 'p', 'P':
		ampm := "AM"
		if t.Hour() >= 12 {
			ampm = "PM"
		}
		// %P is lowercase whatever the flags; '#' makes %p lowercase.
		if d.conv == 'P' {
			d.upper = false
		}
		d.text(b, ampm, d.conv == 'P' || d.swap)
	case 'Z':
		d.text(b, zone, d.swap)
	case 'c':
		d.text(b, strftime(t, "%a %b %e %H:%M:%S %Y", timeModule), false)
	case 'x', 'D':
		d.text(b, strftime(t, "%m/%d/%y", timeModule), false)
	case 'X', 'T':
		d.text(b, strftime(t, "%H:%M:%S", timeModule), false)
	case 'F':
		d.text(b, strftime(t, "%Y-%m-%d", timeModule), false)
	case 'R':
		d.text(b, strftime(t, "%H:%M", timeModule), false)
	case 'r':
		d.text(b, strftime(t, "%I:%M:%S %p", timeModule), false)
	case 'n':
		d.text(b, "\n", false)
	case 't':
		d.text(b, "\t", false)
	case '%':
		d.text(b, "%", false)
	case 'z':
		d.text(b, utcOffset(offset, false), false)
	case 'C':
		d.number(b, t.Year()/100, 1, '0')
	case 'd':
		d.number(b, t.Day(), 2, '0')
	case 'e':
		d.number(b, t.Day(), 2, ' ')
	case 'G':
		d.number(b, isoYear, 1, '0')
	case 'g':
		d.number(b, isoYear%100, 2, '0')
	case 'H':
		d.number(b, t.Hour(), 2, '0')
	case 'I':
		d.number(b, hour12, 2, '0')
	case 'j':
		d.number(b, yday+1, 3, '0')
	case 'k':
		d.number(b, t.Hour(), 2, ' ')
	case 'l':
		d.number(b, hour12, 2, ' ')
	case 'm':
		d.number(b, int(t.Month()), 2, '0')
	case 'M':
		d.number(b, t.Minute(), 2, '0')
	case 's':
		d.number(b, int(t.Unix()), 1, '0')
	case 'S':
		d.number(b, t.Second(), 2, '0')
	case 'u':
		d.number(b, (wday+6)%7+1, 1, '0')
	case 'U':
		d.number(b, (yday+7-wday)/7, 2, '0')
	case 'V':
		d.number(b, isoWeek, 2, '0')
	case 'w':
		d.number(b, wday, 1, '0')
	case 'W':
		d.number(b, (yday+7-(wday+6)%7)/7, 2, '0')
	case 'y':
		d.number(b, t.Year()%100, 2, '0')
	case 'Y':
		d.number(b, t.Year(), 1, '0')
	default:
		d.literal(b, raw)
	}
}

// number writes a numeric field: padded to its natural width (or the
// given width if larger) with its usual pad character, which '_' and '0'
// override and '-' suppresses.
func (d *directive) number(b *strings.Builder, v, natural int, pad byte) {
	switch d.flag {
	case '-':
		natural, pad = 0, ' '
	case '_':
		pad = ' '
	case '0':
		pad = '0'
	}
	s := strconv.Itoa(v)
	for n := max(natural, d.width) - len(s); n > 0; n-- {
		b.WriteByte(pad)
	}
	b.WriteString(s)
}

// name writes a day or month name; '#' upper-cases these, like '^'.
func (d *directive) name(b *strings.Builder, s string) {
	if d.swap {
		s = strings.ToUpper(s)
	}
	d.text(b, s, false)
}

// text writes a non-numeric field, right-aligned in the width with spaces
// (zeros under the '0' flag), upper-cased under '^' and lower-cased when
// lower is set.
func (d *directive) text(b *strings.Builder, s string, lower bool) {
	switch {
	case d.upper:
		s = strings.ToUpper(s)
	case lower:
		s = strings.ToLower(s)
	}
	pad := byte(' ')
	if d.flag == '0' {
		pad = '0'
	}
	for n := d.width - len(s); n > 0; n-- {
		b.WriteByte(pad)
	}
	b.WriteString(s)
}

// literal copies an unknown directive as written, padded to its width with
// spaces, as glibc does.
func (d *directive) literal(b *strings.Builder, raw string) {
	for n := d.width - len(raw); n > 0; n-- {
		b.WriteByte(' ')
	}
	b.WriteString(raw)
}

// utcOffset renders an offset in seconds east of UTC as ±HHMM; datetime
// adds seconds when there are any, the C library drops them.
func utcOffset(off int, seconds bool) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	s := sign + zeroPad(off/3600, 2) + zeroPad(off/60%60, 2)
	if seconds && off%60 != 0 {
		s += zeroPad(off%60, 2)
	}
	return s
}

func zeroPad(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
