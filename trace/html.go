package trace

import (
	_ "embed" // the page template
	"encoding/json"
	"io"
	"strings"
)

// page is the HTML timeline; the run's timeline replaces its placeholder as JSON, which
// encoding/json escapes so that it cannot end the script element.
//
//go:embed timeline.html
var page string

const placeholder = "/*TRACE*/null"

// WriteHTML writes the run as a self-contained page (inline script and style, nothing
// fetched) drawing its timeline: a lane per task and worker thread, zoomable and pannable,
// with the longest waits highlighted and each slice's details on hover.
func (r *Recorder) WriteHTML(w io.Writer) error {
	data, err := json.Marshal(build(r.events))
	if err != nil {
		return err
	}
	before, after, _ := strings.Cut(page, placeholder)
	_, err = io.WriteString(w, before+string(data)+after)
	return err
}
