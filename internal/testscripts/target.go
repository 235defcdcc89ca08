package testscripts

import "testing"

// Target is a fuzz target with its seed corpus. Fuzz runs it under the fuzzing engine and
// CheckSeeds runs the seeds through the same check in plain `go test`, so the large corpus
// is handed to the engine only with -fuzz.
type Target struct {
	// Seeds returns the seed corpus.
	Seeds func(tb testing.TB) [][]byte
	// FuzzSeeds, if set, returns the part of the corpus fuzzing starts from (the whole
	// corpus is run again before -fuzz mutates anything, and counts toward -fuzztime).
	FuzzSeeds func(tb testing.TB) [][]byte
	// Check fails t when input breaks what the target guards.
	Check func(t *testing.T, input []byte)
}

// SnippetTarget is a Target whose seeds are every golden script and then snippets; its
// fuzzing starts from the small golden scripts and the snippets.
func SnippetTarget(snippets []string, check func(t *testing.T, input []byte)) Target {
	return Target{
		Seeds:     func(tb testing.TB) [][]byte { return Seeds(tb, snippets) },
		FuzzSeeds: func(tb testing.TB) [][]byte { return fuzzSeeds(tb, snippets) },
		Check:     check,
	}
}

// Fuzz makes the target f's fuzz function, adding the seeds when the binary runs with -fuzz.
func (tg Target) Fuzz(f *testing.F) {
	if Fuzzing() {
		seeds := tg.Seeds
		if tg.FuzzSeeds != nil {
			seeds = tg.FuzzSeeds
		}
		for _, seed := range seeds(f) {
			f.Add(seed)
		}
	}
	f.Fuzz(tg.Check)
}

// CheckSeeds runs the check on every seed; with -short, only on what fuzzing starts from
// (FuzzSeeds), when the target has that smaller set: the golden tests run every script anyway.
func (tg Target) CheckSeeds(t *testing.T) {
	seeds := tg.Seeds
	if testing.Short() && tg.FuzzSeeds != nil {
		t.Log("-short: checking only the seeds fuzzing starts from")
		seeds = tg.FuzzSeeds
	}
	for _, seed := range seeds(t) {
		tg.Check(t, seed)
	}
}
