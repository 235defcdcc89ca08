package stdlib

import (
	"os"
	"path/filepath"
	"time"
)

// entryKind is what a directory holds under a module's name.
type entryKind int

const (
	noEntry        entryKind = iota
	packageEntry             // NAME/__init__.py or NAME/__init__.as
	moduleEntry              // NAME.py or NAME.as
	namespaceEntry           // a directory NAME without __init__
)

// moduleSuffixes are the source files a module may be, in the order they are tried.
var moduleSuffixes = []string{".py", ".as"}

// dirCache remembers the listing of the directories imports search, as CPython's
// FileFinder does, so that importing costs one stat of the directory (to see whether it
// changed) rather than one per candidate file.
type dirCache map[string]*dirListing

// dirListing is one directory's entries when it was last read: names mapped to whether
// they are directories.
type dirListing struct {
	modTime time.Time
	entries map[string]bool
}

// listing returns the entries of dir, read again when the directory changed.
func (c dirCache) listing(dir string) map[string]bool {
	st, err := os.Stat(dir)
	if err != nil {
		delete(c, dir)
		return nil
	}
	if l, ok := c[dir]; ok && l.modTime.Equal(st.ModTime()) {
		return l.entries
	}
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	entries := make(map[string]bool, len(des))
	for _, de := range des {
		isDir := de.IsDir()
		if de.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(dir, de.Name())); err == nil {
				isDir = st.IsDir()
			}
		}
		entries[de.Name()] = isDir
	}
	c[dir] = &dirListing{modTime: st.ModTime(), entries: entries}
	return entries
}

// find looks for the module name in dir, returning what it is and its source file.
func (c dirCache) find(dir, name string) (entryKind, string) {
	entries := c.listing(dir)
	isDir := entries[name]
	if isDir {
		for _, suffix := range moduleSuffixes {
			init := filepath.Join(dir, name, "__init__"+suffix)
			if st, err := os.Stat(init); err == nil && st.Mode().IsRegular() {
				return packageEntry, init
			}
		}
	}
	// A module file wins over a directory without __init__ (a namespace portion).
	for _, suffix := range moduleSuffixes {
		if d, ok := entries[name+suffix]; ok && !d {
			return moduleEntry, filepath.Join(dir, name+suffix)
		}
	}
	if isDir {
		return namespaceEntry, ""
	}
	return noEntry, ""
}
