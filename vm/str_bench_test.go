package vm

import "testing"

// BenchmarkStrOps is one str operation per iteration on short strings, the steps of text
// processing (split, strip, lower, replace, join, formatting, conversions, comparisons):
// each should cost about what it costs CPython.
func BenchmarkStrOps(b *testing.B) {
	for _, c := range []struct{ name, body string }{
		{"split", `c = x.split()`},
		{"split_sep", `c = x.split(" ")`},
		{"strip", `c = y.strip()`},
		{"lower", `c = x.lower()`},
		{"replace", `c = x.replace("a", "")`},
		{"join", `c = ", ".join(l)`},
		{"concat", `c = q + x + q`},
		{"percent", `c = "user%d" % i`},
		{"str_int", `c = str(i)`},
		{"int_str", `c = int("12345")`},
		{"endswith", `c = x.endswith("a")`},
		{"find_at", `c = x.find("g", 3)`},
		{"eq", `c = x[i % 20] == "a"`},
		{"in", `c = x[i % 20] in " \n\t"`},
		{"dict_get", `c = d.get(x, 0)`},
		{"dict_set", `d[x] = i`},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchScript(b, `
def bench(n):
    x = "alpha beta gamma delta"
    y = "  alpha beta  "
    q = '"'
    l = ["a", "bb", "ccc"]
    d = {x: 1}
    for i in range(n):
        `+c.body+`
`)
		})
	}
}
