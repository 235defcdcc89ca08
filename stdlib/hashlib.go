package stdlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"sort"

	"github.com/asyncscript/asyncscript/vm"
)

// hashClass is the class of hashlib's hash objects (CPython's _hashlib.HASH).
var hashClass = vm.NewBuiltinClass("HASH", vm.ObjectClass)

// hashValue is a running hash: the algorithm's name and Go's state.
type hashValue struct {
	name string
	h    hash.Hash
}

// Type implements vm.Value.
func (*hashValue) Type() *vm.Class { return hashClass }

// Repr implements repr(), as CPython: <sha256 _hashlib.HASH object @ 0x...>.
func (h *hashValue) Repr() string {
	return fmt.Sprintf("<%s _hashlib.HASH object @ %#x>", h.name, vm.ID(h))
}

// Attr implements vm.AttrGetter: name, digest_size and block_size.
func (h *hashValue) Attr(name string) (vm.Value, bool) {
	switch name {
	case "name":
		return vm.Str(h.name), true
	case "digest_size":
		return vm.MakeInt(int64(h.h.Size())), true
	case "block_size":
		return vm.MakeInt(int64(h.h.BlockSize())), true
	}
	return nil, false
}

// hashAlgorithms are the supported algorithms by name.
var hashAlgorithms = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
}

// hashData feeds one argument of update() or a constructor to h.
func hashData(h hash.Hash, v vm.Value) error {
	switch b := v.(type) {
	case vm.Bytes:
		h.Write([]byte(b))
		return nil
	case vm.Str:
		return vm.Errorf(vm.TypeError, "Strings must be encoded before hashing")
	}
	return vm.Errorf(vm.TypeError, "object supporting the buffer API required")
}

func init() {
	hashClass.Module = "_hashlib"
	hashClass.AddMethods(map[string]fn{
		"update": func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
			if len(a) != 2 {
				return nil, vm.Errorf(vm.TypeError, "HASH.update() takes exactly one argument (%d given)", len(a)-1)
			}
			return vm.None, hashData(a[0].(*hashValue).h, a[1])
		},
		"digest": func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
			return vm.Bytes(a[0].(*hashValue).h.Sum(nil)), nil
		},
		"hexdigest": func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
			return vm.Str(hex.EncodeToString(a[0].(*hashValue).h.Sum(nil))), nil
		},
		"copy": func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
			h := a[0].(*hashValue)
			state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				return nil, err
			}
			c := hashAlgorithms[h.name]()
			if err := c.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
				return nil, err
			}
			return &hashValue{name: h.name, h: c}, nil
		},
	})
}

// newHash makes a hash object for name, fed with the optional initial data.
func newHash(fname, name string, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
	if kw != nil {
		kwarg(kw, "usedforsecurity")
		if v, ok := kwarg(kw, "string"); ok {
			a = append(a, v)
		}
	}
	if err := rejectRest(fname, kw); err != nil {
		return nil, err
	}
	if len(a) > 1 {
		return nil, vm.Errorf(vm.TypeError, "%s() takes at most 1 argument (%d given)", fname, len(a))
	}
	h := &hashValue{name: name, h: hashAlgorithms[name]()}
	if len(a) == 1 {
		if err := hashData(h.h, a[0]); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// newHashlibModule is hashlib with the md5, sha1 and sha2 families from Go's crypto.
func newHashlibModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("hashlib")
	names := make([]string, 0, len(hashAlgorithms))
	for name := range hashAlgorithms {
		name := name
		names = append(names, name)
		m.Set(name, vm.NewBuiltin("openssl_"+name, func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
			return newHash("openssl_"+name, name, a, kw)
		}))
	}
	sort.Strings(names)
	m.Set("new", vm.NewBuiltin("new", func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
		if len(a) == 0 {
			if v, ok := kwarg(kw, "name"); ok {
				a = []vm.Value{v}
			} else {
				return nil, vm.Errorf(vm.TypeError, "new() missing required argument 'name' (pos 1)")
			}
		}
		name, ok := a[0].(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "name must be a string")
		}
		lower := vm.Str(toLowerASCII(string(name)))
		if _, ok := hashAlgorithms[string(lower)]; !ok {
			return nil, vm.Errorf(vm.ValueError, "unsupported hash type %s", name)
		}
		return newHash("new", string(lower), a[1:], kw)
	}))
	for _, attr := range []string{"algorithms_guaranteed", "algorithms_available"} {
		s := vm.NewSet()
		for _, n := range names {
			if err := s.Add(nil, vm.Str(n)); err != nil {
				return nil, err
			}
		}
		m.Set(attr, s)
	}
	return m, nil
}

// toLowerASCII lower-cases ASCII letters only, as hash names are matched.
func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
