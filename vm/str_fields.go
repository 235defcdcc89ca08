package vm

// strSpaceByte marks the ASCII characters str.isspace() accepts, so split() over ASCII text
// tests a byte in a table rather than decoding runes and calling a predicate.
var strSpaceByte = func() (t [256]bool) {
	for _, c := range "\t\n\v\f\r\x1c\x1d\x1e\x1f " {
		t[c] = true
	}
	return
}()

// asciiFields is split() of all-ASCII s without maxsplit: its words, counted first so the
// result is allocated once at its size.
func asciiFields(s string) []string {
	n := 0
	for i := 0; i < len(s); i++ {
		if !strSpaceByte[s[i]] && (i == 0 || strSpaceByte[s[i-1]]) {
			n++
		}
	}
	parts := make([]string, 0, n)
	for i := 0; i < len(s); {
		for i < len(s) && strSpaceByte[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !strSpaceByte[s[j]] {
			j++
		}
		if j > i {
			parts = append(parts, s[i:j])
		}
		i = j
	}
	return parts
}
