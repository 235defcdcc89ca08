package main

import (
	"fmt"
	"strings"
)

// diffContext is how many unchanged lines a hunk shows around a change, as diff -u does.
const diffContext = 3

// maxDiffCells bounds the table of the line-based LCS; past it, the differing middle of the
// two texts is shown as removed and added whole.
const maxDiffCells = 1 << 24

// diffLine is one line of an edit script: ' ' kept, '-' removed, '+' added. text keeps its
// newline, if it has one.
type diffLine struct {
	op   byte
	text string
}

// unifiedDiff compares two texts line by line and renders the differences in the unified
// format of diff -u, with fromName and toName in the headers; it is "" when they are equal.
// A last line without a newline is followed by `\ No newline at end of file`.
func unifiedDiff(fromName, toName, from, to string) string {
	if from == to {
		return ""
	}
	script := editScript(splitLines(from), splitLines(to))
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", fromName, toName)
	fromLine, toLine := 0, 0 // lines of each text before script[i]
	for i := 0; i < len(script); {
		change := i
		for change < len(script) && script[change].op == ' ' {
			change++
		}
		if change == len(script) {
			break
		}
		start := max(i, change-diffContext)
		// The hunk runs on until more than twice the context separates two changes.
		last := change
		for end := change; end < len(script) && end-last-1 <= 2*diffContext; end++ {
			if script[end].op != ' ' {
				last = end
			}
		}
		end := min(last+diffContext+1, len(script))
		// The lines between the hunks are all kept ones.
		fromLine, toLine = fromLine+start-i, toLine+start-i
		hunk := script[start:end]
		fromCount, toCount := 0, 0
		for _, l := range hunk {
			if l.op != '+' {
				fromCount++
			}
			if l.op != '-' {
				toCount++
			}
		}
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", hunkRange(fromLine, fromCount), hunkRange(toLine, toCount))
		for _, l := range hunk {
			b.WriteByte(l.op)
			b.WriteString(l.text)
			if !strings.HasSuffix(l.text, "\n") {
				b.WriteString("\n\\ No newline at end of file\n")
			}
		}
		fromLine, toLine = fromLine+fromCount, toLine+toCount
		i = end
	}
	return b.String()
}

// hunkRange is one side of a hunk header: the first line (1-based) and the count, which is
// left out when it is 1; an empty range names the line before it.
func hunkRange(before, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", before)
	case 1:
		return fmt.Sprint(before + 1)
	}
	return fmt.Sprintf("%d,%d", before+1, count)
}

// splitLines splits text after each newline; the last line may lack one.
func splitLines(text string) []string {
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// editScript turns a into b with the fewest removed and added lines, by a longest common
// subsequence of the lines between their common prefix and suffix.
func editScript(a, b []string) []diffLine {
	prefix := 0
	for prefix < len(a) && prefix < len(b) && a[prefix] == b[prefix] {
		prefix++
	}
	suffix := 0
	for suffix < len(a)-prefix && suffix < len(b)-prefix && a[len(a)-1-suffix] == b[len(b)-1-suffix] {
		suffix++
	}
	var script []diffLine
	for _, l := range a[:prefix] {
		script = append(script, diffLine{' ', l})
	}
	script = append(script, lcsScript(a[prefix:len(a)-suffix], b[prefix:len(b)-suffix])...)
	for _, l := range a[len(a)-suffix:] {
		script = append(script, diffLine{' ', l})
	}
	return script
}

// lcsScript is the edit script of a longest common subsequence of a and b; where several
// are as short, removals come first.
func lcsScript(a, b []string) []diffLine {
	var script []diffLine
	if (len(a)+1)*(len(b)+1) > maxDiffCells {
		for _, l := range a {
			script = append(script, diffLine{'-', l})
		}
		for _, l := range b {
			script = append(script, diffLine{'+', l})
		}
		return script
	}
	// common[i][j] is the length of an LCS of a[i:] and b[j:].
	common := make([][]int32, len(a)+1)
	for i := range common {
		common[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				common[i][j] = common[i+1][j+1] + 1
			} else {
				common[i][j] = max(common[i+1][j], common[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			script = append(script, diffLine{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || common[i+1][j] >= common[i][j+1]):
			script = append(script, diffLine{'-', a[i]})
			i++
		default:
			script = append(script, diffLine{'+', b[j]})
			j++
		}
	}
	return script
}
