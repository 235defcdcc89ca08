package vm

import (
	"math"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAccuratePowAgreesWithLibm checks the pure-Go pow used without cgo against the C
// library's: equal in nearly every case, never more than one unit in the last place apart.
func TestAccuratePowAgreesWithLibm(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	assert.Equal(t, 2.0, accuratePow(8, 1.0/3))
	assert.Equal(t, -8.0, accuratePow(-2, 3))
	differ := 0
	const n = 2000
	for i := 0; i < n; i++ {
		x, y := rng.Float64()*100+0.01, rng.Float64()*40-20
		got, want := accuratePow(x, y), libmPow(x, y)
		if got != want {
			differ++
			assert.InDelta(t, want, got, math.Abs(want)*2.3e-16, "pow(%v, %v)", x, y)
		}
	}
	assert.Less(t, differ, n/100, "accuratePow differs from libm too often")
}
