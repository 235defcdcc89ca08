// Package trace records what asyncio's event loop did during a run and writes it as a
// timeline: Chrome trace-event JSON (what Perfetto and chrome://tracing open) or a
// self-contained HTML page. A Recorder is an asyncio.Tracer: hand it to the interpreter
// (asyncscript.Options.Tracer, or asyncio.SetTracer), run the program, then write it.
//
// Times are the loop's time in microseconds. Steps that run at the same loop time (a
// virtual clock does not move while code runs) are laid end to end, each at least one
// microsecond long, so the order of events shows; the file of a run under the virtual clock
// is therefore the same on every run.
package trace
