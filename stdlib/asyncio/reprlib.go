package asyncio

import (
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// The arguments in a handle's repr are made by CPython's reprlib.repr, which shortens long
// ones: a str to 30 characters, an int to 40 digits, a list or tuple to its first 6 items,
// nested 6 deep, anything else to 30 characters, each with "..." in the middle. Dicts and
// sets count as "anything else" here (reprlib lists their first items in sorted order).

// The limits of reprlib.aRepr.
const (
	reprMaxLevel  = 6
	reprMaxString = 30
	reprMaxLong   = 40
	reprMaxItems  = 6
	reprMaxOther  = 30
)

// shortRepr is reprlib.repr(v), running __repr__ methods on th.
func shortRepr(th *vm.Thread, v vm.Value) string { return shortRepr1(th, v, reprMaxLevel) }

func shortRepr1(th *vm.Thread, v vm.Value, level int) string {
	switch x := v.(type) {
	case vm.Str:
		r := reprOf(x[:prefixLen(x, reprMaxString)])
		if len([]rune(r)) <= reprMaxString {
			return r
		}
		runes := []rune(string(x))
		i, j := middleCut(reprMaxString)
		kept := []rune(reprOf(vm.Str(string(runes[:i]) + string(runes[len(runes)-j:]))))
		return string(kept[:i]) + "..." + string(kept[len(kept)-j:])
	case vm.Int, *vm.BigInt:
		return cutMiddle(reprOf(v), reprMaxLong)
	case *vm.List:
		return shortItems(th, x.Items(), level, "[", "]", "")
	case vm.Tuple:
		return shortItems(th, x, level, "(", ")", ",")
	}
	return cutMiddle(reprIn(th, v), reprMaxOther)
}

// shortItems is reprlib's _repr_iterable.
func shortItems(th *vm.Thread, items []vm.Value, level int, left, right, trail string) string {
	var s string
	if level <= 0 && len(items) > 0 {
		s = "..."
	} else {
		var pieces []string
		for i, it := range items {
			if i == reprMaxItems {
				pieces = append(pieces, "...")
				break
			}
			pieces = append(pieces, shortRepr1(th, it, level-1))
		}
		s = strings.Join(pieces, ", ")
		if len(items) == 1 {
			right = trail + right
		}
	}
	return left + s + right
}

// middleCut is how many characters reprlib keeps before and after the "..." to fit max.
func middleCut(max int) (i, j int) {
	i = (max - 3) / 2
	return i, max - 3 - i
}

// cutMiddle shortens s to max characters with "..." in the middle, when it is longer.
func cutMiddle(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	i, j := middleCut(max)
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// prefixLen is the byte length of the first n characters of s.
func prefixLen(s vm.Str, n int) int {
	for i := range string(s) {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
