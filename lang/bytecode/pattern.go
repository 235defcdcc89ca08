package bytecode

import (
	"fmt"
	"strings"
)

// A Pattern constant is what MATCH_PATTERN runs: the structure of one case clause's pattern.
// The values a pattern compares with (literals, dotted names, mapping keys, classes) are not
// in it: the code before MATCH_PATTERN pushes them, and the pattern refers to them by index.
// What the pattern captures goes into numbered slots, which MATCH_PATTERN leaves on the stack
// for the code after it to store into the bound names.

// MatchArg packs MATCH_PATTERN's argument: the number of values below the pattern and the
// number of capture slots, each less than MaxMatchItems.
func MatchArg(values, captures int) int { return values | captures<<12 }

// MatchCounts unpacks MATCH_PATTERN's argument (see MatchArg).
func MatchCounts(arg int) (values, captures int) { return arg & 0xfff, arg >> 12 }

// MaxMatchItems bounds the values and the captures of one pattern.
const MaxMatchItems = 1 << 12

// PatternKind says what a Pattern matches.
type PatternKind uint8

// The pattern kinds.
const (
	PatAs       PatternKind = iota // Sub[0], or anything when Sub is empty; captures the subject
	PatValue                       // a subject equal to values[Value]
	PatIdentity                    // a subject that is values[Value] (None, True, False)
	PatSequence                    // a sequence whose items match Sub; Sub[Star] takes the rest
	PatStar                        // the star item of a sequence (captured as a list)
	PatMapping                     // a mapping with the keys values[Keys[i]] matching Sub[i]
	PatClass                       // an instance of values[Value]: positional, then keyword Sub
	PatOr                          // any one of Sub, tried in order
)

// Pattern is one node of a pattern.
type Pattern struct {
	Kind    PatternKind
	Value   int        // PatValue, PatIdentity: the value compared; PatClass: the class
	Capture int        // PatAs, PatStar: the capture slot (-1: none); PatMapping: **rest's slot
	Star    int        // PatSequence: the index of the star item in Sub, or -1
	Keys    []int      // PatMapping: the values that are the keys
	KwAttrs []string   // PatClass: the attributes of the last len(KwAttrs) sub-patterns
	Sub     []*Pattern // the sub-patterns
}

// String renders the pattern for the disassembler: vN is the N-th value, $N the N-th capture
// slot.
func (p *Pattern) String() string {
	var b strings.Builder
	p.write(&b)
	return b.String()
}

func (p *Pattern) write(b *strings.Builder) {
	list := func(open, close string, sub []*Pattern) {
		b.WriteString(open)
		for i, s := range sub {
			if i > 0 {
				b.WriteString(", ")
			}
			if p.Kind == PatClass && i >= len(sub)-len(p.KwAttrs) {
				b.WriteString(p.KwAttrs[i-len(sub)+len(p.KwAttrs)] + "=")
			}
			s.write(b)
		}
		b.WriteString(close)
	}
	switch p.Kind {
	case PatAs:
		switch {
		case len(p.Sub) > 0 && p.Capture >= 0:
			p.Sub[0].write(b)
			fmt.Fprintf(b, " as $%d", p.Capture)
		case p.Capture >= 0:
			fmt.Fprintf(b, "$%d", p.Capture)
		default:
			b.WriteString("_")
		}
	case PatValue:
		fmt.Fprintf(b, "==v%d", p.Value)
	case PatIdentity:
		fmt.Fprintf(b, "is v%d", p.Value)
	case PatSequence:
		list("[", "]", p.Sub)
	case PatStar:
		if p.Capture < 0 {
			b.WriteString("*_")
		} else {
			fmt.Fprintf(b, "*$%d", p.Capture)
		}
	case PatMapping:
		b.WriteString("{")
		for i, s := range p.Sub {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "v%d: ", p.Keys[i])
			s.write(b)
		}
		if p.Capture >= 0 {
			if len(p.Sub) > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "**$%d", p.Capture)
		}
		b.WriteString("}")
	case PatClass:
		list(fmt.Sprintf("v%d(", p.Value), ")", p.Sub)
	case PatOr:
		for i, s := range p.Sub {
			if i > 0 {
				b.WriteString(" | ")
			}
			s.write(b)
		}
	}
}
