package stdlib

import (
	"crypto/sha512"
	"math/big"
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// mtN is the Mersenne Twister's state size in 32-bit words.
const mtN = 624

// mersenne is MT19937, the generator behind CPython's random module, seeded the same way so
// the same seed gives the same numbers.
type mersenne struct {
	state [mtN]uint32
	index int
}

// mersenneClass is _random.Random, the core that random.Random builds on.
var mersenneClass = vm.NewBuiltinClass("Random", vm.ObjectClass)

// Type implements vm.Value.
func (*mersenne) Type() *vm.Class { return mersenneClass }

func (m *mersenne) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mersenne) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mersenne) genrand() uint32 {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	if m.index >= mtN {
		for kk := 0; kk < mtN; kk++ {
			y := m.state[kk]&upper | m.state[(kk+1)%mtN]&lower
			v := m.state[(kk+397)%mtN] ^ (y >> 1)
			if y&1 != 0 {
				v ^= matrixA
			}
			m.state[kk] = v
		}
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is a float in [0, 1) with 53 random bits, as CPython makes it.
func (m *mersenne) random() float64 {
	a, b := m.genrand()>>5, m.genrand()>>6
	return (float64(a)*67108864 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds from the absolute value of n, split into 32-bit words, least significant first.
func (m *mersenne) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord := 32 << (^uint(0) >> 63); bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

// seed is Random.seed(a) for the core: an int, or a str/bytes hashed with SHA-512 as
// version 2 seeding does, or None, which takes a seed from the clock: under the virtual
// clock that is a fixed seed, so scripts are reproducible.
func (m *mersenne) seed(th *vm.Thread, a vm.Value) error {
	switch x := a.(type) {
	case vm.NoneType:
		if _, virtual := th.Interp().Clock.(*vm.VirtualClock); virtual {
			m.seedInt(big.NewInt(0))
			return nil
		}
		m.seedInt(big.NewInt(time.Now().UnixNano()))
		return nil
	case vm.Str:
		m.seedInt(bytesSeed([]byte(x)))
		return nil
	case vm.Bytes, *vm.ByteArray:
		b, _ := vm.BytesLike(x)
		m.seedInt(bytesSeed(b))
		return nil
	}
	if isIntValue(a) {
		n, _ := mathInt(th, a)
		m.seedInt(n)
		return nil
	}
	if _, ok := a.(vm.Float); ok {
		h, err := vm.Hash(th, a)
		if err != nil {
			return err
		}
		m.seedInt(big.NewInt(h))
		return nil
	}
	return vm.Errorf(vm.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// bytesSeed is version 2 seeding: the bytes followed by their SHA-512 digest, as a big-endian int.
func bytesSeed(b []byte) *big.Int {
	sum := sha512.Sum512(b)
	return new(big.Int).SetBytes(append(append([]byte(nil), b...), sum[:]...))
}

// getrandbits is an int of k random bits, built from 32-bit outputs least significant first.
func (m *mersenne) getrandbits(k int) vm.Value {
	if k <= 32 {
		return vm.MakeInt(int64(m.genrand() >> (32 - k)))
	}
	words := make([]byte, 0, (k+31)/32*4)
	for ; k > 0; k -= 32 {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		words = append(words, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return vm.MakeBigInt(new(big.Int).SetBytes(words))
}
