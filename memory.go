package asyncscript

import (
	"runtime/metrics"

	"github.com/asyncscript/asyncscript/vm"
)

// memoryWatch enforces Options.MaxMemory. Measuring (vm.Footprint walks the interpreter's
// data) costs time in proportion to the data, so it is paced by allocation: every thousand
// steps the watch reads how many bytes the process has allocated, and walks only when that
// has grown by half the room left under the limit since the last walk. The process-wide
// count includes other goroutines' allocations, which can only make walks more frequent,
// never miss growth.
type memoryWatch struct {
	it     *Interpreter
	limit  int64
	sample []metrics.Sample
	// allocsAtWalk is the process's allocation count at the last walk, and slack how much
	// more may be allocated before the next walk.
	allocsAtWalk, slack uint64
}

func (m *memoryWatch) init(it *Interpreter) {
	if it.opts.MaxMemory <= 0 {
		return
	}
	m.it, m.limit = it, it.opts.MaxMemory
	m.sample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	it.in.Monitor = m.check
}

// reset starts a run with a walk due at once.
func (m *memoryWatch) reset() { m.allocsAtWalk, m.slack = 0, 0 }

// check is the interpreter's Monitor.
func (m *memoryWatch) check(th *vm.Thread) error {
	metrics.Read(m.sample)
	allocs := m.sample[0].Value.Uint64()
	if allocs-m.allocsAtWalk < m.slack {
		return nil
	}
	used := m.it.in.Footprint(th, m.limit)
	if used > m.limit {
		exc := vm.NewException(memoryLimitClass, vm.Str("the program's data passed the memory limit"))
		m.it.in.Abort(exc)
		return exc
	}
	m.allocsAtWalk, m.slack = allocs, uint64(m.limit-used)/2
	return nil
}
