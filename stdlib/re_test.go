package stdlib

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/dlclark/regexp2/v2"
	"github.com/stretchr/testify/require"
)

// reCase is one row of testdata/re_table.json, whose answers CPython computed
// (testdata/re_table.py): every finditer match as the spans of its groups, or the error.
type reCase struct {
	pattern, subject string
	flags            int
	matches          [][]*[2]int
	err              string
}

func loadRegexTable(t testing.TB) []reCase {
	data, err := os.ReadFile("testdata/re_table.json")
	require.NoError(t, err)
	var rows [][4]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &rows))
	cases := make([]reCase, len(rows))
	for i, row := range rows {
		c := &cases[i]
		require.NoError(t, json.Unmarshal(row[0], &c.pattern))
		require.NoError(t, json.Unmarshal(row[1], &c.flags))
		require.NoError(t, json.Unmarshal(row[2], &c.subject))
		var answer struct {
			Matches [][]*[2]int
			Error   string
		}
		require.NoError(t, json.Unmarshal(row[3], &answer))
		c.matches, c.err = answer.Matches, answer.Error
	}
	return cases
}

// regexAnswer runs a pattern the way re.finditer does.
func regexAnswer(pattern string, flags int, subject string) ([][]*[2]int, error) {
	prog, err := translateRegex(pattern, flags)
	if err != nil {
		return nil, err
	}
	r, err := newRegex(prog)
	if err != nil {
		return nil, err
	}
	var got [][]*[2]int
	err = r.each([]rune(subject), 0, 0, func(m *regexp2.Match) {
		spans := make([]*[2]int, prog.groups+1)
		for i := range spans {
			if g := m.GroupByNumber(i); g != nil && len(g.Captures) > 0 {
				spans[i] = &[2]int{g.RuneIndex, g.RuneIndex + g.RuneLength}
			}
		}
		got = append(got, spans)
	})
	return got, err
}

// TestRegexAgainstCPython checks the translation and the engine on CPython's answers.
func TestRegexAgainstCPython(t *testing.T) {
	for _, c := range loadRegexTable(t) {
		t.Run(fmt.Sprintf("%q/%d/%q", c.pattern, c.flags, c.subject), func(t *testing.T) {
			got, err := regexAnswer(c.pattern, c.flags, c.subject)
			if c.err != "" {
				var syn *reSyntaxError
				require.True(t, errors.As(err, &syn), "want re.error %q, got %v", c.err, err)
				msg := syn.msg
				if syn.pos >= 0 {
					msg = syn.Error()
				}
				require.Equal(t, c.err, msg)
				return
			}
			require.NoError(t, err)
			if len(c.matches) > 0 || len(got) > 0 {
				require.Equal(t, c.matches, got)
			}
		})
	}
}

// BenchmarkRegex measures realistic patterns over a log-like text: compare with
// bench/re_patterns.py under CPython.
func BenchmarkRegex(b *testing.B) {
	line := `192.168.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 `
	text := []rune(fmt.Sprint(repeat(line, 200)))
	for _, pattern := range []string{`\d+`, `(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (\S+) \[([^\]]+)\]`, `"(GET|POST) (\S+)`, `\b\w+\b`} {
		prog, err := translateRegex(pattern, 0)
		require.NoError(b, err)
		r, err := newRegex(prog)
		require.NoError(b, err)
		b.Run(pattern, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				n := 0
				_ = r.each(text, 0, 0, func(*regexp2.Match) { n++ })
			}
		})
	}
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}
