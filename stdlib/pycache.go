package stdlib

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// The code cache keeps the compiled code of the modules of lib/ in the user's cache directory
// (os.UserCacheDir()/asyncscript), so that an import decodes it instead of parsing and compiling
// the source again, as CPython keeps .pyc files. An entry's name is a hash of the module's source
// and of the exact build of the interpreter, so a changed module or a different interpreter
// never reads a stale entry. A build that cannot name its exact source (a development build
// with uncommitted changes or without VCS stamping, or a test binary) does not use the cache
// at all. Every failure (no cache directory, a read-only one, a damaged entry) just means
// compiling from source.

// linkVersion names the interpreter build when the linker sets it, for builds without VCS
// stamping: go build -ldflags "-X github.com/asyncscript/asyncscript/stdlib.linkVersion=ID".
var linkVersion string

// buildVersion identifies this build of the interpreter, or is "" when it cannot be identified
// exactly.
var buildVersion = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	if linkVersion != "" {
		return info.GoVersion + " " + linkVersion
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return info.GoVersion + " " + v
	}
	var rev string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value
		case s.Key == "vcs.modified" && s.Value != "false":
			return ""
		}
	}
	if rev == "" {
		return ""
	}
	return info.GoVersion + " " + rev
})

// codeCache is a directory of compiled modules for one interpreter build.
type codeCache struct {
	dir     string
	version string
}

// defaultCache returns the user's code cache, or nil when caching is off.
func defaultCache() *codeCache {
	v := buildVersion()
	dir, err := os.UserCacheDir()
	if v == "" || err != nil {
		return nil
	}
	return &codeCache{dir: filepath.Join(dir, "asyncscript"), version: v}
}

// path returns the file holding the code compiled from src under filename.
func (c *codeCache) path(filename string, src []byte) string {
	h := sha256.New()
	for _, part := range [][]byte{[]byte(c.version), []byte(filename), src} {
		h.Write(part)
		h.Write([]byte{0})
	}
	return filepath.Join(c.dir, hex.EncodeToString(h.Sum(nil)[:16])+".code")
}

// load returns the cached code for src, or nil.
func (c *codeCache) load(filename string, src []byte) *bytecode.Code {
	data, err := os.ReadFile(c.path(filename, src))
	if err != nil {
		return nil
	}
	code, err := bytecode.Unmarshal(data)
	if err != nil {
		return nil
	}
	return code
}

// store saves code compiled from src, if it can: it is written to a temporary file that is
// then renamed, so that a concurrent reader never sees half an entry.
func (c *codeCache) store(filename string, src []byte, code *bytecode.Code) {
	data, err := bytecode.Marshal(code)
	if err != nil || os.MkdirAll(c.dir, 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(c.dir, "tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil && cerr == nil {
		err = os.Rename(tmp.Name(), c.path(filename, src))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}
