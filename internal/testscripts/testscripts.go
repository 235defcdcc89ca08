// Package testscripts gives tests the repository's scripts: the golden scripts, which are
// the seed corpus of the fuzz targets of several packages, and other source files by
// pattern, such as the bench programs.
package testscripts

import (
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Golden returns the source of every golden script (scripts/**/*.as).
func Golden(tb testing.TB) [][]byte {
	_, here, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(here), "..", "..", "scripts")
	var srcs [][]byte
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".as") {
			return err
		}
		src, err := os.ReadFile(path)
		srcs = append(srcs, src)
		return err
	})
	if err != nil || len(srcs) == 0 {
		tb.Fatalf("reading the golden scripts: %v (%d found)", err, len(srcs))
	}
	return srcs
}

// Seeds returns a fuzz target's seed corpus: every golden script, then the target's own
// snippets.
func Seeds(tb testing.TB, snippets []string) [][]byte {
	srcs := Golden(tb)
	for _, s := range snippets {
		srcs = append(srcs, []byte(s))
	}
	return srcs
}

// Fuzzing reports whether the test binary runs with -fuzz: fuzz targets add the large seed
// corpus only then, since plain `go test` checks the seeds in ordinary tests.
func Fuzzing() bool {
	fl := flag.Lookup("test.fuzz")
	return fl != nil && fl.Value.String() != ""
}

// fuzzSeedMax is the size of the largest golden script Fuzz gives a fuzz target.
// The whole seed corpus runs again, coverage-instrumented, before -fuzz mutates anything,
// and that counts toward -fuzztime: with all ~800 golden scripts FuzzRun spent CI's 20 s on
// it and never fuzzed. The small scripts (about a quarter) are also the better seeds, since
// mutations change a small input proportionally more; every golden script stays a seed of
// the plain `go test` checks (Seeds).
const fuzzSeedMax = 600

// fuzzSeeds is what a snippet target's fuzzing starts from: the golden scripts of at most
// fuzzSeedMax bytes, then the snippets.
func fuzzSeeds(tb testing.TB, snippets []string) [][]byte {
	var srcs [][]byte
	for _, src := range Golden(tb) {
		if len(src) <= fuzzSeedMax {
			srcs = append(srcs, src)
		}
	}
	for _, s := range snippets {
		srcs = append(srcs, []byte(s))
	}
	return srcs
}
