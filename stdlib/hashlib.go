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
	if b, ok := vm.BytesLike(v); ok {
		h.Write(b)
		return nil
	}
	if _, isStr := v.(vm.Str); isStr {
		return vm.Errorf(vm.TypeError, "Strings must be encoded before hashing")
	}
	return vm.Errorf(vm.TypeError, "object supporting the buffer API required")
}

func init() {
	hashClass.Module = "_hashlib"
	hashClass.DefineMethods([]vm.MethodDef{
		{Name: "update", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, hashData(self.(*hashValue).h, a[0])
		}},
		{Name: "digest", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bytes(self.(*hashValue).h.Sum(nil)), nil
		}},
		{Name: "hexdigest", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Str(hex.EncodeToString(self.(*hashValue).h.Sum(nil))), nil
		}},
		{Name: "copy", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			h := self.(*hashValue)
			state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				return nil, err
			}
			c := hashAlgorithms[h.name]()
			if err := c.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
				return nil, err
			}
			return &hashValue{name: h.name, h: c}, nil
		}},
	})
}

// newHash makes a hash object for name, fed with the initial data unless that is nil.
func newHash(name string, data vm.Value) (vm.Value, error) {
	h := &hashValue{name: name, h: hashAlgorithms[name]()}
	if data != nil {
		if err := hashData(h.h, data); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// hashNewSig is hashlib.new(name, data=bytes(), **kwargs), defined in Python, which passes name,
// data and kwargs on to _hashlib.new(name, string=bytes(), *, usedforsecurity=True).
var (
	hashNewSig    = vm.Signature{Name: "__hash_new", Style: vm.PyArgs, Min: 1, Max: 2, Kw: []string{"name", "data"}}
	hashlibNewSig = vm.Signature{Name: "new", Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"name", "string"}, KwOnly: []string{"usedforsecurity"}}
)

// hashNew is hashlib.new: the keywords other than name and data go to _hashlib.new, with
// data (empty when not passed) by position, as CPython passes them.
func hashNew(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
	own, rest := vm.NewDict(), vm.NewDict()
	if kw != nil {
		for _, kv := range kw.Items() {
			if k, _ := kv[0].(vm.Str); k == "name" || k == "data" {
				own.SetStr(string(k), kv[1])
			} else {
				rest.SetStr(string(k), kv[1])
			}
		}
	}
	p, err := hashNewSig.Bind(a, own)
	if err != nil {
		return nil, err
	}
	data := p[1]
	if data == nil {
		data = vm.Bytes("")
	}
	p, err = hashlibNewSig.Bind([]vm.Value{p[0], data}, rest)
	if err != nil {
		return nil, err
	}
	name, ok := p[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "name must be a string")
	}
	lower := toLowerASCII(string(name))
	if _, ok := hashAlgorithms[lower]; !ok {
		return nil, vm.Errorf(vm.ValueError, "unsupported hash type %s", name)
	}
	return newHash(lower, p[1])
}

// newHashlibModule is hashlib with the md5, sha1 and sha2 families from Go's crypto.
func newHashlibModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("hashlib")
	names := make([]string, 0, len(hashAlgorithms))
	for name := range hashAlgorithms {
		name := name
		names = append(names, name)
		// _hashlib.openssl_md5(string=b'', *, usedforsecurity=True) and the others.
		sig := vm.Signature{Name: "openssl_" + name, Style: vm.ClinicArgs, Max: 1, Kw: []string{"string"}, KwOnly: []string{"usedforsecurity"}}
		m.Set(name, vm.NewFunc(sig, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return newHash(name, a[0])
		}))
	}
	sort.Strings(names)
	m.Set("new", vm.NewBuiltin("new", hashNew))
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
