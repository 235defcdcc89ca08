package stdlib

import (
	"crypto/rand"
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// newSecretsCore is _secrets, the core of lib/secrets.py: random bytes, a uniform int below
// a bound and k random bits, all from the operating system's generator (crypto/rand), as
// CPython's secrets draws on os.urandom.
func newSecretsCore(*vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_secrets")
	m.Set("token_bytes", vm.NewFunc(vm.Signature{Name: "token_bytes", Style: vm.OneArg}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		n, err := nonNegativeArg(th, a[0], "negative argument not allowed")
		if err != nil {
			return nil, err
		}
		b := make([]byte, n)
		_, _ = rand.Read(b) // crypto/rand.Read never fails on supported systems
		return vm.Bytes(b), nil
	}))
	m.Set("randbelow", vm.NewFunc(vm.Signature{Name: "randbelow", Style: vm.OneArg}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		n, ok := bigOf(a[0])
		if !ok {
			return nil, notAnInteger(a[0])
		}
		if n.Sign() <= 0 {
			return nil, vm.Errorf(vm.ValueError, "Upper bound must be positive.")
		}
		r, _ := rand.Int(rand.Reader, n)
		return vm.MakeBigInt(r), nil
	}))
	m.Set("randbits", vm.NewFunc(vm.Signature{Name: "randbits", Style: vm.OneArg}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		k, err := nonNegativeArg(th, a[0], "number of bits must be non-negative")
		if err != nil {
			return nil, err
		}
		r, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), uint(k)))
		return vm.MakeBigInt(r), nil
	}))
	return m, nil
}

// nonNegativeArg takes an index argument that must not be negative, else ValueError(msg).
func nonNegativeArg(th *vm.Thread, v vm.Value, msg string) (int, error) {
	n, err := vm.IndexArg(th, v)
	if err == nil && n < 0 {
		err = vm.Errorf(vm.ValueError, "%s", msg)
	}
	return n, err
}
