package pyfmt

import "testing"

var sinkString string

func BenchmarkFloatRepr(b *testing.B) {
	values := []float64{0.1, 3.141592653589793, 2.0, 1e-7, 123456.789, 1e300}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkString = FloatRepr(values[i%len(values)])
	}
}

func BenchmarkAppendFloatRepr(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendFloatRepr(buf[:0], 3.141592653589793)
	}
}

func BenchmarkFormatInt64Width(b *testing.B) {
	spec, err := ParseSpec(">8,", "int")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		sinkString, _ = FormatInt64(1234567, spec)
	}
}

func BenchmarkFormatInt64Plain(b *testing.B) {
	spec, _ := ParseSpec("d", "int")
	b.ReportAllocs()
	for b.Loop() {
		sinkString, _ = FormatInt64(42, spec)
	}
}

func BenchmarkFormatFloatFixed(b *testing.B) {
	spec, _ := ParseSpec(".2f", "float")
	b.ReportAllocs()
	for b.Loop() {
		sinkString, _ = FormatFloat(3.14159, spec)
	}
}

func BenchmarkParseSpec(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseSpec("*^+10,.3f", "float")
	}
}
