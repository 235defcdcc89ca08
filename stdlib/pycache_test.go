package stdlib

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// cacheSources are every module of lib/ and a snippet with every kind of constant.
func cacheSources(t *testing.T) map[string][]byte {
	srcs := map[string][]byte{"consts.py": []byte("def f(*a, **k):\n    'doc'\n    return a, k\n" +
		"x = (None, True, 1.5, -0.0, 'a', b'b', ..., 10**30, -7, f(1, key=2), f'{x!r:>3}')\n" +
		"match x:\n    case [1, *r] | {'k': _, **r} | C(_, b=[r, 2]): pass\n")}
	entries, err := pyModules.ReadDir("lib")
	require.NoError(t, err)
	for _, e := range entries {
		src, err := pyModules.ReadFile(path.Join("lib", e.Name()))
		require.NoError(t, err)
		srcs[e.Name()] = src
	}
	return srcs
}

// TestCodeCacheRoundTrip checks that code read back from the cache is the code compiled.
func TestCodeCacheRoundTrip(t *testing.T) {
	cache := &codeCache{dir: filepath.Join(t.TempDir(), "asyncscript"), version: "test"}
	for name, src := range cacheSources(t) {
		tree, err := parser.Parse(name, src)
		require.NoError(t, err, name)
		want, err := compiler.Compile(tree)
		require.NoError(t, err, name)
		assert.Nil(t, cache.load(name, src), "%s: cached before it was stored", name)
		got, err := compileModule(cache, name, src)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
		got = cache.load(name, src)
		require.NotNil(t, got, "%s: not cached", name)
		assert.Equal(t, want, got, name)
	}
}

// TestCodeCacheInvalid checks that a changed source, another interpreter build or a damaged
// entry never yields cached code, and that an unusable cache directory only means compiling.
func TestCodeCacheInvalid(t *testing.T) {
	dir := t.TempDir()
	cache := &codeCache{dir: dir, version: "v1"}
	src := []byte("x = 1\n")
	_, err := compileModule(cache, "m.py", src)
	require.NoError(t, err)
	require.NotNil(t, cache.load("m.py", src))
	assert.Nil(t, cache.load("m.py", []byte("x = 2\n")), "changed source")
	assert.Nil(t, (&codeCache{dir: dir, version: "v2"}).load("m.py", src), "other build")

	require.NoError(t, os.WriteFile(cache.path("m.py", src), []byte("damaged"), 0o644))
	assert.Nil(t, cache.load("m.py", src), "damaged entry")
	code, err := compileModule(cache, "m.py", src)
	require.NoError(t, err)
	assert.NotNil(t, code)
	assert.NotNil(t, cache.load("m.py", src), "a damaged entry is replaced")

	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	unusable := &codeCache{dir: filepath.Join(file, "asyncscript"), version: "v1"}
	code, err = compileModule(unusable, "m.py", src)
	require.NoError(t, err)
	assert.NotNil(t, code)
	assert.Nil(t, unusable.load("m.py", src))
}

// TestCodeCacheDamaged checks that a truncated entry, or one with a byte changed anywhere,
// is a cache miss.
func TestCodeCacheDamaged(t *testing.T) {
	cache := &codeCache{dir: t.TempDir(), version: "v1"}
	src := []byte("def f(x):\n    return x + 1\n" + strings.Repeat("y = f(2)\n", 50))
	_, err := compileModule(cache, "m.py", src)
	require.NoError(t, err)
	entry := cache.path("m.py", src)
	data, err := os.ReadFile(entry)
	require.NoError(t, err)
	for i := 0; i < len(data); i += 1 + len(data)/64 {
		require.NoError(t, os.WriteFile(entry, data[:i], 0o644))
		assert.Nil(t, cache.load("m.py", src), "truncated to %d bytes", i)
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x20
		require.NoError(t, os.WriteFile(entry, bad, 0o644))
		assert.Nil(t, cache.load("m.py", src), "byte %d changed", i)
	}
}
