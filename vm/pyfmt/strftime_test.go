package pyfmt

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// strftimeCase is a row of testdata/strftime.json: one strftime call and its result; Fn is "aware", "naive" or "time".
type strftimeCase struct {
	Fn, Zone                               string
	Offset                                 int
	Year, Month, Day, Hour, Min, Sec, Usec int
	Format, Want                           string
}

func TestStrftime(t *testing.T) {
	for _, c := range loadTable[strftimeCase](t, "strftime") {
		loc := time.UTC
		if c.Zone != "" && c.Zone != "UTC" {
			loc = time.FixedZone(c.Zone, c.Offset)
		}
		tm := time.Date(c.Year, time.Month(c.Month), c.Day, c.Hour, c.Min, c.Sec, c.Usec*1000, loc)
		var got string
		switch c.Fn {
		case "aware":
			got = Strftime(tm, c.Format)
		case "naive":
			got = StrftimeNaive(tm, c.Format)
		case "time":
			got = TimeStrftime(tm, c.Format)
		default:
			t.Fatalf("unknown strftime function %q", c.Fn)
		}
		assert.Equal(t, c.Want, got, "%s %v strftime(%q)", c.Fn, tm, c.Format)
	}
}
