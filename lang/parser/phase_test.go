package parser

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

func TestPhases(t *testing.T) {
	sample, _ := os.ReadFile("testdata/sample.py")
	for _, src := range [][]byte{bytes.Repeat(sample, 2000/bytes.Count(sample, []byte("\n"))+1), []byte(strings.Repeat("pass\n", 2000)), []byte(strings.Repeat("x = 1\n", 2000)), []byte(strings.Repeat("if x:\n    pass\n", 1000))} {
		text := normalize(src)
		fp, _ := parsers()
		for i := 0; i < 2; i++ {
			t0 := time.Now()
			toks, _ := scanFile("x", text)
			t1 := time.Now()
			pl := peekable("x", toks)
			t2 := time.Now()
			tree, err := fp.ParseFromLexer(pl)
			t3 := time.Now()
			c := newConverter("x", text, toks)
			c.file(tree)
			t4 := time.Now()
			t.Log(len(toks), err, t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3))
		}
	}
}
