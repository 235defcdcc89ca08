package bytecode

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
)

// The serialized form of a Code tree, which the code cache (stdlib/pycache.go) keeps on disk:
//
//	wireMagic | wireVersion | string table | the module's Code | checksum
//
// The checksum, the first wireSumLen bytes of the SHA-256 of everything before it, makes a
// damaged entry fail to decode instead of decoding into other code. (SHA-256 because the
// cache hashes sources with it anyway: hash/crc32 would add its table to every start-up.) The string table is a count, each string's length, then all
// their bytes; every string in the tree is an index into it, so a name that many functions
// use is stored once and decoding makes one string for all of them. A Code is its fields
// in declaration order, a Pattern likewise, and a constant a tag byte then its value.
// Integers are varints, counts and indexes uvarints; a slice's or a map's count is stored
// plus one, 0 standing for nil, so that a decoded tree is identical to the compiled one.
// wireVersion changes whenever the layout does.

const wireMagic = "\x00ascode"

const wireVersion = 1

const wireSumLen = 8

// maxWireDepth bounds the nesting of code objects and of patterns, so that damaged input
// cannot make decoding recurse without end; deeper code is compiled, never cached.
const maxWireDepth = 1 << 10

// The constant tags.
const (
	tagNone byte = iota
	tagFalse
	tagTrue
	tagInt    // a *big.Int that fits in an int64: a varint
	tagBigPos // a larger *big.Int: its magnitude's bytes, big-endian
	tagBigNeg
	tagFloat // float64 bits, little-endian
	tagStr
	tagBytes
	tagEllipsis
	tagCode
	tagPattern
	tagNames // []string
)

var errWire = errors.New("bytecode: damaged or foreign serialized code")

// Marshal serializes code and everything nested in it. It fails only for a tree that
// Unmarshal could not rebuild: an unknown kind of constant, or nesting deeper than
// maxWireDepth.
func Marshal(code *Code) ([]byte, error) {
	e := &encoder{index: map[string]int{}}
	e.code(code)
	if e.err != nil {
		return nil, e.err
	}
	size := 0
	for _, s := range e.strs {
		size += len(s)
	}
	out := make([]byte, 0, len(wireMagic)+1+binary.MaxVarintLen64*(len(e.strs)+1)+size+len(e.buf)+wireSumLen)
	out = append(out, wireMagic...)
	out = append(out, wireVersion)
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range e.strs {
		out = append(out, s...)
	}
	out = append(out, e.buf...)
	sum := sha256.Sum256(out)
	return append(out, sum[:wireSumLen]...), nil
}

// Unmarshal rebuilds the Code tree that Marshal serialized into data. Any damage (a wrong
// magic, version or checksum, truncation, a value out of range) is an error, never a panic.
func Unmarshal(data []byte) (*Code, error) {
	n := len(data) - wireSumLen
	if n < len(wireMagic)+1 || string(data[:len(wireMagic)]) != wireMagic || data[len(wireMagic)] != wireVersion {
		return nil, errWire
	}
	if sum := sha256.Sum256(data[:n]); !bytes.Equal(sum[:wireSumLen], data[n:]) {
		return nil, errWire
	}
	return decodePayload(data[len(wireMagic)+1 : n])
}
