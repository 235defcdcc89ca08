package testscripts

import (
	"io/fs"
	"path"
	"strings"
	"testing"
)

// File is a source file a test or benchmark reads.
type File struct {
	// Name is the file's name without its directory and extension, a name for a subtest.
	Name string
	// Path is where the file is in its file system.
	Path string
	// Src is the file's text.
	Src []byte
}

// Files reads the files of fsys that match pattern (see fs.Glob), failing tb when there are
// none or one cannot be read.
func Files(tb testing.TB, fsys fs.FS, pattern string) []File {
	tb.Helper()
	paths, err := fs.Glob(fsys, pattern)
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no files match %s: %v", pattern, err)
	}
	files := make([]File, len(paths))
	for i, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			tb.Fatal(err)
		}
		base := path.Base(p)
		files[i] = File{Name: strings.TrimSuffix(base, path.Ext(base)), Path: p, Src: src}
	}
	return files
}
