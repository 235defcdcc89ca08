package vm

import (
	"fmt"
	"strings"
)

// Coroutine origin tracking (sys.set_coroutine_origin_tracking_depth, which asyncio's debug
// mode turns on): a coroutine made while the depth is above 0 records the frames that made
// it, innermost first, as cr_origin's tuple of (filename, lineno, function name); its
// never-awaited warning then lists them. Frames tracebacks leave out (asyncio's own) are
// left out here too, so the tuple holds the script's frames only, where CPython's also has
// those of its Lib/asyncio files.

// SetCoroutineOriginDepth is sys.set_coroutine_origin_tracking_depth(depth).
func (in *Interp) SetCoroutineOriginDepth(depth int) error {
	if depth < 0 {
		return Errorf(ValueError, "depth must be >= 0")
	}
	in.originDepth = depth
	return nil
}

// CoroutineOriginDepth is sys.get_coroutine_origin_tracking_depth().
func (in *Interp) CoroutineOriginDepth() int { return in.originDepth }

// coroutineOrigin is where a coroutine the thread makes now comes from, innermost frame
// first; nil when tracking is off.
func (th *Thread) coroutineOrigin() []*FrameInfo {
	depth := th.interp.originDepth
	if depth == 0 {
		return nil
	}
	stack := th.CurrentStack()
	origin := []*FrameInfo{}
	for i := len(stack) - 1; i >= 0 && len(origin) < depth; i-- {
		if f := stack[i]; !th.interp.HiddenFromTracebacks(f.Code.Filename) {
			origin = append(origin, f)
		}
	}
	return origin
}

// originTuple is cr_origin's form of an origin: ((filename, lineno, name), ...).
func originTuple(origin []*FrameInfo) Tuple {
	t := make(Tuple, len(origin))
	for i, f := range origin {
		t[i] = Tuple{Str(f.Code.Filename), MakeInt(int64(f.Line)), Str(f.Code.Name)}
	}
	return t
}

// formatOrigin is the part of the never-awaited warning that lists where the coroutine was
// made, outermost first, as CPython's: "Coroutine created at (most recent call last)" and a
// traceback's File lines with their source.
func (in *Interp) formatOrigin(origin []*FrameInfo) string {
	var b strings.Builder
	b.WriteString("Coroutine created at (most recent call last)\n")
	for i := len(origin) - 1; i >= 0; i-- {
		f := origin[i]
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.Code.Filename, f.Line, f.Code.Name)
		if src := strings.TrimSpace(in.SourceLine(f.Code.Filename, f.Line)); src != "" {
			fmt.Fprintf(&b, "    %s\n", src)
		}
	}
	return b.String()
}

// origins holds the cr_origin of coroutines made while tracking was on.
var origins WeakTable[Generator, []*FrameInfo]

// origin is g's cr_origin: None unless it was made while tracking was on.
func (g *Generator) origin() Value {
	if o, ok := origins.Get(g); ok {
		return originTuple(o)
	}
	return None
}
