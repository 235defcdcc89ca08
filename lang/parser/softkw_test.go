package parser

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSoftKeywords checks which `match` and `case` tokens markSoftKeywords tags as keywords:
// those that open a match statement or one of its clauses, and no others.
func TestSoftKeywords(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"statement", "match x:\n    case 1:\n        pass\n", "match case"},
		{"names", "match = 1\ncase = match(2)\nmatch.x, case[0]\nmatch\n", ""},
		{"call statement", "match(x)\nmatch [1]\n", ""},
		{"subject is a list", "match [x]:\n    case []: pass\n", "match case"},
		{"case in a body", "match x:\n    case 1:\n        case = 2\n        match = 3\n", "match case"},
		{"nested", "match x:\n    case 1:\n        match y:\n            case 2: pass\n    case 3: pass\n", "match case match case case"},
		{"after the statement", "match x:\n    case 1: pass\ncase = 2\n", "match case"},
		{"no colon", "match x\n", ""},
		{"case not indented", "match x:\ncase 1: pass\n", "match case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, _ := scanFile("x.py", tt.src)
			var kws []string
			for _, tok := range toks {
				if tok.kind == tokKeyword && (tok.text == "match" || tok.text == "case") {
					kws = append(kws, tok.text)
				}
			}
			assert.Equal(t, tt.want, strings.Join(kws, " "))
		})
	}
}
