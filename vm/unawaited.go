package vm

import (
	"fmt"
	"sort"
	"strings"
)

// unawaitedSite is where a coroutine object was made, for the warning if it never runs.
type unawaitedSite struct {
	seq   int
	entry TraceEntry
}

// noteCoroutine remembers a new coroutine object and the instruction that made it.
func (th *Thread) noteCoroutine(g *Generator) {
	in := th.interp
	if in.unawaited == nil {
		in.unawaited = map[*Generator]unawaitedSite{}
	}
	in.coroutineSeq++
	site := unawaitedSite{seq: in.coroutineSeq}
	if fr := th.frame; fr != nil {
		site.entry = TraceEntry{Code: fr.code, PC: fr.pc - 1}
	}
	if origin := th.coroutineOrigin(); origin != nil {
		origins.Put(g, origin)
	}
	in.unawaited[g] = site
}

// markAwaited forgets a coroutine that has started running (or been handed to a task).
func (g *Generator) markAwaited(in *Interp) {
	delete(in.unawaited, g)
}

// ReportUnawaited prints CPython's RuntimeWarning for every coroutine object that was made
// but never awaited, in the order they were made. CPython prints it when such an object is
// destroyed; asyncscript prints them all when the program ends.
func (in *Interp) ReportUnawaited() {
	type pending struct {
		g    *Generator
		site unawaitedSite
	}
	var list []pending
	for g, site := range in.unawaited {
		list = append(list, pending{g, site})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].site.seq < list[j].site.seq })
	in.unawaited = nil
	var b strings.Builder
	for _, p := range list {
		name := p.g.Func.QualName
		var where, src string
		if e := p.site.entry; e.Code != nil {
			line := e.Code.Line(e.PC)
			where = fmt.Sprintf("%s:%d: ", e.Code.Filename, line)
			src = strings.TrimSpace(in.SourceLine(e.Code.Filename, line))
		}
		fmt.Fprintf(&b, "%sRuntimeWarning: coroutine '%s' was never awaited\n", where, name)
		if origin, ok := origins.Get(p.g); ok {
			b.WriteString(in.formatOrigin(origin))
		}
		if src != "" {
			fmt.Fprintf(&b, "  %s\n", src)
		}
		b.WriteString("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
	if b.Len() > 0 {
		in.WriteErr(b.String())
	}
}
