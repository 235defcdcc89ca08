package parser

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkParse parses a file of about 2,000 lines of typical code.
func BenchmarkParse(b *testing.B) {
	sample, err := os.ReadFile("testdata/sample.py")
	if err != nil {
		b.Fatal(err)
	}
	src := bytes.Repeat(sample, 2000/bytes.Count(sample, []byte("\n"))+1)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
