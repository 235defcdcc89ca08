package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDocsSeedsListEveryScript keeps docs/seeds.md true to scripts/seeds/: every script there
// is listed, and every script listed is there.
func TestDocsSeedsListEveryScript(t *testing.T) {
	doc, err := os.ReadFile("../../docs/seeds.md")
	require.NoError(t, err)
	named := map[string]bool{}
	for _, m := range regexp.MustCompile("`(seed\\d{3}_\\w+\\.as)`").FindAllStringSubmatch(string(doc), -1) {
		named[m[1]] = true
	}
	paths, err := filepath.Glob("../../scripts/seeds/*.as")
	require.NoError(t, err)
	var have, listed []string
	for _, p := range paths {
		have = append(have, filepath.Base(p))
	}
	for name := range named {
		listed = append(listed, name)
	}
	sort.Strings(listed)
	assert.Equal(t, have, listed, "the scripts docs/seeds.md names, and those in scripts/seeds/")
}
