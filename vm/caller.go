package vm

// CallerModuleName is the __name__ of the module whose code runs depth Python frames out
// from the innermost one (0 is the innermost), as sys._getframe(depth).f_globals['__name__']
// gives in CPython. It reports false when the chain of frames is shorter than that or is
// broken by a call through Go, where the caller cannot be seen.
func (th *Thread) CallerModuleName(depth int) (string, bool) {
	fr := th.frame
	for ; fr != nil && depth > 0; depth-- {
		fr = fr.parent
	}
	if fr == nil || fr.globals == nil {
		return "", false
	}
	return fr.globals.Name, true
}
