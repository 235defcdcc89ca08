package trace

import (
	"math"
	"sort"
	"strconv"

	"github.com/asyncscript/asyncscript/stdlib/asyncio"
)

// timeline is a run laid out for drawing: a lane per task and per worker thread, the
// wake-ups between them and the loop's counters. Both writers draw from it.
type timeline struct {
	Tasks    []*lane   `json:"tasks"`
	Threads  []*lane   `json:"threads"`
	Flows    []flow    `json:"flows"`
	Counters []counter `json:"counters"`
	// End is the time of the last event.
	End int64 `json:"end"`
}

// lane is the life of a task (or the calls of a worker thread).
type lane struct {
	ID      int     `json:"id"`
	Name    string  `json:"name"`
	Coro    string  `json:"coro,omitempty"`
	Start   int64   `json:"start"`
	End     int64   `json:"end"`
	Outcome string  `json:"outcome"`
	Slices  []slice `json:"slices"`
	Marks   []mark  `json:"marks"`
	// open is the slice in progress (a step, a wait or a call), nil between them.
	open *slice
}

// slice is a stretch of a lane: a step ("run"), an await ("wait") or a worker's call.
type slice struct {
	Start int64             `json:"start"`
	Dur   int64             `json:"dur"`
	Kind  string            `json:"kind"`
	Name  string            `json:"name"`
	Args  map[string]string `json:"args,omitempty"`
	// Long marks one of the longest waits of the run.
	Long bool `json:"long,omitempty"`
}

// mark is an instant of a lane: created, cancel requested, finished.
type mark struct {
	TS   int64             `json:"ts"`
	Name string            `json:"name"`
	Args map[string]string `json:"args,omitempty"`
}

// flow is a wake-up: the step (or worker call) at From completed the future the step at
// To was waiting for. Lanes are named by tid (see tid).
type flow struct {
	ID     int   `json:"id"`
	From   int   `json:"from"`
	FromTS int64 `json:"fromTs"`
	To     int   `json:"to"`
	ToTS   int64 `json:"toTs"`
}

// counter is the loop's state at the start of an iteration.
type counter struct {
	TS      int64 `json:"ts"`
	Ready   int   `json:"ready"`
	Pending int   `json:"pending"`
}

// threadTID is the first tid of worker threads; tasks have tids 1, 2, ...
const threadTID = 1000000

// longestWaits is how many waits the picture highlights.
const longestWaits = 5

// builder turns the events into a timeline.
type builder struct {
	t timeline
	// last is the latest time given out: times never go back, and steps at one loop time
	// are laid end to end.
	last int64
	// wakes holds each woken task's wake-up until its next step begins.
	wakes map[int]flow
}

func micros(s float64) int64 { return int64(math.Round(s * 1e6)) }

// at is the time of an event: its loop time, or later if events before it were given later.
func (b *builder) at(e asyncio.TraceEvent) int64 {
	ts := max(micros(e.Time), b.last)
	b.last = ts
	return ts
}

// after is the end of a slice: its loop time, but after everything inside it.
func (b *builder) after(e asyncio.TraceEvent) int64 {
	ts := max(micros(e.Time), b.last+1)
	b.last = ts
	return ts
}

func (b *builder) task(id int) *lane {
	for len(b.t.Tasks) < id {
		n := len(b.t.Tasks) + 1
		b.t.Tasks = append(b.t.Tasks, &lane{ID: n, Name: "Task-?" + strconv.Itoa(n), Outcome: "pending"})
	}
	return b.t.Tasks[id-1]
}

func (b *builder) thread(n int) *lane {
	for len(b.t.Threads) < n {
		k := len(b.t.Threads) + 1
		b.t.Threads = append(b.t.Threads, &lane{ID: threadTID + k, Name: "worker thread " + strconv.Itoa(k), Outcome: "thread"})
	}
	return b.t.Threads[n-1]
}

// closeOpen ends the lane's slice in progress at ts.
func (l *lane) closeOpen(ts int64) {
	if l.open == nil {
		return
	}
	l.open.Dur = max(ts-l.open.Start, 0)
	l.Slices = append(l.Slices, *l.open)
	l.open = nil
}

func (b *builder) nameOf(id int) string {
	if id <= 0 || id > len(b.t.Tasks) {
		return ""
	}
	return b.t.Tasks[id-1].Name
}

func where(coro string, line int) string {
	if line == 0 {
		return coro + " (start)"
	}
	return coro + ":" + strconv.Itoa(line)
}

// build lays out the recorded events.
func build(events []asyncio.TraceEvent) *timeline {
	b := &builder{wakes: map[int]flow{}}
	for _, e := range events {
		b.add(e)
	}
	for _, l := range b.t.Tasks {
		if l.open != nil {
			l.open.Args = withArg(l.open.Args, "until", "the end of the trace")
			l.closeOpen(b.last)
			l.End = b.last
		}
	}
	for _, l := range b.t.Threads {
		l.closeOpen(b.last)
	}
	b.t.End = b.last
	b.markLongestWaits()
	return &b.t
}

func withArg(args map[string]string, k, v string) map[string]string {
	if args == nil {
		args = map[string]string{}
	}
	args[k] = v
	return args
}

func (b *builder) add(e asyncio.TraceEvent) {
	switch e.Kind {
	case asyncio.TraceCreate:
		l := b.task(e.Task)
		l.Name, l.Coro, l.Start = e.Name, e.Coro, b.at(e)
		m := mark{TS: l.Start, Name: "create"}
		if by := b.nameOf(e.Other); by != "" {
			m.Args = map[string]string{"by": by}
		}
		l.Marks = append(l.Marks, m)
	case asyncio.TraceStep:
		l := b.task(e.Task)
		if e.Name != "" {
			l.Name = e.Name
		}
		ts := b.at(e)
		l.closeOpen(ts)
		l.open = &slice{Start: ts, Kind: "run", Name: l.Coro, Args: map[string]string{"resumed": where(e.Coro, e.Line)}}
		if f, ok := b.wakes[e.Task]; ok {
			delete(b.wakes, e.Task)
			f.To, f.ToTS = e.Task, ts
			b.t.Flows = append(b.t.Flows, f)
		}
	case asyncio.TraceSuspend, asyncio.TraceFinish:
		b.endStep(e)
	case asyncio.TraceWake:
		ts := b.at(e)
		f := flow{ID: len(b.t.Flows) + len(b.wakes) + 1, FromTS: ts}
		switch {
		case e.Thread > 0:
			th := b.thread(e.Thread)
			f.From = th.ID
			if n := len(th.Slices); n > 0 {
				f.FromTS = th.Slices[n-1].Start + th.Slices[n-1].Dur - 1
			}
		case e.Other > 0:
			f.From = e.Other
		default:
			return // woken by a timer or a callback: there is no step to draw it from
		}
		b.wakes[e.Task] = f
	case asyncio.TraceCancel:
		args := map[string]string{}
		if e.Label != "" {
			args["msg"] = e.Label
		}
		if by := b.nameOf(e.Other); by != "" {
			args["by"] = by
		}
		l := b.task(e.Task)
		l.Marks = append(l.Marks, mark{TS: b.at(e), Name: "cancel", Args: args})
	case asyncio.TraceThreadStart:
		th := b.thread(e.Thread)
		th.open = &slice{Start: b.at(e), Kind: "call", Name: e.Label}
		if by := b.nameOf(e.Other); by != "" {
			th.open.Args = map[string]string{"for": by}
		}
	case asyncio.TraceThreadEnd:
		b.thread(e.Thread).closeOpen(b.after(e))
	case asyncio.TraceCounters:
		b.t.Counters = append(b.t.Counters, counter{TS: b.at(e), Ready: e.Ready, Pending: e.Pending})
	}
}

// endStep closes a step: the task now waits on something, or it has finished.
func (b *builder) endStep(e asyncio.TraceEvent) {
	l := b.task(e.Task)
	ts := b.after(e)
	if l.open != nil {
		if e.Kind == asyncio.TraceFinish {
			l.open.Args["outcome"] = e.Label
		} else {
			l.open.Args["suspended"] = where(e.Coro, e.Line)
			l.open.Args["awaits"] = e.Label
		}
	}
	l.closeOpen(ts)
	if e.Kind == asyncio.TraceFinish {
		l.End, l.Outcome = ts, e.Label
		name := e.Label
		if len(name) > 6 && name[:6] == "failed" {
			name = "failed"
		}
		l.Marks = append(l.Marks, mark{TS: ts, Name: name, Args: map[string]string{"outcome": e.Label}})
		return
	}
	l.open = &slice{Start: ts, Kind: "wait", Name: "await " + e.Label, Args: map[string]string{"at": where(e.Coro, e.Line)}}
}

// markLongestWaits flags the longest waits of the run (among equals, those of earlier lanes).
func (b *builder) markLongestWaits() {
	type ref struct{ lane, i int }
	var waits []ref
	for li, l := range b.t.Tasks {
		for i, s := range l.Slices {
			if s.Kind == "wait" && s.Dur > 0 {
				waits = append(waits, ref{li, i})
			}
		}
	}
	dur := func(r ref) int64 { return b.t.Tasks[r.lane].Slices[r.i].Dur }
	sort.SliceStable(waits, func(i, j int) bool { return dur(waits[i]) > dur(waits[j]) })
	for _, r := range waits[:min(longestWaits, len(waits))] {
		b.t.Tasks[r.lane].Slices[r.i].Long = true
	}
}
