package parser

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// maxBytesPerItem bounds what parsing a long list literal allocates per item (tokens, the
// participle token copy, the tree and their garbage; about 1.25 KB today). The peak RSS of
// `x = [0, 1, ...]` with a million items follows it: asyncscript 1.13 GB against CPython's
// 0.83 GB (bench/README.md; the command's collector policy is in cmd/asyncscript/gcpolicy.go),
// so a parser that allocated much more would break the 1.5x bound.
const maxBytesPerItem = 1600

// TestBigListLiteralAllocations parses a 100,000-item list literal and checks the bytes it
// allocated per item against maxBytesPerItem.
func TestBigListLiteralAllocations(t *testing.T) {
	const items = 100_000
	var b strings.Builder
	b.WriteString("x = [")
	for i := range items {
		b.WriteString(strconv.Itoa(i) + ", ")
	}
	b.WriteString("]\n")
	src := []byte(b.String())
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	mod, err := Parse("big.py", src)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(mod)
	perItem := (after.TotalAlloc - before.TotalAlloc) / items
	t.Logf("%d bytes allocated per item", perItem)
	if perItem > maxBytesPerItem {
		t.Errorf("parsing a %d-item list literal allocated %d bytes per item, more than %d", items, perItem, maxBytesPerItem)
	}
}
