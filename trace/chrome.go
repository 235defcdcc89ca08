package trace

import (
	"bufio"
	"encoding/json"
	"io"
)

// chromeEvent is one record of the Chrome trace-event format. Fields are written in this
// order and args (a map) with sorted keys, so equal runs give equal files.
type chromeEvent struct {
	Name string         `json:"name,omitempty"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	TS   int64          `json:"ts"`
	Dur  int64          `json:"dur,omitempty"`
	PID  int            `json:"pid"`
	TID  int            `json:"tid"`
	ID   int            `json:"id,omitempty"`
	BP   string         `json:"bp,omitempty"`
	S    string         `json:"s,omitempty"`
	Args map[string]any `json:"args,omitempty"`
}

// pid is the one process of the trace.
const pid = 1

// WriteJSON writes the run as Chrome trace-event JSON, one event a line: a named track per
// task and per worker thread, a complete event per step, await and worker call, flow
// events for wake-ups, instant events for creation, cancellation and the end of each task,
// and counters of the ready queue and the pending tasks.
func (r *Recorder) WriteJSON(w io.Writer) error {
	t := build(r.events)
	bw := bufio.NewWriter(w)
	first := true
	emit := func(e chromeEvent) error {
		data, err := json.Marshal(e)
		if err != nil {
			return err
		}
		sep := ",\n"
		if first {
			sep, first = "[\n", false
		}
		_, err = bw.WriteString(sep + string(data))
		return err
	}
	for _, e := range chromeEvents(t) {
		if err := emit(e); err != nil {
			return err
		}
	}
	if first {
		bw.WriteString("[")
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// chromeEvents lists the timeline's events: metadata, then each lane's, then the flows
// and the counters.
func chromeEvents(t *timeline) []chromeEvent {
	evs := []chromeEvent{{Name: "process_name", Ph: "M", PID: pid, Args: map[string]any{"name": "asyncscript"}}}
	lanes := append(append([]*lane(nil), t.Tasks...), t.Threads...)
	for i, l := range lanes {
		evs = append(evs,
			chromeEvent{Name: "thread_name", Ph: "M", PID: pid, TID: l.ID, Args: map[string]any{"name": l.Name}},
			chromeEvent{Name: "thread_sort_index", Ph: "M", PID: pid, TID: l.ID, Args: map[string]any{"sort_index": i}})
	}
	for _, l := range lanes {
		for _, s := range l.Slices {
			evs = append(evs, chromeEvent{Name: s.Name, Cat: s.Kind, Ph: "X", TS: s.Start, Dur: max(s.Dur, 1),
				PID: pid, TID: l.ID, Args: anyArgs(s.Args)})
		}
		for _, m := range l.Marks {
			evs = append(evs, chromeEvent{Name: m.Name, Cat: "task", Ph: "i", TS: m.TS, PID: pid, TID: l.ID,
				S: "t", Args: anyArgs(m.Args)})
		}
	}
	for _, f := range t.Flows {
		evs = append(evs,
			chromeEvent{Name: "wake", Cat: "wake", Ph: "s", TS: f.FromTS, PID: pid, TID: f.From, ID: f.ID},
			chromeEvent{Name: "wake", Cat: "wake", Ph: "f", TS: f.ToTS, PID: pid, TID: f.To, ID: f.ID, BP: "e"})
	}
	for _, c := range t.Counters {
		evs = append(evs,
			chromeEvent{Name: "ready queue", Ph: "C", TS: c.TS, PID: pid, Args: map[string]any{"ready": c.Ready}},
			chromeEvent{Name: "pending tasks", Ph: "C", TS: c.TS, PID: pid, Args: map[string]any{"tasks": c.Pending}})
	}
	return evs
}

func anyArgs(m map[string]string) map[string]any {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
