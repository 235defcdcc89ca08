package parser

import (
	"fmt"
	"math/rand"
	"os"
	"testing"
	"time"
)

func TestHangHunt(t *testing.T) {
	if os.Getenv("HUNT") == "" {
		t.Skip()
	}
	pieces := []string{"i", "a", "(", ")", "[", "]", "{", "}", ":", "=", "if", "else", "for", "in", "\n", "    ", "\t", "'", "\"", "f'", "{x}", "lambda", ",", "*", "**", "not", "yield", "async", "def", "with", "as", "try", "except", "1", "0x", ".", "#", "\\", "@", "from", "import", "del", "return", "-", ";", "'''", "\\\n", "!", "%", "=="}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var src string
		for k := r.Intn(12); k >= 0; k-- {
			src += pieces[r.Intn(len(pieces))]
			if r.Intn(2) == 0 {
				src += " "
			}
		}
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(2 * time.Second):
				fmt.Printf("HANG %q\n", src)
				os.Exit(1)
			}
		}()
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Printf("PANIC %q %v\n", src, e)
				}
			}()
			parse("h.py", []byte(src))
		}()
		close(done)
	}
}
