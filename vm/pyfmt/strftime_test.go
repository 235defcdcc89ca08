package pyfmt

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStrftime(t *testing.T) {
	require.NotEmpty(t, strftimeCases)
	for _, c := range strftimeCases {
		loc := time.UTC
		if c.zone != "" && c.zone != "UTC" {
			loc = time.FixedZone(c.zone, c.offset)
		}
		tm := time.Date(c.year, time.Month(c.month), c.day, c.hour, c.min, c.sec, c.usec*1000, loc)
		var got string
		switch c.fn {
		case "aware":
			got = Strftime(tm, c.format)
		case "naive":
			got = StrftimeNaive(tm, c.format)
		case "time":
			got = TimeStrftime(tm, c.format)
		}
		assert.Equal(t, c.want, got, "%s %v strftime(%q)", c.fn, tm, c.format)
	}
}
