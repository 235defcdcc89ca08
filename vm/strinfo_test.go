package vm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestStrInfo checks the cached ASCII-ness, length and code point offsets against a plain
// scan, for short and long strings, ASCII and not, whole and substrings of cached ones.
func TestStrInfo(t *testing.T) {
	long := strings.Repeat("abcdefgh", 1000)
	wide := strings.Repeat("abc\u00e9\u4e2d\U0001f600xyz", 700)
	cases := []string{"", "a", "\u00e9", "abc\u00e9", long, wide, long[100:5000], long[7:7000],
		wide[0:4000], long + "\u00e9", "\xff\xfeab" + long}
	for _, s := range cases {
		for range 2 { // the second round answers from the cache
			var offs []int // the byte offset of each code point, then len(s)
			ascii := true
			for i := range s {
				offs = append(offs, i)
				ascii = ascii && s[i] < utf8.RuneSelf
			}
			offs = append(offs, len(s))
			n := len(offs) - 1
			require.Equal(t, ascii, isASCII(s))
			require.Equal(t, n, strLen(s))
			for _, k := range []int{0, 1, 31, 32, 33, 63, 64, 65, n / 2, n - 1, n} {
				if k >= 0 && k <= n {
					require.Equal(t, offs[k], strByteOffset(s, k), "offset of %d in a %d-byte string", k, len(s))
				}
			}
		}
	}
}
