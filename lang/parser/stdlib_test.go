package parser

import (
	"fmt"
	"os"
	"regexp"
	"testing"
)

var floatRE = regexp.MustCompile(`Const\([-+0-9.eE]*(Inf)?\)`)

func TestStdlibDump(t *testing.T) {
	for _, f := range regexp.MustCompile(`\s+`).Split(os.Getenv("PYFILES"), -1) {
		if f == "" {
			continue
		}
		src, _ := os.ReadFile(f)
		m, err := Parse(f, src)
		if err != nil {
			continue
		}
		for _, s := range m.Body {
			fmt.Println(Dump(s))
		}
	}
}
