package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A script imports the modules beside it (helpers.py, here with a circular import between two
// of them) as python3 does; testdata/multifile/main.out is what python3 prints for it. It runs
// from another directory, so the modules are found next to the script, not in the working
// directory.
func TestImportModulesNextToTheScript(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "multifile", "main.out"))
	require.NoError(t, err)
	status, out, errOut := run(t, "testdata", "", filepath.Join("multifile", "main.as"))
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, string(want), out)

	status, _, errOut = run(t, "testdata", "", "-c", "import helpers")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "ModuleNotFoundError: No module named 'helpers'", "-c looks in the working directory only")
}
