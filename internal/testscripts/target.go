package testscripts

import "testing"

// Target is a fuzz target with its seed corpus. Fuzz runs it under the fuzzing engine and
// CheckSeeds runs the seeds through the same check in plain `go test`, so the large corpus
// is handed to the engine only with -fuzz.
type Target struct {
	// Seeds returns the seed corpus.
	Seeds func(tb testing.TB) [][]byte
	// Check fails t when input breaks what the target guards.
	Check func(t *testing.T, input []byte)
}

// SnippetTarget is a Target whose seeds are every golden script and then snippets.
func SnippetTarget(snippets []string, check func(t *testing.T, input []byte)) Target {
	return Target{Seeds: func(tb testing.TB) [][]byte { return Seeds(tb, snippets) }, Check: check}
}

// Fuzz makes the target f's fuzz function, adding the seeds when the binary runs with -fuzz.
func (tg Target) Fuzz(f *testing.F) {
	if Fuzzing() {
		for _, seed := range tg.Seeds(f) {
			f.Add(seed)
		}
	}
	f.Fuzz(tg.Check)
}

// CheckSeeds runs the check on every seed.
func (tg Target) CheckSeeds(t *testing.T) {
	for _, seed := range tg.Seeds(t) {
		tg.Check(t, seed)
	}
}
