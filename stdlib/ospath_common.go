package stdlib

import (
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// addPathConstants sets posixpath's constants.
func addPathConstants(m *vm.Module) {
	for name, v := range map[string]vm.Value{"curdir": vm.Str("."), "pardir": vm.Str(".."), "extsep": vm.Str("."),
		"altsep": vm.None, "pathsep": vm.Str(":"), "defpath": vm.Str("/bin:/usr/bin"), "devnull": vm.Str("/dev/null")} {
		m.Set(name, v)
	}
}

// pathList reads the iterable of paths commonprefix and commonpath take.
func pathList(th *vm.Thread, v vm.Value) ([]string, error) {
	var paths []string
	err := vm.Iterate(th, v, func(it vm.Value) error {
		p, err := pathArg(th, it)
		paths = append(paths, p)
		return err
	})
	return paths, err
}

// commonPrefixOf is the longest common prefix of the smallest and the largest path, character
// by character: os.path.commonprefix, which is not limited to whole components.
func commonPrefixOf(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	lo, hi := paths[0], paths[0]
	for _, p := range paths[1:] {
		lo, hi = min(lo, p), max(hi, p)
	}
	for i := 0; i < len(lo); i++ {
		if i >= len(hi) || lo[i] != hi[i] {
			// Back up to the start of the character the two differ in.
			for i > 0 && lo[i]&0xC0 == 0x80 {
				i--
			}
			return lo[:i]
		}
	}
	return lo
}

// pathCommonPrefix is os.path.commonprefix(m).
func pathCommonPrefix(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	paths, err := pathList(th, a[0])
	if err != nil {
		return nil, err
	}
	return vm.Str(commonPrefixOf(paths)), nil
}

// pathComponents splits p at slashes, dropping empty and "." components.
func pathComponents(p string) []string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c != "" && c != "." {
			out = append(out, c)
		}
	}
	return out
}

// pathCommonPath is os.path.commonpath(paths): the longest common sub-path, by whole components.
func pathCommonPath(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	paths, err := pathList(th, a[0])
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, vm.Errorf(vm.ValueError, "commonpath() arg is an empty sequence")
	}
	abs := strings.HasPrefix(paths[0], "/")
	var lo, hi []string
	for i, p := range paths {
		if strings.HasPrefix(p, "/") != abs {
			return nil, vm.Errorf(vm.ValueError, "Can't mix absolute and relative paths")
		}
		c := pathComponents(p)
		if i == 0 || lessStrings(c, lo) {
			lo = c
		}
		if i == 0 || lessStrings(hi, c) {
			hi = c
		}
	}
	common := lo
	for i, c := range lo {
		if c != hi[i] {
			common = lo[:i]
			break
		}
	}
	prefix := ""
	if abs {
		prefix = "/"
	}
	return vm.Str(prefix + strings.Join(common, "/")), nil
}

// lessStrings compares two lists of strings as Python compares lists.
func lessStrings(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

// relPath is os.path.relpath for two absolute, normalised paths.
func relPath(path, start string) string {
	to, from := pathComponents(path), pathComponents(start)
	i := 0
	for i < len(to) && i < len(from) && to[i] == from[i] {
		i++
	}
	var rel []string
	for range from[i:] {
		rel = append(rel, "..")
	}
	rel = append(rel, to[i:]...)
	if len(rel) == 0 {
		return "."
	}
	return strings.Join(rel, "/")
}
