package vm

// CloseMainGenerators closes the generators still paused that a global of the module
// __main__ holds, in the order the globals were first set, as CPython does when it clears
// that module at exit: their finally blocks run, and what a close raises is reported as
// ignored. Generators reached only through other objects are left alone: when CPython frees
// those depends on what else refers to them. The CLI calls it once, at exit.
func (in *Interp) CloseMainGenerators() {
	m := in.modules["__main__"]
	if m == nil {
		return
	}
	th := in.main
	for _, name := range m.order {
		g, ok := m.slots[name].Value.(*Generator)
		if !ok || !g.isPlain() || !g.started || g.done || g.running || in.aborted.Load() != nil {
			continue
		}
		if err := g.close(th); err != nil {
			th.reportUnraisable(g, err, nil, 0)
		}
	}
}

// CloseDropped closes g, paused unfinished, as CPython does when it frees g: its finally
// blocks run, and what the close raises is reported as ignored ("Exception ignored in").
func (th *Thread) CloseDropped(g *Generator) {
	if !g.started || g.done || g.running || th.interp.aborted.Load() != nil {
		return
	}
	if err := g.close(th); err != nil {
		th.reportUnraisable(g, err, nil, 0)
	}
}
