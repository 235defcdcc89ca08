package vm

import (
	"fmt"
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"sort"
	"strings"
)

// unawaitedSite is where a coroutine object was made, for the warning if it never runs.
type unawaitedSite struct {
	seq   int
	name  string
	entry TraceEntry
	// origin is where the coroutine was made, when origin tracking is on (cr_origin).
	origin []*FrameInfo
}

// unawaitedSet holds the coroutine objects made but not yet run. The newest is kept apart
// from the map: nearly every coroutine is awaited right after it is made, so most come and
// go without touching the map.
type unawaitedSet struct {
	newest Value
	// The newest's site is kept as loose fields, made into an unawaitedSite only when a
	// newer one pushes it into older: noting and forgetting, once per await of
	// asyncio.sleep, then move a few words instead of a whole site.
	newestSeq    int
	newestName   string
	newestEntry  TraceEntry
	newestOrigin []*FrameInfo
	older        map[Value]unawaitedSite
	// shadowed holds the earlier sites of an object made again while older had it (the
	// shared object of asyncio.sleep(0)): each counts as one more coroutine not yet run.
	shadowed []shadowedSite
	seq      int
}

// shadowedSite is an entry of unawaitedSet.shadowed.
type shadowedSite struct {
	co   Value
	site unawaitedSite
}

// noteCoroutine remembers a new coroutine object and the instruction that made it.
func (th *Thread) noteCoroutine(g *Generator) {
	th.NoteBuiltinCoroutine(g, g.Func.QualName)
	if origin := th.coroutineOrigin(); origin != nil {
		origins.Put(g, origin)
		th.interp.unawaited.newestOrigin = origin
	}
}

// NoteBuiltinCoroutine remembers co, a coroutine object made by built-in code (asyncio.sleep's),
// as made by the running instruction: unless ForgetCoroutine is called for it, the program's end
// reports CPython's "coroutine 'name' was never awaited" warning for it.
func (th *Thread) NoteBuiltinCoroutine(co Value, name string) {
	u := &th.interp.unawaited
	if u.newest != nil {
		if u.older == nil {
			u.older = map[Value]unawaitedSite{}
		}
		if prev, dup := u.older[u.newest]; dup {
			u.shadowed = append(u.shadowed, shadowedSite{u.newest, prev})
		}
		u.older[u.newest] = u.newestSite()
	}
	u.seq++
	u.newest, u.newestSeq, u.newestName, u.newestOrigin = co, u.seq, name, nil
	u.newestEntry = TraceEntry{}
	if fr := th.frame; fr != nil {
		u.newestEntry = TraceEntry{Code: fr.code, PC: fr.pc - 1}
	}
}

// AwaitedAtOnce reports whether the result of the built-in call made with args is awaited by
// the very next instruction, so a coroutine it returns needs no never-awaited bookkeeping:
// args end on top of the running frame's stack (the call is that frame's own CALL, not one
// made by Go code with arguments of its own) and GET_AWAITABLE follows the call.
func (th *Thread) AwaitedAtOnce(args []Value) bool {
	fr := th.frame
	if fr == nil || len(args) == 0 {
		return false
	}
	top, instrs := fr.sp-1, fr.code.Instrs
	return uint(top) < uint(len(fr.slots)) && &args[len(args)-1] == &fr.slots[top] &&
		uint(fr.pc) < uint(len(instrs)) && bytecode.Opcode(instrs[fr.pc]&0xff) == bytecode.GET_AWAITABLE
}

// newestSite is the site of u.newest.
func (u *unawaitedSet) newestSite() unawaitedSite {
	return unawaitedSite{seq: u.newestSeq, name: u.newestName, entry: u.newestEntry, origin: u.newestOrigin}
}

// ForgetCoroutine forgets a coroutine object that has started running (or been handed to a
// task or another coroutine): it is not reported as never awaited.
func (in *Interp) ForgetCoroutine(co Value) {
	u := &in.unawaited
	if u.newest == co {
		u.newest = nil
		return
	}
	u.forgetOlder(co)
}

// forgetOlder is ForgetCoroutine for a coroutine other than the newest: kept apart so that
// ForgetCoroutine's common case inlines into its callers.
//
//go:noinline
func (u *unawaitedSet) forgetOlder(co Value) {
	if _, ok := u.older[co]; !ok {
		return
	}
	delete(u.older, co)
	for i := len(u.shadowed) - 1; i >= 0; i-- {
		if u.shadowed[i].co == co {
			u.older[co] = u.shadowed[i].site
			u.shadowed = append(u.shadowed[:i], u.shadowed[i+1:]...)
			break
		}
	}
}

// markAwaited forgets a coroutine that has started running (or been handed to a task).
func (g *Generator) markAwaited(in *Interp) {
	in.ForgetCoroutine(g)
}

// ReportUnawaited prints CPython's RuntimeWarning for every coroutine object that was made
// but never awaited, in the order they were made: called when a run ends, uncaught being
// the exception that ended it (nil for none). CPython warns when such an object is
// destroyed. One dropped at once (made by an expression statement), or made in a function
// that has returned, died long before the end: its warning, with the line that made it, is
// printed now, before any traceback. One still held at the end (by a module's global, or by
// a frame of the uncaught exception's traceback) dies only at shutdown: ReportUnawaitedAtExit
// prints its one-line "sys:1:" warning after everything else.
func (in *Interp) ReportUnawaited(uncaught *Exception) {
	u := &in.unawaited
	var list []unawaitedSite
	for _, site := range u.older {
		list = append(list, site)
	}
	for _, sh := range u.shadowed {
		list = append(list, sh.site)
	}
	if u.newest != nil {
		list = append(list, u.newestSite())
	}
	sort.Slice(list, func(i, j int) bool { return list[i].seq < list[j].seq })
	*u = unawaitedSet{seq: u.seq}
	// As CPython's warnings filter, a warning repeated at the same place is shown once.
	var b strings.Builder
	shown := map[string]bool{}
	for _, site := range list {
		e := site.entry
		if e.Code != nil && !heldAtExit(e, uncaught) {
			key := fmt.Sprintf("%s:%d:%s", e.Code.Filename, e.Code.Line(e.PC), site.name)
			if shown[key] {
				continue
			}
			shown[key] = true
		}
		if e.Code == nil {
			fmt.Fprintf(&b, "RuntimeWarning: coroutine '%s' was never awaited\n", site.name)
		} else if heldAtExit(e, uncaught) {
			in.unawaitedAtExit = append(in.unawaitedAtExit, site.name)
			continue
		} else {
			line := e.Code.Line(e.PC)
			fmt.Fprintf(&b, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", e.Code.Filename, line, site.name)
			if site.origin != nil {
				b.WriteString(in.formatOrigin(site.origin))
			}
			if src := strings.TrimSpace(in.SourceLine(e.Code.Filename, line)); src != "" {
				fmt.Fprintf(&b, "  %s\n", src)
			}
		}
		b.WriteString("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
	if b.Len() > 0 {
		in.WriteErr(b.String())
	}
}

// heldAtExit guesses whether the coroutine made at site is still referenced when the program
// ends: stored (in a variable or a container) by module code, or kept in any way by a
// function whose frame the uncaught exception's traceback holds. One dropped by the next
// instruction, or passed on by module code, or made by a function that has returned, is not.
func heldAtExit(site TraceEntry, uncaught *Exception) bool {
	code := site.Code
	next := bytecode.NOP
	if i := site.PC + 1; i < len(code.Instrs) {
		next = bytecode.Opcode(code.Instrs[i] & 0xff)
	}
	switch next {
	case bytecode.POP_TOP:
		return false
	case bytecode.STORE_NAME, bytecode.STORE_GLOBAL, bytecode.STORE_FAST, bytecode.STORE_DEREF, bytecode.STORE_ATTR,
		bytecode.STORE_SUBSCR, bytecode.BUILD_LIST, bytecode.BUILD_TUPLE, bytecode.BUILD_SET, bytecode.BUILD_MAP:
		if code.Flags&bytecode.FlagModule != 0 {
			return true
		}
	}
	if uncaught != nil {
		for _, e := range uncaught.Traceback {
			if e.Code == code {
				return true
			}
		}
	}
	return false
}

// ReportUnawaitedAtExit prints the warnings ReportUnawaited left for the program's end, as
// CPython prints them when its last objects are destroyed.
func (in *Interp) ReportUnawaitedAtExit() {
	var b strings.Builder
	shown := map[string]bool{}
	for _, name := range in.unawaitedAtExit {
		if !shown[name] {
			shown[name] = true
			fmt.Fprintf(&b, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", name)
		}
	}
	in.unawaitedAtExit = nil
	if b.Len() > 0 {
		in.WriteErr(b.String())
	}
}
