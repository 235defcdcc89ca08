package trace

import (
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

// Recorder keeps the events of a run in memory, to be written when the run is over.
type Recorder struct {
	events []asyncio.TraceEvent
}

// NewRecorder makes an empty recorder.
func NewRecorder() *Recorder { return &Recorder{} }

// Trace implements asyncio.Tracer.
func (r *Recorder) Trace(e asyncio.TraceEvent) { r.events = append(r.events, e) }

// Len is the number of events recorded.
func (r *Recorder) Len() int { return len(r.events) }
